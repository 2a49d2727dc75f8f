import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showSlide } from '../../scripts/lib/show-slide.ts';
import { openSite, waitForDeck, type Site, readManifest } from './harness.ts';
import { typesetProblems } from './typeset-probe.ts';

/**
 * Text set as a publication would set it (issue 20), on every slide of both editions at 1280×720
 * and in the 390×844 reading view: no line break inside a Chinese phrase, no figure or “？”+unit
 * over two lines, no English word split, no content larger than its box or framed box cut off, no
 * production words (settings, commands, file names, words to the speaker) where the audience reads.
 */
const manifest = readManifest();

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('typesetting, every slide of both editions', () => {
  for (const deck of manifest.decks) {
    it(`${deck.id} (${deck.lang}) at 1280×720`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
      await page.goto(`${site.server.url}${deck.url}`);
      await waitForDeck(page);
      const problems: string[] = [];
      for (const slide of deck.slides) {
        await showSlide(page, slide.id);
        problems.push(...(await typesetProblems(page, '.reveal .slides > section.present')).map((what) => `${slide.id}: ${what}`));
      }
      await page.close();
      expect(problems).toEqual([]);
    });

    it(`${deck.id} (${deck.lang}) in the reading view at 390×844`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', isMobile: true, hasTouch: true });
      await page.goto(`${site.server.url}${deck.url.replace(/#.*$/, '')}`);
      await waitForDeck(page);
      const problems: string[] = [];
      for (const slide of deck.slides) problems.push(...(await typesetProblems(page, `section#${slide.id}`)).map((what) => `${slide.id}: ${what}`));
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('the galleries show no production words and break no phrase or word', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const path of ['', 'en.html']) {
      await page.goto(`${site.server.url}${path}`);
      expect(await typesetProblems(page, 'body'), path || 'index.html').toEqual([]);
    }
    await page.close();
  });
});

describe('the typesetting check can fail', () => {
  it('catches a broken phrase, a figure and a “？”+unit over two lines, a split English word, an overflowing box, a clipped frame and production words', async () => {
    const page = await site.browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.setContent(`<!doctype html><html lang="zh-CN"><body style="font: 24px 'Noto Sans CJK SC', sans-serif">
      <main id="fixture">
        <p style="width: 3.5em; word-break: break-all">宁洱县当好上海兵</p>
        <p style="width: 4em">提供岗位<span data-figure="x" style="word-break: break-all"><span class="fig-value">48,800 jobs</span></span></p>
        <p style="width: 1em; word-break: break-all">？户</p>
        <p style="width: 4em; word-break: break-all" lang="en">committees</p>
        <div style="width: 100px; height: 30px; overflow: hidden">text<div style="height: 80px">tall</div></div>
        <div style="width: 200px; height: 40px; overflow: hidden"><div style="border: 2px dashed; height: 60px">？年</div></div>
        <p>二维码未生成（DECKS_BASE_URL）· npm run pdf · decks.json · 原文句子见讲者备注</p>
      </main></body></html>`);
    const problems = await typesetProblems(page, '#fixture');
    const expected = [/^phrase broken across lines: “上海兵”/, /^figure over two lines: x/, /^“？” and its unit on two lines: “？户”/, /^word split across lines: “committees”/, /^content overflows its box/, /^framed box clipped/,
      /production text visible: “DECKS_BASE_URL”/, /production text visible: “npm ”/, /production text visible: “decks.json”/, /production text visible: “讲者备注”/];
    for (const pattern of expected) expect(problems.some((problem) => pattern.test(problem)), `${pattern} in ${JSON.stringify(problems)}`).toBe(true);
    await page.close();
  });
});

/**
 * “Pu’er”: in English, quotes, apostrophes, dashes, “…” and “·” are drawn from the Latin face
 * (common/latin-punctuation.ts), not as the CJK font's full-width forms; Chinese text, in the Chinese
 * edition or quoted inside English, keeps the CJK font's. Asked of the renderer itself (the platform
 * fonts Chromium used for each element's own text), on every slide of the overview and Pu’er decks.
 */
describe('English punctuation from a Latin face', () => {
  const LATIN = /[‘’“”–—…·]/;
  /** For each element whose own text holds one of the characters: its language and the fonts Chromium drew its text with. */
  async function punctuationFonts(page: import('playwright-core').Page, scope: string): Promise<{ text: string; lang: string; fonts: string[] }[]> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `${scope} *` });
    const found: { text: string; lang: string; fonts: string[] }[] = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1 });
      const own = (node.children ?? []).filter((child) => child.nodeType === 3).map((child) => child.nodeValue).join('');
      if (!LATIN.test(own)) continue;
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      if (fonts.length === 0) continue; // not rendered (hidden)
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const lang = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.closest("[lang]")?.lang ?? ""; }', returnByValue: true });
      found.push({ text: own.trim().slice(0, 40), lang: String(lang.result.value), fonts: fonts.map((font) => font.familyName) });
    }
    await cdp.detach();
    return found;
  }

  for (const deckId of ['overview', 'puer']) {
    it(`${deckId}: English punctuation in the Latin face, Chinese punctuation in the CJK font, both editions`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
      const wrong: string[] = [];
      let english = 0;
      for (const deck of manifest.decks.filter((entry) => entry.id === deckId)) {
        await page.goto(`${site.server.url}${deck.url}`);
        await waitForDeck(page);
        for (const slide of deck.slides) {
          await showSlide(page, slide.id);
          for (const { text, lang, fonts } of await punctuationFonts(page, '.reveal .slides > section.present')) {
            const latin = fonts.some((family) => /Source Sans/.test(family));
            if (lang.startsWith('en')) english += 1;
            if (lang.startsWith('en') !== latin) wrong.push(`${deck.lang} ${slide.id}: “${text}” (${lang}) drawn with ${fonts.join(', ')}`);
          }
        }
        if (deck.lang === 'en') expect(await page.evaluate(() => document.fonts.check('400 20px "Deck Latin Punctuation"', '’')), 'the face is loaded before charts draw').toBe(true);
      }
      await page.close();
      expect(english, 'English texts with such punctuation were found').toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    });
  }
});
