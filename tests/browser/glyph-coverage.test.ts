import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import type { Page } from 'playwright-core';
import subsetFont from 'subset-font';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, openSite, readManifest, type Site, waitForReady } from './harness.ts';
import { systemFontText } from './drawn-fonts.ts';

/**
 * Every character on every built page is in the font subset that page loads (issue 22: one glyph
 * source, site/glyph-sources.ts). A character outside the subset falls back to another font (or a
 * box): a different face in the middle of a line, and in a PDF a glyph from a font the reader lacks.
 *
 * Each page is opened as a visitor opens it and read once ready: its text (hidden text too, such as
 * notes and the no-script view), its attributes (popovers show them), CSS generated content, and
 * every string drawn on a canvas (recorded by wrapping fillText before the page runs). The font is
 * the one its stylesheets declare for “Noto Sans SC Deck”, read back with harfbuzz.
 */

const DECK_FAMILY = 'Noto Sans SC Deck';
/** Drawn as nothing, need no glyph (fonts.ts): ASCII whitespace, zero-width break marks. */
const NO_GLYPH = /[\t\n\r \u00a0\u200b\u2060\ufeff]/u;

declare global {
  interface Window {
    __drawnText?: string[];
  }
}

/** Runs before any page script: remembers every string a canvas draws. */
function recordCanvasText(): void {
  window.__drawnText = [];
  for (const method of ['fillText', 'strokeText'] as const) {
    const original = CanvasRenderingContext2D.prototype[method];
    CanvasRenderingContext2D.prototype[method] = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number): void {
      window.__drawnText?.push(String(text));
      if (maxWidth === undefined) original.call(this, text, x, y);
      else original.call(this, text, x, y, maxWidth);
    };
  }
}

interface PageGlyphs {
  /** Every character the page shows or can show, with where it was found first. */
  readonly characters: Record<string, string>;
  /** The deck font's files (absolute URLs), by weight. */
  readonly fonts: Record<string, string>;
}

/** Reads the page's characters and its deck font files (runs in the page). */
function readPage(family: string): PageGlyphs {
  const characters: Record<string, string> = {};
  const add = (text: string | null | undefined, where: string): void => {
    for (const char of text ?? '') if (!(char in characters)) characters[char] = where;
  };
  const describe = (element: Element): string => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length > 0 ? `.${[...element.classList].join('.')}` : ''}`;
  add(document.title, 'title');
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    // Scripts and styles are code, not text; a chart's configuration holds the words it draws (recorded below).
    if (parent.closest('style') || (parent.closest('script') && !parent.closest('script[data-chart-config]'))) continue;
    add(node.textContent, describe(parent));
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name === 'style' || attribute.name === 'class' || attribute.name === 'href' || attribute.name === 'src') continue;
      add(attribute.value, `${describe(element)}[${attribute.name}]`);
    }
    for (const pseudo of ['::before', '::after', '::marker'] as const) {
      const content = getComputedStyle(element, pseudo).content;
      if (content && content !== 'none' && content !== 'normal') add(content.replace(/^"|"$/g, ''), `${describe(element)}${pseudo}`);
    }
  }
  for (const text of window.__drawnText ?? []) add(text, 'canvas');
  const fonts: Record<string, string> = {};
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      if (rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim() !== family) continue;
      const url = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (url) fonts[rule.style.getPropertyValue('font-weight') || '400'] = new URL(url, sheet.href ?? document.baseURI).href;
    }
  }
  return { characters, fonts };
}

/** The characters a WOFF2 font file has glyphs for (subset-font reads WOFF2 and writes TrueType for harfbuzz). */
const covered = new Map<string, Set<number>>();
async function charactersOf(file: string, wanted: string): Promise<Set<number>> {
  const key = `${file}\u0000${wanted}`;
  const known = covered.get(key);
  if (known) return known;
  const truetype = await subsetFont(readFileSync(file), wanted, { targetFormat: 'truetype' });
  const set = new Set(new Face(new Blob(truetype), 0).collectUnicodes());
  covered.set(key, set);
  return set;
}

/** The characters of `glyphs` that a font file lacks, each with where the page shows it. */
async function missingFrom(file: string, glyphs: PageGlyphs): Promise<string[]> {
  const chars = Object.keys(glyphs.characters).filter((char) => !NO_GLYPH.test(char) && (char.codePointAt(0) ?? 0) >= 0x20);
  const have = await charactersOf(file, chars.join(''));
  return chars.filter((char) => !have.has(char.codePointAt(0) ?? 0)).map((char) => `“${char}” U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()} (${glyphs.characters[char]})`);
}

let site: Site;
const manifest = readManifest();

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

type Ready = (page: Page) => Promise<void>;
const deckReady: Ready = (page) => waitForReady(page, 'deck');
const embedReady: Ready = (page) => waitForReady(page, 'embed');
const shown = (selector: string): Ready => async (page) => {
  await page.waitForSelector(selector, { state: 'attached' });
  await page.evaluate(async () => (await document.fonts.ready).status);
};

/** Every kind of built page: each deck in both editions as slides, reading view, embed and embed error; presenter; gallery; not-found pages. */
function builtPages(): { name: string; url: string; ready: Ready }[] {
  const pages: { name: string; url: string; ready: Ready }[] = [];
  for (const deck of manifest.decks) {
    const edition = deck.lang === 'en' ? 'en' : 'zh-CN';
    const first = deck.slides[1]?.id ?? deck.slides[0]?.id ?? '';
    const join = deck.url.includes('?') ? '&' : '?';
    pages.push(
      { name: `${deck.id} (${edition}) deck`, url: deck.url, ready: deckReady },
      { name: `${deck.id} (${edition}) reading view`, url: `${deck.url}${join}view=read`, ready: deckReady },
      { name: `${deck.id} (${edition}) embed`, url: `${deck.url}${join}embed=${first}`, ready: embedReady },
      { name: `${deck.id} (${edition}) embed of an unknown slide`, url: `${deck.url}${join}embed=no-such-slide`, ready: shown('[data-embed-not-found]') },
      { name: `${deck.id} (${edition}) presenter`, url: `slides/presenter/?deck=${deck.id}${edition === 'en' ? '&lang=en' : ''}`, ready: shown('.presenter-notes[data-slide-id]') },
    );
  }
  for (const lang of ['', '&lang=en']) {
    pages.push(
      { name: `embed redirect, unknown deck${lang}`, url: `embed/?deck=no-such-deck&slide=x${lang}`, ready: shown('[data-embed-not-found]') },
      { name: `embed redirect, unknown slide${lang}`, url: `embed/?deck=puer&slide=no-such-slide${lang}`, ready: shown('[data-embed-not-found]') },
      { name: `presenter, unknown deck${lang}`, url: `slides/presenter/?deck=no-such-deck${lang}`, ready: shown('[data-presenter-problem]') },
    );
  }
  pages.push({ name: 'gallery', url: '', ready: shown('body') }, { name: 'gallery (en)', url: 'en.html', ready: shown('body') });
  return pages;
}

async function glyphsOfPage(url: string, ready: Ready, change?: (page: Page) => Promise<void>): Promise<PageGlyphs> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  try {
    await page.addInitScript(recordCanvasText);
    await page.goto(`${site.server.url}${url}`);
    await ready(page);
    await change?.(page);
    return await page.evaluate(readPage, DECK_FAMILY);
  } finally {
    await page.close();
  }
}

/** The font files a page loads, as paths in dist/. */
function fontFiles(glyphs: PageGlyphs): string[] {
  return Object.values(glyphs.fonts).map((url) => resolve(DIST, decodeURIComponent(new URL(url).pathname).replace(/^\//, '')));
}

describe('glyph coverage: every character of every built page is in the font subset it loads', () => {
  it('fails on a page showing a character outside its subset (the check can fail)', async () => {
    // 龘 is in Noto Sans SC, but no text of the project uses it, so no subset has it.
    const glyphs = await glyphsOfPage(manifest.decks[0]?.url ?? '', deckReady, async (page) => {
      await page.evaluate(() => document.querySelector('.reveal .slides section h1, .reveal .slides section h2')?.append('龘'));
    });
    const files = fontFiles(glyphs);
    expect(files.length).toBe(2);
    for (const file of files) expect((await missingFrom(file, glyphs)).join('; ')).toContain('“龘” U+9F98');
  });

  it.each(builtPages().map((page) => [page.name, page] as const))('%s', async (_name, { url, ready }) => {
    const glyphs = await glyphsOfPage(url, ready);
    const files = fontFiles(glyphs);
    // Regular and bold, each subset to the page's characters.
    expect(Object.keys(glyphs.fonts).sort()).toEqual(['400', '700']);
    expect(Object.keys(glyphs.characters).length).toBeGreaterThan(20);
    for (const file of files) expect(await missingFrom(file, glyphs), file).toEqual([]);
  });
});

/**
 * Issue 23: a slide's own embed page (embed/<deck>/<slide>(.en).html) loads a font of exactly the
 * characters it draws, per weight, with what only its popover, its opened data table or its code
 * shows in late faces (a unicode-range each, fetched when drawn). So the check here is what the
 * browser drew with: for every element with text, the fonts Chromium rendered its text in
 * (DevTools `CSS.getPlatformFontsForNode`) must all be the page's own web fonts, never a system
 * font — first as the slide shows, then with each figure's popover open, then with each data
 * table open. The <title> is not checked: it is never drawn. Canvas text is checked against the
 * faces of the weight it was drawn in.
 */
/** Canvas strings with the font they were drawn in, against the page's faces of that weight (preloaded and late). */
function recordCanvasFonts(): void {
  const drawn: { text: string; font: string }[] = [];
  (window as unknown as { __drawnFonts: typeof drawn }).__drawnFonts = drawn;
  const original = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number): void {
    drawn.push({ text: String(text), font: this.font });
    if (maxWidth === undefined) original.call(this, text, x, y);
    else original.call(this, text, x, y, maxWidth);
  };
}

interface EmbedFaces {
  readonly drawn: { text: string; font: string }[];
  /** Per weight, the page's face files and their unicode-ranges ('' for all). */
  readonly faces: Record<string, { url: string; range: string }[]>;
}

function readEmbedFaces(): EmbedFaces {
  const faces: Record<string, { url: string; range: string }[]> = {};
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"][data-font-face]')) (faces[link.dataset.fontFace ?? ''] ??= []).push({ url: link.href, range: '' });
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="late-font"]')) (faces[meta.dataset.fontFace ?? ''] ??= []).push({ url: new URL(meta.content, document.baseURI).href, range: meta.dataset.unicodeRange ?? '' });
  return { drawn: (window as unknown as { __drawnFonts?: EmbedFaces['drawn'] }).__drawnFonts ?? [], faces };
}

function inRange(code: number, range: string): boolean {
  if (range === '') return true;
  return range.split(',').some((part) => {
    const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
    const low = Number.parseInt(first, 16);
    return code >= low && code <= (last === undefined ? low : Number.parseInt(last, 16));
  });
}

/** Characters drawn on a canvas that no face of their weight covers. */
async function canvasMissing(faces: EmbedFaces): Promise<string[]> {
  const missing: string[] = [];
  for (const { text, font } of faces.drawn) {
    const weight = /\b(bold|[6-9]00)\b/.test(font) ? '700' : '400';
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (NO_GLYPH.test(char) || code < 0x20) continue;
      let found = false;
      for (const face of faces.faces[weight] ?? []) {
        if (!inRange(code, face.range)) continue;
        const file = resolve(DIST, decodeURIComponent(new URL(face.url).pathname).replace(/^\//, ''));
        if ((await charactersOf(file, char)).has(code)) found = true;
      }
      if (!found) missing.push(`“${char}” (${weight}) in canvas text “${text}”`);
    }
  }
  return missing;
}

/** Opens each figure's popover, then each data table, checking what is drawn each time. */
async function embedSystemFonts(url: string, width: number): Promise<{ problems: string[]; faces: EmbedFaces }> {
  const page = await site.browser.newPage({ viewport: { width, height: Math.round((width * 9) / 16) }, reducedMotion: 'reduce' });
  try {
    await page.addInitScript(recordCanvasFonts);
    await page.goto(`${site.server.url}${url}`);
    await waitForReady(page, 'embed');
    const problems = [...(await systemFontText(page, 'body, body *'))];
    const figures = await page.locator('[data-quote]').count();
    for (let index = 0; index < figures; index += 1) {
      const figure = page.locator('[data-quote]').nth(index);
      if (!(await figure.isVisible())) continue;
      await figure.focus();
      await page.locator('.provenance').first().waitFor({ state: 'visible' });
      problems.push(...(await systemFontText(page, '.provenance, .provenance *')).map((problem) => `popover ${index}: ${problem}`));
    }
    for (const summary of await page.locator('details.chart-table > summary').all()) {
      if (!(await summary.isVisible())) continue;
      await summary.click();
      problems.push(...(await systemFontText(page, 'details.chart-table, details.chart-table *')).map((problem) => `table: ${problem}`));
    }
    const faces = await page.evaluate(readEmbedFaces);
    problems.push(...(await canvasMissing(faces)));
    return { problems, faces };
  } finally {
    await page.close();
  }
}

/** The compact layout (under 800 px) sets the slide again: one slide of each layout at 360 px (every slide at 1280 px below). */
function compactSample(): { name: string; url: string }[] {
  const seen = new Set<string>();
  const sample: { name: string; url: string }[] = [];
  for (const deck of manifest.decks) {
    for (const slide of deck.slides) {
      const layout = /data-layout="([^"]+)"/.exec(readFileSync(resolve(DIST, slide.embedUrl), 'utf8'))?.[1] ?? '';
      if (seen.has(`${deck.lang}|${layout}`)) continue;
      seen.add(`${deck.lang}|${layout}`);
      sample.push({ name: `${slide.embedUrl} at 360 px (${layout})`, url: slide.embedUrl });
    }
  }
  return sample;
}

describe('glyph coverage of the slide embed pages: all text drawn in the page’s own fonts, popovers and tables open', () => {
  it('fails when a character is outside the page’s faces (the check can fail)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 960, height: 540 } });
    try {
      await page.goto(`${site.server.url}${manifest.decks[0]?.slides[0]?.embedUrl ?? ''}`);
      await waitForReady(page, 'embed');
      await page.evaluate(() => document.querySelector('section h1, section h2')?.append('龘'));
      expect((await systemFontText(page, 'section h1, section h2')).join('\n')).toMatch(/×1 in <h/);
    } finally {
      await page.close();
    }
  });

  it.each(manifest.decks.flatMap((deck) => deck.slides.map((slide) => [slide.embedUrl] as const)))('%s', async (url) => {
    const { problems, faces } = await embedSystemFonts(url, 1280);
    expect(Object.keys(faces.faces).sort()).toEqual(['400', '700']);
    expect(problems).toEqual([]);
  });

  it.each(compactSample().map((entry) => [entry.name, entry] as const))('%s', async (_name, { url }) => {
    expect((await embedSystemFonts(url, 360)).problems).toEqual([]);
  });
});
