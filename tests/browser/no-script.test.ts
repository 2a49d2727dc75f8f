import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, type ManifestDeck, type Site, waitForReady } from './harness.ts';

interface Deck extends ManifestDeck {
  readonly offlineUrl: string;
}
const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: Deck[] };

/** What a reader with JavaScript off sees of each slide: its box and whether its title is on screen. */
async function readSlides(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  const result = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((section) => {
      const box = section.getBoundingClientRect();
      const heading = section.querySelector<HTMLElement>('h1, h2');
      const headingBox = heading?.getBoundingClientRect();
      const style = heading ? getComputedStyle(heading) : null;
      return {
        id: section.id,
        height: box.height,
        headingVisible: Boolean(headingBox && headingBox.height > 0 && style && style.visibility === 'visible' && Number(style.opacity) > 0),
        notesShown: [...section.querySelectorAll('aside.notes')].some((notes) => (notes as HTMLElement).getBoundingClientRect().height > 0),
      };
    });
    // Visible text that runs past the right edge of the page (a reader would have to scroll sideways).
    const wide = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section *')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.right > viewport + 1 && getComputedStyle(element).visibility === 'visible';
    }).length;
    const text = document.body.innerText;
    return { sections, wide, text, scrollWidth: document.documentElement.scrollWidth, viewport };
  });
  await page.close();
  return result;
}

describe('with JavaScript off', () => {
  let site: Site;
  let context: BrowserContext;
  let phone: BrowserContext;
  beforeAll(async () => {
    site = await openSite();
    context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    phone = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await phone?.close();
    await context?.close();
    await site?.close();
  });

  for (const deck of manifest.decks) {
    it(`${deck.id} (${deck.lang}): the deck page and its offline file read as a page, every slide's title and figures shown, notes hidden`, async () => {
      for (const url of [deck.url, deck.offlineUrl]) {
        const seen = await readSlides(context, `${site.server.url}${url}`);
        expect(seen.sections.map((section) => section.id), url).toEqual(deck.slides.map((slide) => slide.id));
        for (const section of seen.sections) {
          expect(section.height, `${url}#${section.id}`).toBeGreaterThan(80);
          expect(section.headingVisible, `${url}#${section.id} heading`).toBe(true);
          expect(section.notesShown, `${url}#${section.id} notes`).toBe(false);
        }
        expect(seen.scrollWidth, url).toBeLessThanOrEqual(seen.viewport);
        expect(seen.wide, url).toBe(0);
        // Every slide title is there to read, and the figures with it (they are text, not drawn).
        for (const slide of deck.slides) expect(seen.text.replace(/\s+/g, ''), `${url}: ${slide.id}`).toContain(slide.title.replace(/\s+/g, '').slice(0, 12));
      }
      // On a phone too: nothing wider than the screen.
      const onPhone = await readSlides(phone, `${site.server.url}${deck.url}`);
      expect(onPhone.scrollWidth, `${deck.url} at 390 px`).toBeLessThanOrEqual(onPhone.viewport);
      expect(onPhone.wide, `${deck.url} at 390 px`).toBe(0);
    });
  }

  it('a chart is its data table, open, with its values and units in words', async () => {
    // No chart of the catalog plots an unknown any more (a gap is said beside it in words, and the damaged
    // 94.万元 is a build-time mark with its printed text): the table of honghe's pairs chart carries the values.
    const page = await context.newPage();
    await page.goto(`${site.server.url}slides/honghe/`);
    const table = page.locator('#pairs .chart-table table');
    expect(await table.isVisible()).toBe(true);
    const text = (await table.innerText()).replace(/\s+/g, '');
    for (const value of ['30所', '50所', '16所', '23所']) expect(text).toContain(value);
    expect(await page.locator('#pairs canvas').isVisible()).toBe(false);
    // The lower bound reads as printed without a script too.
    await page.goto(`${site.server.url}slides/lijiang/`);
    const expo = (await page.locator('#expo-sales').innerText()).replace(/\s+/g, '');
    expect(expo).toContain('94万元以上');
    expect(expo).toContain('94.万元');
    await page.close();
  });

  it('an embed says it needs JavaScript and links the readable decks', async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}embed/?deck=puer&slide=sugarcane`);
    const message = page.locator('#embed-message');
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toContain('需要启用 JavaScript');
    expect(await message.locator('a[href="../"]').count()).toBe(1);
    await page.close();
  });
});

describe('with JavaScript on', () => {
  it('the page view is the reveal deck, not the no-script page (one slide on screen)', async () => {
    const site = await openSite();
    try {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${site.server.url}slides/puer/`);
      await waitForReady(page, 'deck');
      const visible = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].filter((section) => getComputedStyle(section).display !== 'none' && section.getBoundingClientRect().height > 0 && getComputedStyle(section).visibility === 'visible').length);
      expect(visible).toBe(1);
    } finally {
      await site.close();
    }
  });
});
