import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, DIST, openSite, waitForDeck, type ManifestDeck, type Site, readManifest } from './harness.ts';
import { READY } from '../../contracts/readiness.ts';

const manifest = readManifest();
let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

interface Step {
  index: number;
  id: string;
  charts: number;
  ready: number;
  drawn: number;
}

describe('the global Reveal API (for reveal.js exporters and plugins)', () => {
  for (const deck of manifest.decks.filter((d) => d.lang === 'zh-CN' || d.id === 'overview')) {
    it(`${deck.id} (${deck.lang}): an outside script counts the slides, steps through all of them with Reveal.next() and sees every chart drawn`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const errors = collectErrors(page);
      await page.goto(`${site.server.url}${deck.url}`);
      await waitForDeck(page);
      // What a plugin written for reveal.js would do, from a script of its own (not our module).
      const total = await page.evaluate(() => (window.Reveal?.isReady() ? window.Reveal.getTotalSlides() : -1));
      expect(total).toBe(deck.slideCount);
      const steps: Step[] = [];
      for (let index = 0; index < total; index++) {
        const step = await page.evaluate(async ({ expected, chartReady }) => {
          const reveal = window.Reveal;
          if (!reveal) throw new Error('no window.Reveal');
          // next() steps through a slide's fragments (a chart built in steps) before the next slide.
          if (expected > 0) {
            const from = reveal.getIndices().h;
            while (reveal.getIndices().h === from) reveal.next();
          }
          const current = reveal.getCurrentSlide();
          const canvases = [...current.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-id]')];
          const deadline = Date.now() + 15_000;
          while (canvases.some((canvas) => !canvas.hasAttribute(chartReady)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          const drawn = canvases.reduce((sum, canvas) => {
            const ctx = canvas.getContext('2d');
            if (!ctx || canvas.width === 0) return sum;
            const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
            let count = 0;
            for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count += 1;
            return sum + (count > 500 ? 1 : 0);
          }, 0);
          return {
            index: reveal.getIndices().h,
            id: current.id,
            charts: canvases.length,
            ready: canvases.filter((canvas) => canvas.hasAttribute(chartReady)).length,
            drawn,
          };
        }, { expected: index, chartReady: READY.chart });
        steps.push(step);
      }
      expect(steps.map((step) => step.index)).toEqual([...Array(total).keys()]);
      expect(steps.map((step) => step.id)).toEqual(deck.slides.map((slide) => slide.id));
      // The same instance the runtime drives: the page followed (the hash names the last slide).
      await page.waitForFunction((hash) => window.location.hash === hash, `#/${deck.slides.at(-1)?.id ?? ''}`, { timeout: 5_000 });
      for (const step of steps) {
        expect(step.ready, step.id).toBe(step.charts);
        expect(step.drawn, step.id).toBe(step.charts);
      }
      // Every Chart.js chart the built page holds was met on the way (lijiang and xishuangbanna lead with
      // build-time marks and have none).
      const pagePath = deck.url.endsWith('.html') ? deck.url : `${deck.url}index.html`;
      const built = (readFileSync(resolve(DIST, pagePath), 'utf8').match(/<canvas[^>]*data-chart-id=/g) ?? []).length;
      expect(steps.reduce((sum, step) => sum + step.charts, 0)).toBe(built);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('Reveal.destroy() takes our controllers with it (the runtime keeps destroy() real)', () => {
  it('a tool destroying the deck leaves no chart, no embed button, no popover and no inert slide of ours', async () => {
    // A deck with a Chart.js chart (honghe's pairs).
    const deck = manifest.decks.find((d) => d.id === 'honghe' && d.lang === 'zh-CN');
    if (!deck) throw new Error('no honghe deck');
    const chartSlide = deck.slides.find((slide) => slide.id === 'pairs')?.id ?? '';
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}${deck.url}#/${chartSlide}`);
    await waitForDeck(page);
    const state = (): Promise<{ charts: number; button: number; popover: number; inert: number }> =>
      page.evaluate((chartReady) => ({
        charts: document.querySelectorAll(`canvas[${chartReady}]`).length,
        button: document.querySelectorAll('[data-embed-snippet-button]').length,
        popover: document.querySelectorAll('.provenance').length,
        inert: document.querySelectorAll('.reveal .slides > section[inert]').length,
      }), READY.chart);
    const before = await state();
    expect(before.charts).toBeGreaterThan(0);
    expect(before.button).toBe(1);
    expect(before.popover).toBe(1);
    expect(before.inert).toBeGreaterThan(0);
    await page.evaluate(() => window.Reveal?.destroy());
    expect(await state()).toEqual({ charts: 0, button: 0, popover: 0, inert: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
