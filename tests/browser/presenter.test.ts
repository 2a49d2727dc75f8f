import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { DIST, drawnPixels, openSite, waitForDeck, type ManifestDeck, type Site } from './harness.ts';
import { guardContext, SITE_CSP } from './site-policy.ts';

const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: (ManifestDeck & { presenterUrl?: string; lang?: string })[] };
const deck = manifest.decks.find((candidate) => candidate.id === 'xishuangbanna' && candidate.lang !== 'en');
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
async function preview(popup: Page, role: 'current' | 'next'): Promise<Frame> {
  const element = await popup.waitForSelector(`iframe[data-preview="${role}"]`, { state: 'attached' });
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`presenter view has no ${role} preview frame`);
  await frame.waitForURL(new RegExp(`presenter-preview=${role}`));
  return frame;
}

async function previewShows(frame: Frame, slideId: string): Promise<number> {
  await frame.waitForFunction((id) => document.querySelector('section.present')?.id === id, slideId);
  await frame.waitForFunction(() => [...document.querySelectorAll('section.present canvas[data-chart-id]')].every((c) => c.hasAttribute('data-chart-ready')));
  return drawnPixels(frame, 'section.present canvas[data-chart-id]', 'all');
}

describe('presenter view (its own page, under the site CSP and a sub-path)', () => {
  it('key S opens it with the current notes, a running timer with pacing, and previews of this and the next slide', async () => {
    if (!deck) throw new Error('decks.json has no xishuangbanna deck');
    expect(deck.presenterUrl).toBe(`slides/presenter/?deck=${deck.id}`);
    const index = deck.slides.findIndex((slide) => slide.id === 'jobs-offered');
    const current = deck.slides[index];
    const next = deck.slides[index + 1];
    const after = deck.slides[index + 2];
    if (!current || !next || !after) throw new Error('xishuangbanna needs jobs-offered and two slides after it');

    const page = await context.newPage();
    await page.goto(`${site.server.url}${deck.url}#/${current.id}`);
    await waitForDeck(page);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    expect(popup.url()).toContain('/talks/hu-dian/slides/presenter/?deck=xishuangbanna');

    await popup.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, current.id);
    expect(await popup.$eval('.presenter-notes', (el) => el.textContent ?? '')).toContain('4.88万个');
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
});
