import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { DIST, drawnPixels, openSite, waitForDeck, type ManifestDeck, type Site, waitForReady, waitForCharts } from './harness.ts';
import { guardContext, SITE_CSP } from './site-policy.ts';
import { CURRENT_CHART_CANVAS } from '../../contracts/readiness.ts';

const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: (ManifestDeck & { presenterUrl?: string; lang?: string })[] };
const deck = manifest.decks.find((candidate) => candidate.id === 'overview' && candidate.lang !== 'en');
const english = manifest.decks.find((candidate) => candidate.lang === 'en');

let site: Site;
let context: BrowserContext;
let problems: string[];

beforeAll(async () => {
  site = await openSite({ basePath: '/talks/hu-dian/', headers: { 'Content-Security-Policy': SITE_CSP } });
  context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
  problems = await guardContext(context, site.server.url);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** A preview frame once it has navigated to its deck page. */
async function preview(popup: Page, role: 'current' | 'next', as: 'current' | 'next' | 'lead' = role): Promise<Frame> {
  const element = await popup.waitForSelector(`iframe[data-preview="${role}"]`, { state: 'attached' });
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`presenter view has no ${role} preview frame`);
  await frame.waitForURL(new RegExp(`presenter-preview=${as}`));
  return frame;
}

/** Waits until the presenter view shows this slide's notes. */
async function notesShow(presenter: Page, slideId: string): Promise<void> {
  await presenter.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, slideId);
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * The presenter view's own interface text (not the deck's notes or title, which are the deck's
 * words): every text node outside the notes, and every title and aria-label.
 */
async function chromeTexts(presenter: Page): Promise<string[]> {
  return presenter.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[data-presenter-notes], [data-presenter-deck-title]')) continue;
      if (node.textContent?.trim()) texts.push(node.textContent.trim());
    }
    for (const element of document.querySelectorAll('[title], [aria-label]')) texts.push(element.getAttribute('title') ?? '', element.getAttribute('aria-label') ?? '');
    return texts.filter((text) => text !== '' && text !== document.querySelector('[data-presenter-deck-title]')?.textContent);
  });
}

interface Box {
  readonly what: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * In the presenter page and in each preview frame: every visible language link, and every other
 * visible element's box it intersects (ancestors and descendants aside), in that document's viewport.
 */
async function languageLinkOverlaps(presenter: Page): Promise<{ links: number; overlaps: string[] }> {
  let links = 0;
  const overlaps: string[] = [];
  for (const frame of presenter.frames()) {
    const found = await frame.evaluate(() => {
      const visible = (element: Element): boolean => element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getClientRects().length > 0;
      const boxOf = (element: Element): Box => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { what: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`, x, y, width, height };
      };
      const within = (box: Box): boolean => box.width > 0 && box.height > 0 && box.x < innerWidth && box.y < innerHeight && box.x + box.width > 0 && box.y + box.height > 0;
      const meets = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      const switches = [...document.querySelectorAll('.lang-switch')].filter(visible);
      const hits: string[] = [];
      for (const link of switches) {
        const linkBox = boxOf(link);
        if (!within(linkBox)) continue;
        for (const other of document.body.querySelectorAll('*')) {
          if (other === link || other.contains(link) || link.contains(other) || !visible(other)) continue;
          const box = boxOf(other);
          if (within(box) && meets(linkBox, box)) hits.push(`${location.pathname}${location.search}: ${linkBox.what} covers ${box.what}`);
        }
      }
      return { links: switches.length, hits };
    });
    links += found.links;
    overlaps.push(...found.hits);
  }
  return { links, overlaps };
}

async function previewShows(frame: Frame, slideId: string): Promise<number> {
  await frame.waitForFunction((id) => document.querySelector('section.present')?.id === id, slideId);
  await waitForCharts(frame, CURRENT_CHART_CANVAS);
  return drawnPixels(frame, 'section.present canvas[data-chart-id]', 'all');
}

describe('presenter view (its own page, under the site CSP and a sub-path)', () => {
  it('key S opens it with the current notes, a running timer with pacing, and previews of this and the next slide', async () => {
    if (!deck) throw new Error('decks.json has no overview deck');
    expect(deck.presenterUrl).toBe(`slides/presenter/?deck=${deck.id}`);
    const index = deck.slides.findIndex((slide) => slide.id === 'ledger-status');
    const current = deck.slides[index];
    const next = deck.slides[index + 1];
    const after = deck.slides[index + 2];
    if (!current || !next || !after) throw new Error('overview needs ledger-status and two slides after it');

    const page = await context.newPage();
    await page.goto(`${site.server.url}${deck.url}#/${current.id}`);
    await waitForDeck(page);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    expect(popup.url()).toContain('/talks/hu-dian/slides/presenter/?deck=overview');

    await notesShow(popup, current.id);
    await popup.waitForSelector('body[data-pairing="paired"]');
    expect(await popup.$eval('.presenter-notes', (el) => el.textContent ?? '')).toContain('台账');
    expect(await popup.$eval('[data-presenter-progress]', (el) => el.textContent ?? '')).toContain(`${index + 1} / ${deck.slides.length}`);
    expect(await popup.$eval('[data-presenter-planned]', (el) => el.textContent ?? '')).toBe(`${deck.minutes}:00`);
    expect(await popup.$eval('[data-presenter-pace]', (el) => el.textContent ?? '')).toMatch(/按计划|比计划/);
    const before = await popup.$eval('[data-presenter-elapsed]', (el) => el.textContent ?? '');
    expect(before).toMatch(/^\d+:\d\d$/);
    await popup.waitForFunction((shown) => document.querySelector('[data-presenter-elapsed]')?.textContent !== shown, before);

    expect(await previewShows(await preview(popup, 'current'), current.id)).toBeGreaterThan(500);
    await previewShows(await preview(popup, 'next'), next.id);
    // Previews are only pictures: no controls, no progress bar.
    expect(await (await preview(popup, 'current')).$$eval('.reveal .controls, .reveal .progress', (list) => list.filter((el) => getComputedStyle(el).display !== 'none').length)).toBe(0);

    // Stepping from the presenter moves the deck, the notes and both previews.
    await popup.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, next.id);
    await popup.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, next.id);
    await previewShows(await preview(popup, 'current'), next.id);
    await previewShows(await preview(popup, 'next'), after.id);

    // Stepping in the deck moves the presenter view.
    await page.keyboard.press('ArrowLeft');
    await popup.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, current.id);

    await popup.screenshot({ path: resolve(DIST, '..', '.cache', 'presenter-view.png') });
    await popup.close();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('follows the English edition with English previews, apart from the Chinese one', async () => {
    if (!english) return;
    const page = await context.newPage();
    await page.goto(`${site.server.url}${english.url}`);
    await waitForDeck(page);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    expect(popup.url()).toContain(`slides/presenter/?deck=${english.id}&lang=en`);
    const first = english.slides[0];
    if (!first) throw new Error('English deck without slides');
    await popup.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, first.id);
    const current = await preview(popup, 'current');
    expect(current.url()).toContain(`slides/${english.id}/en.html?presenter-preview=current`);
    await previewShows(current, first.id);
    expect(await current.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.close();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('opened on its own from presenterUrl, it drives the deck itself from the linked slide, and pairs with an audience window opened from it', async () => {
    if (!deck?.presenterUrl) throw new Error('decks.json has no overview presenterUrl');
    const index = deck.slides.findIndex((slide) => slide.id === 'ledger-status');
    const [current, next, after] = [deck.slides[index], deck.slides[index + 1], deck.slides[index + 2]];
    if (!current || !next || !after) throw new Error('overview needs ledger-status and two slides after it');

    const presenter = await context.newPage();
    await presenter.goto(`${site.server.url}${deck.presenterUrl}#/${current.id}`);
    // No deck window answers the handshake: the view says so and its own preview shows the linked slide.
    await presenter.waitForSelector('body[data-pairing="standalone"]');
    await notesShow(presenter, current.id);
    expect(await presenter.$eval('.presenter-notes', (el) => el.textContent ?? '')).toContain('台账');
    expect(await presenter.$eval('[data-presenter-progress]', (el) => el.textContent ?? '')).toContain(`${index + 1} / ${deck.slides.length}`);
    expect(await presenter.$eval('[data-presenter-planned]', (el) => el.textContent ?? '')).toBe(`${deck.minutes}:00`);
    expect(await presenter.$eval('[data-pairing-hint]', (el) => el.textContent ?? '')).toMatch(/打开观众窗口.*按 S/);
    expect(await presenter.isVisible('[data-open-audience]')).toBe(true);
    expect(await previewShows(await preview(presenter, 'current', 'lead'), current.id)).toBeGreaterThan(500);
    await previewShows(await preview(presenter, 'next'), next.id);

    // → steps the deck it drives: notes and both previews move.
    await presenter.keyboard.press('ArrowRight');
    await notesShow(presenter, next.id);
    await previewShows(await preview(presenter, 'current', 'lead'), next.id);
    await previewShows(await preview(presenter, 'next'), after.id);
    await presenter.keyboard.press('PageUp');
    await notesShow(presenter, current.id);

    // The audience window opens at the current slide and pairs: the presenter follows it.
    const [audience] = await Promise.all([presenter.waitForEvent('popup'), presenter.click('[data-open-audience]')]);
    expect(audience.url()).toContain(`slides/${deck.id}/#/${current.id}`);
    await waitForDeck(audience);
    await presenter.waitForSelector('body[data-pairing="paired"]');
    expect(await presenter.isVisible('[data-open-audience]')).toBe(false);
    await audience.keyboard.press('ArrowRight');
    await notesShow(presenter, next.id);
    await previewShows(await preview(presenter, 'current', 'lead'), next.id);
    // …and steers it.
    await presenter.keyboard.press('ArrowRight');
    await audience.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, after.id);

    // When the audience window closes, the presenter view drives the deck again from there.
    await audience.close({ runBeforeUnload: true });
    await presenter.waitForSelector('body[data-pairing="standalone"]');
    await presenter.keyboard.press('ArrowLeft');
    await notesShow(presenter, next.id);
    await presenter.close();
    expect(problems).toEqual([]);
  });

  it('shows the step count of a slide that builds in steps (a chart growing with fragments)', async () => {
    const puer = manifest.decks.find((candidate) => candidate.id === 'puer' && candidate.lang !== 'en');
    if (!puer?.presenterUrl) throw new Error('decks.json has no puer presenterUrl');
    const presenter = await context.newPage();
    await presenter.goto(`${site.server.url}${puer.presenterUrl}#/sugarcane`);
    await presenter.waitForSelector('body[data-pairing="standalone"]');
    await notesShow(presenter, 'sugarcane');
    const progress = () => presenter.$eval('[data-presenter-progress]', (el) => el.textContent ?? '');
    await presenter.waitForFunction(() => (document.querySelector('[data-presenter-progress]')?.textContent ?? '').includes('步骤 1/3'));
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() => (document.querySelector('[data-presenter-progress]')?.textContent ?? '').includes('步骤 2/3'));
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() => (document.querySelector('[data-presenter-progress]')?.textContent ?? '').includes('步骤 3/3'));
    expect(await progress()).toMatch(/^第 \d+ \/ \d+ 张 · 步骤 3\/3$/);
    // The next press leaves the slide: no step count on a slide without fragments.
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() => !(document.querySelector('[data-presenter-progress]')?.textContent ?? '').includes('步骤'));
    await presenter.close();
    expect(problems).toEqual([]);
  });

  it('the English presenter view labels its own interface in English only', async () => {
    if (!english?.presenterUrl) throw new Error('decks.json has no English presenterUrl');
    const first = english.slides[0];
    if (!first) throw new Error('English deck without slides');
    const presenter = await context.newPage();
    await presenter.goto(`${site.server.url}${english.presenterUrl}`);
    await presenter.waitForSelector('body[data-pairing="standalone"]');
    await notesShow(presenter, first.id);
    expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('en');
    const texts = await chromeTexts(presenter);
    expect(texts).toEqual(expect.arrayContaining(['Presenter view', 'Notes', 'Next', 'Elapsed', 'Open audience window']));
    expect(texts.filter((text) => CJK.test(text))).toEqual([]);
    await presenter.close();
    expect(problems).toEqual([]);
  });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    it(`no language link covers anything in the presenter view at ${viewport.width}×${viewport.height}; notes are legible`, async () => {
      if (!deck?.presenterUrl) throw new Error('decks.json has no overview presenterUrl');
      const presenter = await context.newPage();
      await presenter.setViewportSize(viewport);
      await presenter.goto(`${site.server.url}${deck.presenterUrl}#/ledger-status`);
      await notesShow(presenter, 'ledger-status');
      await previewShows(await preview(presenter, 'current', 'lead'), 'ledger-status');
      await waitForReady((await preview(presenter, 'next')), 'deck');
      const { overlaps } = await languageLinkOverlaps(presenter);
      expect(overlaps).toEqual([]);
      // Nothing of the view runs off the screen, and the notes are at least 18 px.
      expect(await presenter.evaluate(() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await presenter.$eval('.presenter-notes', (el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
      await presenter.screenshot({ path: resolve(DIST, '..', '.cache', `presenter-alone-${viewport.width}.png`) });
      await presenter.close();
      expect(problems).toEqual([]);
    });
  }
});
