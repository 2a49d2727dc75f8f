import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, DIST, drawnPixels, openSite, waitForDeck, type ManifestDeck, type Site } from './harness.ts';
import { chartText, inspectReflow, recordCanvasText } from './reflow-probe.ts';
import { READY } from '../../contracts/readiness.ts';

/**
 * The reading view (issue 11): on a phone each deck is a vertical article of reflowed slides.
 * Every slide of every deck and edition at 360×640, 390×844 and 414×896: legible type (body ≥ 16 px,
 * source lines and attributions ≥ 14 px, chart text ≥ 12 px as drawn), nothing wider than the
 * screen, every chart drawn, notes hidden, deep links landing on their slide.
 */
const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: (ManifestDeck & { offlineUrl?: string })[] };
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core');

const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 414, height: 896 },
] as const;
const BODY_MIN = 16;
const SECONDARY_MIN = 14;
const CHART_TEXT_MIN = 12;
const SECONDARY = ['.who', '.chart-caption', '.qr-note', '.qr > figcaption', '.byline', '.fig-gap', '.quote-original', '.provenance strong'];

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function openRead(url: string, size: { width: number; height: number }, reducedMotion: 'reduce' | 'no-preference' = 'reduce'): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: size, reducedMotion });
  const errors = collectErrors(page);
  await recordCanvasText(page);
  await page.goto(url);
  await waitForDeck(page);
  return { page, errors };
}

/** Where each slide is after a deep link: its top against the bar kept over the article, and whether the page could scroll further. */
function landing(id: string): { hash: string; top: number; bottom: number; offset: number; atEnd: boolean; viewport: number } {
  const section = document.getElementById(id);
  const box = section?.getBoundingClientRect();
  return {
    hash: window.location.hash,
    top: box?.top ?? NaN,
    bottom: box?.bottom ?? NaN,
    offset: document.querySelector('nav.read-bar')?.getBoundingClientRect().bottom ?? 0,
    atEnd: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
    viewport: window.innerHeight,
  };
}

function expectLanded(where: ReturnType<typeof landing>, id: string): void {
  expect(where.hash, id).toBe(`#/${id}`);
  // Just under the bar, or (a short slide at the end of the page) wholly on screen with the page scrolled to its end.
  if (Math.abs(where.top - where.offset) > 1) {
    expect(where.atEnd, `${id}: top at ${where.top}`).toBe(true);
    expect(where.top).toBeGreaterThanOrEqual(where.offset);
    expect(where.bottom).toBeLessThanOrEqual(where.viewport + 1);
  }
}

/** Two animation frames: the reading view tracks the position once per frame. */
async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

describe('reading view on phones', () => {
  for (const size of SIZES) {
    for (const [deckIndex, deck] of manifest.decks.entries()) {
      it(`${deck.id} (${deck.lang}) at ${size.width}×${size.height}: every slide legible, inside the screen, charts drawn, deep links land`, async () => {
        // A deep link to a different slide for each size and deck, so every position gets tried.
        const deepIndex = (deckIndex + SIZES.indexOf(size) * 3 + 1) % deck.slides.length;
        const deep = deck.slides[deepIndex]?.id ?? '';
        const { page, errors } = await openRead(`${site.server.url}${deck.url}#/${deep}`, size);
        expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('read');
        expectLanded(await page.evaluate(landing, deep), deep);

        // Every slide is there, in order, with its notes hidden and no reveal chrome.
        const layout = await page.evaluate(() => ({
          ids: [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((section) => section.id),
          heights: [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((section) => section.getBoundingClientRect().height),
          notesShown: [...document.querySelectorAll('aside.notes')].filter((notes) => getComputedStyle(notes).display !== 'none').length,
          reveal: document.querySelector('.reveal')?.classList.contains('ready') ?? false,
        }));
        expect(layout.ids).toEqual(deck.slides.map((slide) => slide.id));
        expect(layout.heights.every((height) => height > 100)).toBe(true);
        expect(layout.notesShown).toBe(0);
        expect(layout.reveal).toBe(false);

        const problems = await page.evaluate(inspectReflow, { root: '.reveal', bodyMin: BODY_MIN, secondaryMin: SECONDARY_MIN, secondary: SECONDARY });
        expect(problems).toEqual([]);

        // Charts: drawn (reduced motion: at once) for the column, sharp, text legible as drawn.
        const canvases = await page.$$eval('canvas[data-chart-id]', (list, chartReady) =>
          list.map((canvas) => {
            const c = canvas as HTMLCanvasElement;
            const box = c.getBoundingClientRect();
            return { id: c.dataset.chartId ?? '', ready: c.hasAttribute(chartReady), width: box.width, height: box.height, backing: c.width / window.devicePixelRatio };
          }),
          READY.chart,
        );
        // Every Chart.js chart of the deck (some decks show their figures as visuals drawn at build time instead).
        expect(canvases.length).toBe(await page.$$eval('figure[data-chart]', (list) => list.length));
        const text = await chartText(page);
        for (const canvas of canvases) {
          expect(canvas.ready, canvas.id).toBe(true);
          expect(canvas.width).toBeLessThanOrEqual(size.width);
          expect(canvas.width).toBeGreaterThan(size.width * 0.8);
          expect(canvas.height).toBeGreaterThan(200);
          expect(Math.abs(canvas.backing - canvas.width)).toBeLessThanOrEqual(1);
          expect(await drawnPixels(page, `canvas[data-chart-id="${canvas.id}"]`)).toBeGreaterThan(3000);
          const drawn = text[canvas.id];
          expect(drawn?.count ?? 0, canvas.id).toBeGreaterThan(3);
          expect(drawn?.min ?? 0, `${canvas.id}: “${drawn?.text ?? ''}”`).toBeGreaterThanOrEqual(CHART_TEXT_MIN - 0.01);
          expect(drawn?.clipped ?? [], `${canvas.id}: text cut off at the canvas's edge`).toEqual([]);
        }

        // Every other slide by its link (hashchange), then the address follows the reader's scrolling.
        const historyLength = await page.evaluate(() => history.length);
        for (const slide of deck.slides) {
          await page.evaluate((id) => {
            window.location.hash = `#/${id}`;
          }, slide.id);
          await page.waitForFunction((id) => window.location.hash === `#/${id}`, slide.id);
          await frames(page);
          expectLanded(await page.evaluate(landing, slide.id), slide.id);
        }
        const second = deck.slides[1]?.id ?? '';
        const afterLinks = await page.evaluate(() => history.length);
        await page.evaluate((id) => window.scrollTo({ top: window.scrollY + (document.getElementById(id)?.getBoundingClientRect().top ?? 0) - 48 + 20, behavior: 'instant' }), second);
        await page.waitForFunction((id) => window.location.hash === `#/${id}`, second);
        await frames(page);
        expect(await page.evaluate(() => window.location.hash)).toBe(`#/${second}`);
        // replaceState: following the reader adds no history entries.
        expect(await page.evaluate(() => history.length)).toBe(afterLinks);
        expect(afterLinks).toBeGreaterThanOrEqual(historyLength);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('animates each chart once, when it scrolls into view (not before)', async () => {
    // A deck whose first chart is well below the first screen (honghe/pairs, the fifth slide).
    const deck = manifest.decks.find((candidate) => candidate.id === 'honghe' && candidate.lang === 'zh-CN');
    if (!deck) throw new Error('no honghe deck');
    const { page, errors } = await openRead(`${site.server.url}${deck.url}`, { width: 390, height: 844 }, 'no-preference');
    const canvas = page.locator('canvas[data-chart-id]').first();
    expect(await canvas.evaluate((element, chartReady) => element.hasAttribute(chartReady), READY.chart)).toBe(false);
    expect(await drawnPixels(page, 'canvas[data-chart-id]')).toBe(0);
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForSelector(`canvas[data-chart-id][${READY.chart}]`, { state: 'attached' });
    expect(await drawnPixels(page, 'canvas[data-chart-id]')).toBeGreaterThan(3000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the place across the language switch, and returns to slides in landscape', async () => {
    const zh = manifest.decks.find((deck) => deck.id === 'lijiang' && deck.lang === 'zh-CN');
    if (!zh) throw new Error('no lijiang deck');
    const { page, errors } = await openRead(`${site.server.url}${zh.url}`, { width: 390, height: 844 });
    const id = 'expo';
    await page.evaluate((target) => window.scrollTo({ top: window.scrollY + (document.getElementById(target)?.getBoundingClientRect().top ?? 0) - 48 + 40, behavior: 'instant' }), id);
    await page.waitForFunction((target) => window.location.hash === `#/${target}`, id);
    expect(await page.getAttribute('a.lang-switch', 'href')).toBe(`en.html#/${id}`);
    await page.click('a.lang-switch');
    await page.waitForURL(/en\.html#\/expo$/);
    await waitForDeck(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expectLanded(await page.evaluate(landing, id), id);

    // Rotated: the same slide, as a slide.
    let reloaded = page.waitForEvent('load');
    await page.setViewportSize({ width: 844, height: 390 });
    await reloaded;
    await page.waitForFunction((deckReady) => document.documentElement.dataset.view === undefined && document.documentElement.hasAttribute(deckReady), READY.deck);
    expect(await page.evaluate(() => document.querySelector('.reveal .slides > section.present')?.id)).toBe(id);
    // And back to portrait: the article at that slide.
    reloaded = page.waitForEvent('load');
    await page.setViewportSize({ width: 390, height: 844 });
    await reloaded;
    await page.waitForFunction((deckReady) => document.documentElement.dataset.view === 'read' && document.documentElement.hasAttribute(deckReady), READY.deck);
    expectLanded(await page.evaluate(landing, id), id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?view=read gives the reading view on a wide screen too, and keeps it across the language switch', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}slides/puer/?view=read#/sugarcane`);
    await waitForDeck(page);
    expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('read');
    expectLanded(await page.evaluate(landing, 'sugarcane'), 'sugarcane');
    expect(await page.getAttribute('a.lang-switch', 'href')).toBe('en.html?view=read#/sugarcane');
    // ?view=slides on a phone: the talk.
    // (600 px: reading view by default; with ?view=slides reveal's slides, never its scroll view.)
    const phone = await site.browser.newPage({ viewport: { width: 600, height: 900 }, reducedMotion: 'reduce' });
    await phone.goto(`${site.server.url}slides/puer/?view=slides#/sugarcane`);
    await waitForDeck(phone);
    expect(await phone.evaluate(() => document.querySelector('.reveal .slides > section.present')?.id)).toBe('sugarcane');
    expect(errors).toEqual([]);
    await phone.close();
    await page.close();
  });

  it('shows a figure’s article sentence in a popover inside the screen, at ≥ 14 px', async () => {
    const { page, errors } = await openRead(`${site.server.url}slides/xishuangbanna/#/jobs-offered`, { width: 360, height: 640 });
    const figure = page.locator('#jobs-offered [data-quote]').first();
    await figure.click();
    const popover = await page.$eval('#provenance-popover', (element) => {
      const box = element.getBoundingClientRect();
      const sizes = [element, ...element.querySelectorAll('*')].map((node) => Number.parseFloat(getComputedStyle(node).fontSize));
      return {
        hidden: (element as HTMLElement).hidden,
        inside: box.left >= 0 && box.right <= window.innerWidth && box.top >= 0 && box.bottom <= window.innerHeight,
        smallest: Math.min(...sizes),
        body: Number.parseFloat(getComputedStyle(element).fontSize),
      };
    });
    expect(popover.hidden).toBe(false);
    expect(popover.inside).toBe(true);
    expect(popover.body).toBeGreaterThanOrEqual(BODY_MIN);
    expect(popover.smallest).toBeGreaterThanOrEqual(SECONDARY_MIN);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('axe finds no violations in the reading view (both editions)', async () => {
    const found: string[] = [];
    for (const deck of manifest.decks.filter((candidate) => candidate.id === 'lijiang' || candidate.id === 'overview')) {
      const { page } = await openRead(`${site.server.url}${deck.url}`, { width: 390, height: 844 });
      await page.addScriptTag({ path: AXE_SCRIPT });
      const lines = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const results = await axe.run(document, { resultTypes: ['violations'] });
        return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} — ${node.target.map(String).join(' ')}`));
      });
      found.push(...lines.map((line) => `${deck.id}/${deck.lang} ${line}`));
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it('works the same in the offline single files, from file://', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const requests: string[] = [];
    await context.route(/^(?!file:|data:|blob:|about:)/, async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
    for (const deck of manifest.decks.filter((candidate) => candidate.id === 'puer')) {
      if (!deck.offlineUrl) throw new Error(`${deck.id} has no offline file`);
      const page = await context.newPage();
      const errors = collectErrors(page);
      const slide = deck.slides[3]?.id ?? '';
      await page.goto(`${pathToFileURL(resolve(DIST, deck.offlineUrl)).href}#/${slide}`);
      await waitForDeck(page);
      expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('read');
      expectLanded(await page.evaluate(landing, slide), slide);
      expect(await page.evaluate(inspectReflow, { root: '.reveal', bodyMin: BODY_MIN, secondaryMin: SECONDARY_MIN, secondary: SECONDARY })).toEqual([]);
      await page.locator('canvas[data-chart-id]').first().scrollIntoViewIfNeeded();
      await page.waitForSelector(`canvas[data-chart-id][${READY.chart}]`, { state: 'attached' });
      expect(await drawnPixels(page, 'canvas[data-chart-id]')).toBeGreaterThan(3000);
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(requests).toEqual([]);
    await context.close();
  });
});
