import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { collectErrors, openSite, waitForDeck, waitForReady, type Site } from './harness.ts';
import { READY } from '../../contracts/readiness.ts';
import { PALETTE } from '../../charts/palette.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

type Colour = 'shanghai' | 'yunnan' | 'neutral';

/** Pixels of each bar colour drawn on the first canvas matching the selector (within a small tolerance, for antialiasing). */
async function colours(target: Page | Frame, selector: string): Promise<Record<Colour, number>> {
  const wanted = { shanghai: PALETTE.shanghai, yunnan: PALETTE.yunnan, neutral: PALETTE.neutral };
  return target.$eval(
    selector,
    (element, hexes) => {
      const canvas = element as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      const counts: Record<string, number> = Object.fromEntries(Object.keys(hexes).map((key) => [key, 0]));
      if (!ctx || canvas.width === 0) return counts;
      const rgb = Object.entries(hexes).map(([key, hex]) => [key, [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))] as const);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] ?? 0) < 250) continue;
        for (const [key, [r, g, b]] of rgb) {
          if (Math.abs((data[i] ?? 0) - (r ?? 0)) < 6 && Math.abs((data[i + 1] ?? 0) - (g ?? 0)) < 6 && Math.abs((data[i + 2] ?? 0) - (b ?? 0)) < 6) counts[key] = (counts[key] ?? 0) + 1;
        }
      }
      return counts;
    },
    wanted,
  ) as Promise<Record<Colour, number>>;
}

/** Waits until the current slide's chart is fully drawn at this step. */
async function drawnAtStep(page: Page, step: string): Promise<void> {
  await page.waitForSelector(`.reveal .slides section.present canvas[data-chart-id][${READY.chart}][data-chart-step="${step}"]`, { timeout: 15_000 });
}

interface Build {
  readonly deck: string;
  readonly slide: string;
  /** The colour that the first step shows and the colour that the second step adds. */
  readonly first: Colour;
  readonly added: Colour;
  /** Fragments after the chart's own steps (puer: the computed change). */
  readonly after: number;
}

const BUILDS: readonly Build[] = [
  { deck: 'honghe', slide: 'pairs', first: 'shanghai', added: 'yunnan', after: 0 },
  { deck: 'puer', slide: 'sugarcane', first: 'neutral', added: 'yunnan', after: 1 },
];

describe('chart builds: a chart grows in steps with reveal fragments', () => {
  for (const build of BUILDS) {
    for (const lang of ['zh-CN', 'en'] as const) {
      const page = lang === 'en' ? 'en.html' : '';
      it(`${build.deck}/${build.slide} (${lang}): step 1 shows only the first part, each fragment grows the next, going back takes it away`, async () => {
        const tab = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
        const errors = collectErrors(tab);
        await tab.goto(`${site.server.url}slides/${build.deck}/${page}#/${build.slide}`);
        await waitForDeck(tab);
        const canvas = '.reveal .slides section.present canvas[data-chart-id]';
        await drawnAtStep(tab, '1/2');
        const one = await colours(tab, canvas);
        expect(one[build.first], 'first step drawn').toBeGreaterThan(500);
        expect(one[build.added], 'second part not yet drawn').toBe(0);

        await tab.evaluate(() => window.Reveal?.nextFragment());
        // Animated: the chart is not ready while the new bars grow, then ready at step 2.
        await drawnAtStep(tab, '2/2');
        const two = await colours(tab, canvas);
        expect(two[build.first]).toBeGreaterThan(500);
        expect(two[build.added], 'second part drawn').toBeGreaterThan(500);

        for (let extra = 0; extra < build.after; extra++) await tab.evaluate(() => window.Reveal?.nextFragment());
        const hidden = await tab.$$eval('.reveal .slides section.present .fragment:not(.visible)', (list) => list.length);
        expect(hidden, 'every fragment shown at the end').toBe(0);
        for (let extra = 0; extra < build.after; extra++) await tab.evaluate(() => window.Reveal?.prevFragment());

        await tab.evaluate(() => window.Reveal?.prevFragment());
        await drawnAtStep(tab, '1/2');
        expect((await colours(tab, canvas))[build.added], 'back at step 1').toBe(0);
        expect(errors).toEqual([]);
        await tab.close();
      });
    }

    it(`${build.deck}/${build.slide}: arriving from the next slide shows the final state`, async () => {
      const tab = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
      await tab.goto(`${site.server.url}slides/${build.deck}/#/${build.slide}`);
      await waitForDeck(tab);
      await drawnAtStep(tab, '1/2');
      await tab.evaluate(() => window.Reveal?.slide((window.Reveal?.getIndices().h ?? 0) + 1));
      await tab.evaluate(() => window.Reveal?.prev());
      await drawnAtStep(tab, '2/2');
      expect((await colours(tab, '.reveal .slides section.present canvas[data-chart-id]'))[build.added]).toBeGreaterThan(500);
      await tab.close();
    });

    it(`${build.deck}/${build.slide}: the print view draws the final state; with separate fragments one page per step`, async () => {
      const tab = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
      await tab.goto(`${site.server.url}slides/${build.deck}/?print-pdf`);
      await waitForReady(tab, 'print');
      const selector = `#${build.slide} canvas[data-chart-id]`;
      expect(await tab.$$eval(selector, (list) => list.map((canvas) => (canvas as HTMLCanvasElement).dataset.chartStep))).toEqual(['2/2']);
      expect((await colours(tab, selector))[build.added]).toBeGreaterThan(500);
      await tab.goto(`${site.server.url}slides/${build.deck}/?print-pdf&pdfSeparateFragments=true`);
      await waitForReady(tab, 'print');
      const steps = await tab.$$eval(selector, (list) => list.map((canvas) => (canvas as HTMLCanvasElement).dataset.chartStep));
      expect(steps).toEqual(['1/2', '2/2', ...Array.from({ length: build.after }, () => '2/2')]);
      expect((await colours(tab, `.pdf-page:first-of-type ${selector}, ${selector}`))[build.added], 'the first page: step 1').toBe(0);
      await tab.close();
    });

    it(`${build.deck}/${build.slide}: an embed and the reading view show the final state`, async () => {
      const tab = await site.browser.newPage({ viewport: { width: 960, height: 540 } });
      await tab.goto(`${site.server.url}embed/?deck=${build.deck}&slide=${build.slide}`);
      const frame = tab.frames().find((candidate) => candidate !== tab.mainFrame()) ?? tab.mainFrame();
      await frame.waitForSelector(`canvas[data-chart-id][${READY.chart}]`, { timeout: 15_000 });
      expect(await frame.$eval('canvas[data-chart-id]', (canvas) => (canvas as HTMLCanvasElement).dataset.chartStep)).toBe('2/2');
      expect((await colours(frame, 'canvas[data-chart-id]'))[build.added]).toBeGreaterThan(500);
      await tab.close();

      const phone = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(`${site.server.url}slides/${build.deck}/?view=read#/${build.slide}`);
      const reflowed = `section#${build.slide} canvas[data-chart-id]`;
      await phone.locator(reflowed).scrollIntoViewIfNeeded();
      await phone.waitForSelector(`${reflowed}[${READY.chart}]`, { timeout: 15_000 });
      expect((await colours(phone, reflowed))[build.added]).toBeGreaterThan(100);
      expect(await phone.$$eval(`section#${build.slide} .fragment:not(.visible)`, (list) => list.length)).toBe(0);
      await phone.close();
    });
  }
});
