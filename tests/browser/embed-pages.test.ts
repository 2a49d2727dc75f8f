import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { collectErrors, DIST, drawnPixels, openSite, readManifest, type Site, waitForReady } from './harness.ts';
import { SITE_CSP } from './site-policy.ts';
import { READY } from '../../contracts/readiness.ts';
import { embedUrl, legacyEmbedUrl } from '../../contracts/embed-url.ts';
import { measureEmbed } from '../../scripts/lib/bench/embed-load.ts';
import { EMBED_TARGETS } from '../../scripts/lib/bench/embed-rows.ts';

/**
 * Issue 23 item 1: every slide has a static embed page of its own (embed/<deck>/<slide>.html,
 * .en.html), holding that slide alone, its own font subset and only the code one slide needs.
 */
/** A chart slide with figures in its text (the popover's anchors). */
const CHART = { deck: 'puer', slide: 'sugarcane' } as const;
const TEXT = { deck: 'honghe', slide: 'title' } as const;

let site: Site;

beforeAll(async () => {
  site = await openSite({ basePath: '/talks/hu-dian/', headers: { 'Content-Security-Policy': SITE_CSP } });
});
afterAll(async () => {
  await site?.close();
});

/** The woff2 files a built page links (its preloads). */
function fontFilesOf(file: string): string[] {
  return parse(readFileSync(resolve(DIST, file), 'utf8'))
    .querySelectorAll('link[href$=".woff2"]')
    .map((link) => (link.getAttribute('href') ?? '').replace(/^(\.\.\/)+/, ''));
}

/** A path of the site from a URL the test server answered. */
function sitePath(url: string): string {
  return new URL(url).pathname.replace(/^\/talks\/hu-dian\//, '');
}

describe('static slide embeds', () => {
  it('every slide of every deck and edition has its page at decks.json’s embedUrl, holding that slide alone and no reveal.js', () => {
    const { decks } = readManifest();
    let pages = 0;
    for (const deck of decks) {
      for (const slide of deck.slides) {
        expect(slide.embedUrl).toBe(embedUrl(deck.id, slide.id, deck.lang));
        const file = resolve(DIST, slide.embedUrl);
        expect(existsSync(file), slide.embedUrl).toBe(true);
        const page = parse(readFileSync(file, 'utf8'));
        expect(page.querySelector('html')?.getAttribute('lang')).toBe(deck.lang);
        expect(page.querySelectorAll('.reveal > .slides > section').map((section) => section.id)).toEqual([slide.id]);
        expect(page.querySelectorAll('aside.notes').length).toBe(0);
        const scripts = page.querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? '');
        expect(scripts.length).toBe(1);
        for (const src of scripts) expect(readFileSync(resolve(DIST, 'embed', deck.id, src), 'utf8')).not.toContain('autoAnimate');
        // Its own font subset, not the deck page's.
        const deckFonts = fontFilesOf(deck.lang === 'en' ? `slides/${deck.id}/en.html` : `slides/${deck.id}/index.html`);
        const fonts = fontFilesOf(slide.embedUrl);
        expect(fonts.length).toBe(2);
        expect(fonts.filter((font) => deckFonts.includes(font))).toEqual([]);
        pages += 1;
      }
    }
    expect(pages).toBeGreaterThanOrEqual(80);
  });

  it('every chart slide, in both editions: ≤ 90 KB gzip and ≤ 8 requests on a cold load, no navigation, no reveal.js, no deck-wide font', async () => {
    const chartSlides = readManifest().decks.flatMap((deck) =>
      deck.slides
        .filter((slide) => parse(readFileSync(resolve(DIST, slide.embedUrl), 'utf8')).querySelector('canvas[data-chart-id]'))
        .map((slide) => ({ deck, slide })),
    );
    expect(chartSlides.length).toBeGreaterThanOrEqual(2);
    for (const { deck, slide } of chartSlides) {
      const run = await measureEmbed(site.browser, `${site.server.url}${slide.embedUrl}`);
      const where = `${slide.embedUrl}: ${run.bytes} bytes, ${run.requests} requests`;
      expect(run.ready, where).not.toBeNaN();
      expect(run.navigations, where).toBe(0);
      expect(run.requests, where).toBeLessThanOrEqual(EMBED_TARGETS.chartRequests);
      expect(run.bytes, where).toBeLessThanOrEqual(EMBED_TARGETS.chartBytes);
      const fetched = run.urls.map(sitePath);
      const deckFonts = fontFilesOf(deck.lang === 'en' ? `slides/${deck.id}/en.html` : `slides/${deck.id}/index.html`);
      expect(fetched.filter((path) => deckFonts.includes(path) || path.endsWith('fonts.css') || /noto-sans-sc-deck-\d+\.woff2$/.test(path)), where).toEqual([]);
      for (const path of fetched.filter((candidate) => candidate.endsWith('.js'))) expect(readFileSync(resolve(DIST, path), 'utf8'), path).not.toContain('autoAnimate');
    }
  });

  it('a chart slide: one slide on screen, its chart drawn, the popover with the article sentence, the data toggle with its downloads', async () => {
    const url = `${site.server.url}${embedUrl(CHART.deck, CHART.slide)}`;

    const page = await site.browser.newPage({ viewport: { width: 960, height: 540 } });
    const errors = collectErrors(page);
    await page.goto(url);
    await waitForReady(page, 'embed');
    expect(await page.$$eval('.reveal .slides > section', (list) => list.map((section) => section.id))).toEqual([CHART.slide]);
    expect(await page.$eval('.reveal .slides > section.present', (section) => section.id)).toBe(CHART.slide);
    expect(await page.evaluate(() => typeof (window as unknown as { Reveal?: unknown }).Reveal)).toBe('undefined');
    expect(await page.$$eval(`canvas[data-chart-id][${READY.chart}]`, (list) => list.length)).toBe(1);
    expect(await drawnPixels(page, 'canvas[data-chart-id]')).toBeGreaterThan(1000);
    // The whole slide fits the frame: no scrollbar.
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([960, 540]);

    await page.locator('section.present [data-quote]:visible').first().hover();
    expect(await page.$eval('#provenance-popover', (el) => ({ hidden: (el as HTMLElement).hidden, text: el.textContent ?? '' }))).toMatchObject({ hidden: false });
    expect(await page.$eval('#provenance-popover', (el) => el.textContent ?? '')).toContain('原文');

    await page.locator('details.chart-table > summary').click();
    expect(await page.$eval('details.chart-table', (el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.$$eval('details.chart-table tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-chart-download="csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a text-only slide loads no Chart.js and stays ≤ 40 KB gzip', async () => {
    const run = await measureEmbed(site.browser, `${site.server.url}${embedUrl(TEXT.deck, TEXT.slide)}`);
    expect(run.ready).not.toBeNaN();
    expect(run.navigations).toBe(0);
    expect(run.bytes).toBeLessThanOrEqual(EMBED_TARGETS.textBytes);
    for (const path of run.urls.map(sitePath).filter((candidate) => candidate.endsWith('.js'))) {
      expect(readFileSync(resolve(DIST, path), 'utf8'), path).not.toContain('chart.js');
    }
  });

  it('the English page is the English slide', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 563 } });
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}${embedUrl(CHART.deck, CHART.slide, 'en')}`);
    await waitForReady(page, 'embed');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.$eval('section.present h2', (title) => title.textContent ?? '')).toMatch(/[A-Za-z]{3}/);
    expect(await drawnPixels(page, 'canvas[data-chart-id]')).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('old embed/?deck=&slide= links land on the same slide’s page, in both editions', async () => {
    const page = await site.browser.newPage({ viewport: { width: 960, height: 540 } });
    const errors = collectErrors(page);
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.goto(`${site.server.url}${legacyEmbedUrl(CHART.deck, CHART.slide, lang)}`);
      await page.waitForURL((address) => address.pathname.endsWith(embedUrl(CHART.deck, CHART.slide, lang)));
      await waitForReady(page, 'embed');
      expect(await page.$eval('.reveal .slides > section.present', (section) => section.id)).toBe(CHART.slide);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
