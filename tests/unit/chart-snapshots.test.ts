import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../charts/catalog/index.ts';
import { LANGS } from '../../ledger/format.ts';
import { FONT_FAMILY } from '../../charts/palette.ts';
import { fontStackFor } from '../../common/latin-punctuation.ts';

/**
 * The chart gallery as a test: every chart of the catalog in every language, as the JSON
 * configuration the build writes beside its canvas, plus its words (title, unit line, aria
 * description). A change to a builder, a plugin default, the ledger or a label shows up as a
 * diff of tests/snapshots/charts/<chart>.<lang>.json; accept it with `npx vitest run -u`.
 */
const DIR = resolve(import.meta.dirname, '../snapshots/charts');

describe('chart snapshot gallery', () => {
  for (const chart of CHARTS) {
    for (const lang of LANGS) {
      it(`${chart.id} (${lang})`, async () => {
        const config = chart.build({ font: fontStackFor(lang, FONT_FAMILY), lang });
        const entry = {
          id: chart.id,
          deck: chart.deck,
          lang,
          ...chart.text(lang),
          describe: chart.describe(lang),
          figures: chart.figures,
          height: chart.height,
          config,
        };
        await expect(`${JSON.stringify(entry, null, 2)}\n`).toMatchFileSnapshot(resolve(DIR, `${chart.id}.${lang}.json`));
        // The page registers no Legend plugin (runtime/shared/chart-registry.ts): a legend asked for here would never show.
        expect(config.options?.plugins?.legend?.display, `${chart.id} (${lang}) asks for a legend`).toBe(false);
      });
    }
  }
});
