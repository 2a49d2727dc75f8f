import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GAP_CHART_EN } from '../unit/chart-fixtures.ts';
import { buildSiteInto, ROOT, TEST_BUILDS } from './supplements-build.ts';

/**
 * No chart of the shipped catalog plots a gap (a chart with one known value is a hero number:
 * charts/catalog/rules.ts), so no shipped page can show a supplied bar. To see one as the audience
 * would, the tests build a copy of the project's sources with one fixture slide that places the
 * test chart of tests/unit/chart-fixtures.ts (GAP_CHART, xishuangbanna-jobs: jobs offered, and the
 * public-service jobs the article omits) in both editions (index.html, en.html), supplied by tests/fixtures/supplements-chart.csv.
 * The shipped sources and dist/ are not touched; every patch names the text it expects, so a change
 * to the sources makes the build fail loudly here instead of testing something else.
 */
export const CHART_FIXTURE_CSV = 'tests/fixtures/supplements-chart.csv';
export const FIXTURE_SLIDE = 'fixture-supplied-chart';
export const FIXTURE_CHART = 'xishuangbanna-jobs';
/** The copy of the sources (inside the project, so node_modules resolves from it). */
const SOURCES = join(TEST_BUILDS, 'chart-sources');
const SKIP = new Set(['node_modules', '.git', '.cache', 'dist']);

function patch(file: string, anchor: string, replacement: string): void {
  const path = join(SOURCES, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(anchor)) throw new Error(`${file}: the fixture patch expects “${anchor}”, which is not there`);
  writeFileSync(path, text.replace(anchor, replacement));
}

/** Copies the sources, places the fixture chart on a slide of its own after xishuangbanna's jobs slide, and builds into outDir. */
export async function buildChartFixtureSite(outDir: string): Promise<void> {
  rmSync(SOURCES, { recursive: true, force: true });
  mkdirSync(SOURCES, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (SKIP.has(name) || name.startsWith('dist.building-')) continue;
    cpSync(join(ROOT, name), join(SOURCES, name), { recursive: true, filter: (path) => basename(path) !== 'node_modules' });
  }
  // The test chart joins the catalog, exempt from the one-known-value rule (it is a fixture).
  patch('charts/catalog/index.ts', "\n];\n\nconst BY_ID", `\n  GAP_CHART,\n];\n\nconst BY_ID`);
  patch('charts/catalog/index.ts', "import type { ChartSpec } from './spec.ts';", "import type { ChartSpec } from './spec.ts';\nimport { GAP_CHART } from '../../tests/unit/chart-fixtures.ts';");
  // Its English entry where the checks look for it (tests/unit/chart-fixtures.ts GAP_CHART_EN).
  patch('charts/catalog/en.ts', "export const CHARTS_EN: Readonly<Record<string, ChartEnglish>> = {", `export const CHARTS_EN: Readonly<Record<string, ChartEnglish>> = {\n  '${FIXTURE_CHART}': ${JSON.stringify(GAP_CHART_EN)},`);
  patch('site/site-data.ts', 'CHARTS.flatMap((spec) => LANGS.flatMap', `CHARTS.filter((spec) => spec.id !== '${FIXTURE_CHART}').flatMap((spec) => LANGS.flatMap`);
  patch(
    'slides/xishuangbanna/index.html',
    '<section id="yang-xiaoqiang"',
    `<section id="${FIXTURE_SLIDE}" data-layout="chart">\n  <h2>测试夹具：一张有缺口的图</h2>\n  <figure data-chart="${FIXTURE_CHART}" class="fill"></figure>\n  <aside class="notes">测试夹具。</aside>\n</section>\n\n<section id="yang-xiaoqiang"`,
  );
  patch(
    'slides/xishuangbanna/en.html',
    '<section id="yang-xiaoqiang"',
    `<section id="${FIXTURE_SLIDE}" data-layout="chart">\n  <h2>Test fixture: a chart with a gap</h2>\n  <figure data-chart="${FIXTURE_CHART}" class="fill"></figure>\n  <aside class="notes">Test fixture.</aside>\n</section>\n\n<section id="yang-xiaoqiang"`,
  );
  await buildSiteInto(outDir, { DECKS_SUPPLEMENTS_FILE: join(ROOT, CHART_FIXTURE_CSV) }, SOURCES);
}
