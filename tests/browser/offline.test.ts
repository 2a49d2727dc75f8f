import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { DIST, drawnPixels, waitForDeck, type ManifestDeck } from './harness.ts';
import { READY } from '../../contracts/readiness.ts';

const MAX_BYTES = 1.5 * 1024 * 1024;
const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: (ManifestDeck & { offlineUrl?: string })[] };
const offline = manifest.decks.filter((deck): deck is ManifestDeck & { offlineUrl: string } => deck.offlineUrl !== undefined);

let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  // No server and no network: anything but the file itself and data: URLs is a failure.
  await context.route(/^(?!file:|data:|blob:|about:)/, async (route) => {
    problems.push(`request: ${route.request().url()}`);
    await route.abort();
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('offline single-file decks, opened from file://', () => {
  it('every deck, Chinese and English, has one', () => {
    const key = (deck: ManifestDeck) => `${deck.id}/${deck.lang}`;
    expect(offline.map(key).sort()).toEqual(manifest.decks.map(key).sort());
  });

  for (const deck of offline) {
    it(`${deck.id} (${deck.lang}): under 1.5 MB, every slide with its notes (S shows them), every chart drawn, no request`, async () => {
      const path = resolve(DIST, deck.offlineUrl);
      expect(statSync(path).size).toBeLessThanOrEqual(MAX_BYTES);
      const html = readFileSync(path, 'utf8');
      expect(html).not.toMatch(/<script[^>]+\ssrc=|<link[^>]+rel="(?:stylesheet|modulepreload)"/);
      problems.length = 0;
      const page = await context.newPage();
      await page.goto(pathToFileURL(path).href);
      await waitForDeck(page);
      expect(await page.$$eval('.reveal .slides > section aside.notes', (list) => list.length)).toBe(deck.slides.length);
      for (const slide of deck.slides) {
        await page.evaluate((id) => {
          window.location.hash = `#/${id}`;
        }, slide.id);
        await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, slide.id);
        const charts = await page.$$eval('section.present canvas[data-chart-id]', (list) => list.map((c) => c.getAttribute('data-chart-id') ?? ''));
        for (const chartId of charts) {
          const selector = `section.present canvas[data-chart-id="${chartId}"]`;
          await page.waitForSelector(`${selector}[${READY.chart}]`, { state: 'attached' });
          expect(await drawnPixels(page, selector), `${deck.id}#${slide.id} ${chartId}`).toBeGreaterThan(500);
        }
      }
      // No presenter page beside a single file: S shows the current slide's notes under it.
      await page.keyboard.press('s');
      await page.waitForSelector('.reveal .speaker-notes', { state: 'visible' });
      expect((await page.textContent('.reveal .speaker-notes'))?.trim().length ?? 0).toBeGreaterThan(20);
      // The slide is laid out again beside the notes: it keeps its whole width on screen, left of the notes.
      const besideNotes = () =>
        page.evaluate(() => {
          const slide = document.querySelector('.reveal .slides > section.present')?.getBoundingClientRect();
          const heading = document.querySelector('.reveal .slides > section.present :is(h1, h2)')?.getBoundingClientRect();
          const notes = document.querySelector('.reveal .speaker-notes')?.getBoundingClientRect();
          return { slideLeft: slide?.left ?? -1, slideRight: slide?.right ?? Infinity, headingLeft: heading?.left ?? -1, headingRight: heading?.right ?? Infinity, notesLeft: notes?.left ?? 0, notesWidth: notes?.width ?? 0 };
        });
      const shown = await besideNotes();
      expect(shown.slideLeft, `${deck.id}: slide left edge beside the notes`).toBeGreaterThanOrEqual(0);
      expect(shown.headingLeft).toBeGreaterThanOrEqual(0);
      expect(shown.slideRight).toBeLessThanOrEqual(shown.notesLeft + 1);
      expect(shown.headingRight).toBeLessThanOrEqual(shown.notesLeft + 1);
      // S again: the slide takes the whole window back.
      await page.keyboard.press('s');
      await page.waitForSelector('.reveal .speaker-notes', { state: 'hidden' });
      const hidden = await besideNotes();
      expect(hidden.slideLeft).toBeGreaterThanOrEqual(0);
      expect(hidden.slideRight - hidden.slideLeft).toBeGreaterThan(shown.slideRight - shown.slideLeft);
      const fonts = await page.evaluate(() => [...document.fonts].filter((font) => font.family.includes('Noto Sans SC Deck')).map((font) => font.status));
      expect(fonts).toEqual(['loaded', 'loaded']);
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('on a phone, an offline file turns into the reading view — its code folded into the file — with its chart drawn and nothing fetched', async () => {
    // A deck with a Chart.js chart (lijiang now leads with a build-time mark and has none).
    const deck = offline.find((candidate) => candidate.id === 'honghe' && candidate.lang === 'zh-CN');
    if (!deck) throw new Error('no offline honghe deck');
    problems.length = 0;
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pathToFileURL(resolve(DIST, deck.offlineUrl)).href);
    await waitForDeck(page);
    expect(await page.$eval('.reveal', (element) => element.classList.contains('read-view'))).toBe(true);
    const selector = 'canvas[data-chart-id]';
    await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.waitForSelector(`${selector}[${READY.chart}]`, { state: 'attached' });
    expect(await drawnPixels(page, selector)).toBeGreaterThan(500);
    expect(problems).toEqual([]);
    await page.close();
  });
});
