import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, openSite, waitForDeck, type ManifestDeck, type Site, waitForReady, waitForCharts } from './harness.ts';
import { guardContext, SITE_CSP, STRICT_CSP, unsafeLinks } from './site-policy.ts';
import { CURRENT_CHART_CANVAS } from '../../contracts/readiness.ts';

const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: (ManifestDeck & { lang?: string })[] };
const BASE = '/talks/hu-dian/';

let site: Site;
let context: BrowserContext;
let problems: string[];

beforeAll(async () => {
  site = await openSite({ basePath: BASE, headers: { 'Content-Security-Policy': SITE_CSP } });
  context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  problems = await guardContext(context, site.server.url);
});
beforeEach(() => {
  // Each test answers for its own pages.
  problems.length = 0;
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** Shows every slide in turn and waits for each slide's charts. */
async function stepThrough(page: Page, deck: ManifestDeck): Promise<void> {
  for (const slide of deck.slides) {
    await page.evaluate((id) => {
      window.location.hash = `#/${id}`;
    }, slide.id);
    await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, slide.id);
    const charts = await page.$$('.reveal .slides section.present canvas[data-chart-id]');
    for (const chart of charts) await chart.waitForElementState('stable');
    if (charts.length > 0) await waitForCharts(page, CURRENT_CHART_CANVAS);
  }
}

describe(`the site under a sub-path (${BASE}) and its Content-Security-Policy`, () => {
  it('serves the policy being tested, which relaxes only style-src, by two hashes', async () => {
    const response = await context.request.get(site.server.url);
    expect(response.headers()['content-security-policy']).toBe(SITE_CSP);
    expect(SITE_CSP.replace(/ 'sha256-[^']+'/g, '')).toBe(STRICT_CSP);
  });

  it('gallery: no violation, nothing off the site, no 404, safe external links', async () => {
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.waitForSelector('.deck-card');
    expect(await unsafeLinks(page)).toEqual([]);
    await page.close();
    expect(problems).toEqual([]);
  });

  for (const deck of manifest.decks) {
    it(`${deck.id}${deck.lang === 'en' ? ' (en)' : ''}: every slide and chart, no violation, nothing off the site, no 404`, async () => {
      const page = await context.newPage();
      await page.goto(`${site.server.url}${deck.url}`);
      await waitForDeck(page);
      await stepThrough(page, deck);
      expect(await unsafeLinks(page)).toEqual([]);
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('embed page works under the policy', async () => {
    const slide = manifest.decks[0]?.slides.find((candidate) => candidate.figures.length > 0);
    if (!slide) throw new Error('decks.json lists no slide with figures');
    const page = await context.newPage();
    await page.goto(`${site.server.url}${slide.embedUrl}`);
    await waitForDeck(page);
    await page.close();
    expect(problems).toEqual([]);
  });

  it.each([['print view', ''], ['handout print view', '&handout']])("%s: no inline style beyond reveal's own two print styles", async (_view, query) => {
    const deck = manifest.decks[0];
    if (!deck) throw new Error('decks.json lists no deck');
    const page = await context.newPage();
    await page.goto(`${site.server.url}${deck.printUrl}${query}`);
    await waitForReady(page, 'print');
    await waitForCharts(page, 'canvas[data-chart-id]');
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('the site from the root under the strict policy', () => {
  it('gallery and a deck load with no violation and no 404', async () => {
    const rootSite = await openSite({ headers: { 'Content-Security-Policy': STRICT_CSP } });
    try {
      const rootContext = await rootSite.browser.newContext({ reducedMotion: 'reduce' });
      const rootProblems = await guardContext(rootContext, rootSite.server.url);
      const page = await rootContext.newPage();
      await page.goto(rootSite.server.url);
      await page.waitForSelector('.deck-card');
      const deck = manifest.decks[manifest.decks.length > 1 ? 1 : 0];
      if (!deck) throw new Error('decks.json lists no deck');
      await page.goto(`${rootSite.server.url}${deck.url}`);
      await waitForDeck(page);
      await rootContext.close();
      expect(rootProblems).toEqual([]);
    } finally {
      await rootSite.close();
    }
  });
});
