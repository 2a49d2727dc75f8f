import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, readManifest, waitForCharts, waitForDeck, type Site } from './harness.ts';

/**
 * Issue 22: the chart's values as words (`.chart-data`, shown nowhere: the bars carry them, the PDF has
 * the text layer, the reading view and the page without script the data table) took their room under
 * every chart, hidden, so a chart that fills its slide stopped short of it. It takes none now: nothing
 * hidden is left under a chart's last visible line, at 1280×720 and 1920×1080, in both editions.
 */
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('a chart takes no room for what it does not show', () => {
  for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
    it(`at ${width}×${height}: the values list has no height, and the figure ends at its last visible line`, async () => {
      const manifest = readManifest();
      const page = await site.browser.newPage({ viewport: { width, height } });
      const problems: string[] = [];
      let charts = 0;
      for (const deck of manifest.decks) {
        await page.goto(`${site.server.url}${deck.url}`);
        await waitForDeck(page);
        const slides = await page.$$eval('.reveal .slides > section:has(figure.chart)', (list) => list.map((section) => section.id));
        for (const slide of slides) {
          await page.evaluate((id) => {
            window.location.hash = `#/${id}`;
          }, slide);
          await waitForCharts(page, `#${slide} canvas[data-chart-id]`, slide);
          const seen = await page.$$eval(`#${slide} figure.chart`, (figures) =>
            figures.map((figure) => {
              const list = figure.querySelector('.chart-data')?.getBoundingClientRect();
              const scale = figure.getBoundingClientRect().height / (figure as HTMLElement).offsetHeight || 1;
              const visible = [...figure.children].filter((child) => getComputedStyle(child).display !== 'none' && getComputedStyle(child).visibility !== 'hidden' && child.getBoundingClientRect().height > 0);
              const lastLine = Math.max(...visible.map((child) => child.getBoundingClientRect().bottom));
              return { list: (list?.height ?? 0) / scale, below: (figure.getBoundingClientRect().bottom - lastLine) / scale };
            }),
          );
          for (const chart of seen) {
            charts += 1;
            const where = `${deck.url}#/${slide}`;
            if (chart.list > 0) problems.push(`${where}: the hidden values list is ${chart.list.toFixed(0)} px tall`);
            if (chart.below > 8) problems.push(`${where}: ${chart.below.toFixed(0)} px of the figure under its last visible line`);
          }
        }
      }
      await page.close();
      expect(charts).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }
});
