import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { collectErrors, DIST, drawnPixels, openSite, readManifest, type Site, waitForReady } from './harness.ts';
import { SITE_CSP } from './site-policy.ts';
import { READY } from '../../contracts/readiness.ts';
import { EMBED_NOT_FOUND_PAGE, EMBED_PAGE_PATH, embedUrl, legacyEmbedUrl } from '../../contracts/embed-url.ts';
import { systemFontText } from './drawn-fonts.ts';
import { measureEmbed } from '../../scripts/lib/bench/embed-load.ts';
import { EMBED_TARGETS } from '../../scripts/lib/bench/embed-rows.ts';

/**
 * Issue 23 item 1: every slide has a static embed page of its own (embed/<deck>/<slide>.html,
 * .en.html), holding that slide alone, its own font subset and only the code one slide needs.
 */
/** A chart slide with figures in its text (the popover's anchors). */
const CHART = { deck: 'puer', slide: 'sugarcane' } as const;
/**
 * gzip bytes of what a slide's page loads at first, read from dist/: the page, its script and the
 * chunks it preloads, its stylesheets (not the one inside <noscript>) and the fonts they and its
 * preloads name (the Latin punctuation faces of an English page; never a late face).
 */
function firstLoadBytes(embedPath: string): number {
  const html = readFileSync(resolve(DIST, embedPath), 'utf8');
  const page = parse(html);
  const files = new Set<string>();
  const fromPage = (href: string): string => resolve(DIST, 'embed', embedPath.split('/')[1] ?? '', href);
  for (const script of page.querySelectorAll('script[src]')) files.add(fromPage(script.getAttribute('src') ?? ''));
  for (const link of page.querySelectorAll('head > link[rel="stylesheet"], head > link[rel="modulepreload"], head > link[rel="preload"][as="font"]')) files.add(fromPage(link.getAttribute('href') ?? ''));
  for (const css of [...files].filter((file) => file.endsWith('.css'))) {
    // A face of another language's punctuation is fetched only by a page in that language.
    const faces = [...readFileSync(css, 'utf8').matchAll(/url\(["']?\.\/([^"')]+\.woff2)/g)].map((match) => match[1] ?? '');
    for (const face of faces) if (embedPath.endsWith('.en.html') && face.includes('latin-punctuation')) files.add(resolve(dirname(css), face));
  }
  return [html, ...[...files].map((file) => readFileSync(file))].reduce((sum, data) => sum + gzipSync(data, { level: 9 }).length, 0);
}

/** Every slide's page, both editions, whose slide has no chart: the text-slide target (≤ 40 KB). */
const TEXT_SLIDES: readonly string[] = readManifest().decks.flatMap((deck) => deck.slides.filter((slide) => !parse(readFileSync(resolve(DIST, slide.embedUrl), 'utf8')).querySelector('canvas[data-chart-id]')).map((slide) => slide.embedUrl));
/** The four heaviest of them by that count, per edition: loaded cold in the browser. */
const HEAVIEST_TEXT_SLIDES = (['.en.html', ''] as const).flatMap((suffix) =>
  TEXT_SLIDES.filter((path) => (suffix ? path.endsWith(suffix) : !path.endsWith('.en.html')))
    .map((path) => ({ path, bytes: firstLoadBytes(path) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 4)
    .map(({ path }) => path),
);

let site: Site;

beforeAll(async () => {
  // A host configured as the README says: a missing embed/<deck>/<slide>.html is answered with embed/404.html, status 404.
  site = await openSite({ basePath: '/talks/hu-dian/', headers: { 'Content-Security-Policy': SITE_CSP }, notFoundPages: [{ pattern: EMBED_PAGE_PATH, file: EMBED_NOT_FOUND_PAGE }] });
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

  it('every slide without a chart, both editions: what its page loads at first is ≤ 40 KB gzip, its late faces apart', () => {
    expect(TEXT_SLIDES.length).toBeGreaterThanOrEqual(70);
    const over = TEXT_SLIDES.map((path) => ({ path, bytes: firstLoadBytes(path) })).filter(({ bytes }) => bytes > EMBED_TARGETS.textBytes);
    expect(over.map(({ path, bytes }) => `${path}: ${(bytes / 1024).toFixed(1)} KB`)).toEqual([]);
  });

  it.each(HEAVIEST_TEXT_SLIDES)('the heaviest slides without a chart, loaded cold: no Chart.js, nothing only the popover or table shows, ≤ 40 KB gzip as counted above: %s', async (embedPath) => {
    const run = await measureEmbed(site.browser, `${site.server.url}${embedPath}`);
    const where = `${embedPath}: ${(run.bytes / 1024).toFixed(1)} KB`;
    expect(run.ready, where).not.toBeNaN();
    expect(run.navigations, where).toBe(0);
    expect(run.bytes, where).toBeLessThanOrEqual(EMBED_TARGETS.textBytes);
    // The count above is what the browser fetches (HTML headers and compression aside).
    expect(Math.abs(run.bytes - firstLoadBytes(embedPath)), where).toBeLessThan(2048);
    for (const path of run.urls.map(sitePath).filter((candidate) => candidate.endsWith('.js'))) expect(readFileSync(resolve(DIST, path), 'utf8'), path).not.toContain('chart.js');
    // What only the popover or the data table shows is not fetched before it is asked for.
    expect(run.urls.filter((url) => url.includes('-late-')), where).toEqual([]);
  });

  it('a popover’s sentence: its late face is fetched only when the popover opens, and the sentence is drawn in the page’s own font, not a system font', async () => {
    const url = `${site.server.url}${embedUrl('lijiang', 'gaps')}`;
    const page = await site.browser.newPage({ viewport: { width: 960, height: 540 } });
    const errors = collectErrors(page);
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fonts.push(sitePath(request.url()));
    });
    await page.goto(url);
    await waitForReady(page, 'embed');
    const late = await page.$eval('meta[name="late-font"][data-font-face="400"]', (meta) => (meta as HTMLMetaElement).content.replace(/^(\.\.\/)+/, ''));
    expect(fonts.filter((font) => font.includes('-late-'))).toEqual([]);
    // A figure whose sentence has characters the slide itself does not show.
    const figure = page.locator('section [data-quote]:visible').first();
    await figure.focus();
    await page.locator('#provenance-popover').waitFor({ state: 'visible' });
    await page.evaluate(async () => (await document.fonts.ready).status);
    expect(fonts).toContain(late);
    expect(await page.$eval('#provenance-popover', (popover) => popover.textContent ?? '')).toContain(await figure.getAttribute('data-quote'));
    expect(await systemFontText(page, '#provenance-popover, #provenance-popover *')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
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

  it('a mistyped address — no such slide, no such deck, either edition — shows the old address’s not-found page (status 404) on a host configured for it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 960, height: 540 } });
    const errors = collectErrors(page).filter((error) => !/404/.test(error));
    for (const [path, lang, kind] of [
      ['embed/puer/no-such-slide.html', 'zh-CN', 'slide'],
      ['embed/puer/no-such-slide.en.html', 'en', 'slide'],
      ['embed/no-such-deck/title.html', 'zh-CN', 'deck'],
    ] as const) {
      const response = await page.goto(`${site.server.url}${path}`);
      expect(response?.status(), path).toBe(404);
      await page.locator('[data-embed-not-found]').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe(lang);
      const links = await page.$$eval('.embed-valid-ids a', (anchors) => anchors.map((anchor) => [anchor.textContent ?? '', (anchor as HTMLAnchorElement).href]));
      const deck = readManifest().decks.find((candidate) => candidate.id === 'puer' && candidate.lang === lang);
      if (kind === 'slide') expect(links.map(([id]) => id)).toEqual(deck?.slides.map((slide) => slide.id));
      else expect(links.map(([id]) => id)).toContain('puer');
      // Each listed id is a working link to a slide's own page.
      const [, first = ''] = links[0] ?? [];
      expect(first).toMatch(/\/talks\/hu-dian\/embed\/[a-z-]+\/[a-z0-9-]+(\.en)?\.html$/);
      expect((await fetch(first)).status).toBe(200);
      // The gallery link climbs to the site root from embed/<deck>/.
      expect(await page.$eval('[data-embed-not-found] a[target="_blank"]', (anchor) => (anchor as HTMLAnchorElement).href)).toBe(site.server.url);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with JavaScript off, a slide’s page is not blank: its title, figures and quote, a chart slide its open data table, no scrolling sideways', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    for (const [deck, slide, width, height] of [
      ['puer', 'sugarcane', 960, 540],
      ['puer', 'sugarcane', 360, 640],
      ['lijiang', 'mushroom-project', 960, 540],
      ['honghe', 'gaps', 360, 640],
    ] as const) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      for (const lang of ['zh-CN', 'en'] as const) {
        const where = `${embedUrl(deck, slide, lang)} at ${width} px`;
        await page.goto(`${site.server.url}${embedUrl(deck, slide, lang)}`);
        const seen = await page.evaluate(() => {
          const shown = (element: Element | null): boolean => {
            if (!element) return false;
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && box.top < window.innerHeight && getComputedStyle(element).visibility === 'visible';
          };
          return {
            title: shown(document.querySelector('section h1, section h2')),
            figures: [...document.querySelectorAll('section .fig')].filter((figure) => !figure.closest('.chart-data, .screen-only')).every((figure) => getComputedStyle(figure).visibility === 'visible' && figure.getBoundingClientRect().height > 0),
            tableRows: [...document.querySelectorAll('section .chart-table tbody tr')].filter((row) => row.getBoundingClientRect().height > 0).length,
            charts: document.querySelectorAll('section canvas[data-chart-id]').length,
            sideways: document.documentElement.scrollWidth > window.innerWidth,
          };
        });
        expect(seen.title, where).toBe(true);
        expect(seen.figures, where).toBe(true);
        if (seen.charts > 0) expect(seen.tableRows, where).toBeGreaterThan(0);
        expect(seen.sideways, where).toBe(false);
      }
      await page.close();
    }
    await context.close();
  });

  it('a book title in 《》 stays whole on one line where it fits: every source line at 800 px, both editions, and a compact one at 360 px', async () => {
    const page = await site.browser.newPage();
    const slides = readManifest().decks.flatMap((deck) => deck.slides.filter((slide) => readFileSync(resolve(DIST, slide.embedUrl), 'utf8').includes('class="chart-source"')).map((slide) => ({ url: slide.embedUrl, width: 800 })));
    expect(slides.length).toBeGreaterThanOrEqual(10);
    slides.push({ url: embedUrl('lijiang', 'mushroom-project', 'en'), width: 360 }, { url: embedUrl('puer', 'sugarcane', 'en'), width: 360 });
    const broken: string[] = [];
    for (const { url, width } of slides) {
      // A page resized across 800 px reloads into the other layout: leave it first.
      await page.goto('about:blank');
      await page.setViewportSize({ width, height: Math.round((width * 9) / 16) });
      await page.goto(`${site.server.url}${url}`);
      await waitForReady(page, 'embed');
      // The lines the 《…》 of each source line falls on (text nodes split by <wbr> included).
      const lines = await page.evaluate(() =>
        [...document.querySelectorAll('section .chart-source, section .embed-source')].map((line) => {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          const nodes: Text[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
          const range = document.createRange();
          const open = nodes.find((node) => node.data.includes('《'));
          const close = nodes.find((node) => node.data.includes('》'));
          if (!open || !close) return { text: line.textContent ?? '', tops: 0, fits: true };
          range.setStart(open, open.data.indexOf('《'));
          range.setEnd(close, close.data.indexOf('》') + 1);
          const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          const length = [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
          return { text: line.textContent ?? '', tops: tops.size, fits: length <= line.getBoundingClientRect().width };
        }),
      );
      expect(lines.length, url).toBeGreaterThan(0);
      for (const line of lines) if (line.fits && line.tops !== 1) broken.push(`${url} at ${width} px: “${line.text}” on ${line.tops} lines`);
    }
    expect(broken).toEqual([]);
    await page.close();
  });
});
