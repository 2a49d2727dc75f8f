import { type Lang } from '../contracts/lang.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { pageGlyphText } from './glyph-sources.ts';
import { OFFLINE_ATTR, REFLOW_STYLES_ATTR } from '../contracts/offline.ts';
import { subsetForText } from './fonts.ts';
import { bundleScripts, dataUrl, dropRepeatedFontFaces, escapeForElement, fileDataUrl, inlineCssUrls } from './offline-inline.ts';

/** Each offline deck must stay under this size. */
export const OFFLINE_MAX_BYTES = 1.5 * 1024 * 1024;

/** Where a deck's offline file lives, relative to the site root (decks.json's offlineUrl). */
export function offlinePath(deck: string, lang: Lang = 'zh-CN'): string {
  return lang === 'en' ? `offline/${deck}.en.html` : `offline/${deck}.html`;
}

/** The built page an offline file is made from, relative to the site root. */
function pagePath(deck: string, lang: Lang): string {
  return `slides/${deck}/${lang === 'en' ? 'en.html' : 'index.html'}`;
}

/** One deck page to make offline: the Chinese deck, or its English edition. */
export interface OfflinePage {
  readonly deck: string;
  readonly lang: Lang;
}

export interface OfflineDeck {
  readonly deck: string;
  readonly lang: Lang;
  readonly path: string;
  readonly bytes: number;
}

const FONT_FILE = /noto-sans-sc-deck-(\d+)-[^/]*\.woff2$/;
const DOWNLOADABLE = /\.(json|csv)$/;

/** Swaps an element for a marker; the real content goes in after serialising, untouched by the parser. */
class Splicer {
  private readonly parts: string[] = [];
  replace(element: HTMLElement, content: string): void {
    element.replaceWith(`<!--offline-part-${this.parts.length}-->`);
    this.parts.push(content);
  }
  append(parent: HTMLElement, content: string): void {
    parent.insertAdjacentHTML('beforeend', `<!--offline-part-${this.parts.length}-->`);
    this.parts.push(content);
  }
  apply(html: string): string {
    return html.replace(/<!--offline-part-(\d+)-->/g, (_marker, index: string) => this.parts[Number(index)] ?? '');
  }
}

/**
 * The built read.css (the reading view's and compact embeds' stylesheet). Deck pages fetch it only
 * when they reflow; an offline file cannot fetch, so it carries it inline.
 */
function builtReflowStylesheet(outDir: string): string {
  const assets = join(outDir, 'assets');
  const found = readdirSync(assets).filter((name) => /^read-[\w-]+\.css$/.test(name));
  if (found.length !== 1) throw new Error(`${assets}: expected one built read-*.css (the reading view's stylesheet), found ${found.length}`);
  return join(assets, found[0] ?? '');
}

/**
 * One deck as a single HTML file that works from file:// with no network: its module script
 * bundled into one inline module, its stylesheets inline, the font subset to the deck's own
 * characters as data: URLs, and the data downloads as data: links.
 */
export async function buildOfflineDeck(outDir: string, deck: string, glyphText: string, fontCacheDir: string, lang: Lang = 'zh-CN'): Promise<string> {
  const htmlPath = join(outDir, pagePath(deck, lang));
  const html = readFileSync(htmlPath, 'utf8');
  const fonts = await subsetForText(glyphText, fontCacheDir);
  const root = parse(html, { comment: true });
  const splicer = new Splicer();
  const local = (reference: string): string => resolve(dirname(htmlPath), reference.split(/[?#]/)[0] ?? reference);
  const swapFont = (path: string): string | null => {
    const weight = Number(FONT_FILE.exec(path)?.[1] ?? NaN);
    const font = fonts.get(weight);
    return font ? dataUrl(font, 'font/woff2') : null;
  };

  for (const link of root.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')) link.remove();
  const fontFaces = new Set<string>();
  for (const link of root.querySelectorAll('link[rel="stylesheet"][href]')) {
    const cssPath = local(link.getAttribute('href') ?? '');
    const css = inlineCssUrls(dropRepeatedFontFaces(readFileSync(cssPath, 'utf8'), fontFaces), cssPath, swapFont);
    splicer.replace(link, `<style>${escapeForElement(css, 'style')}</style>`);
  }
  const reflowPath = builtReflowStylesheet(outDir);
  const reflowCss = inlineCssUrls(dropRepeatedFontFaces(readFileSync(reflowPath, 'utf8'), fontFaces), reflowPath, swapFont);
  const head = root.querySelector('head');
  if (head) splicer.append(head, `<style ${REFLOW_STYLES_ATTR}>${escapeForElement(reflowCss, 'style')}</style>`);
  const scripts = root.querySelectorAll('script[type="module"][src]');
  const last = scripts.at(-1);
  if (last) {
    const code = await bundleScripts(scripts.map((script) => local(script.getAttribute('src') ?? '')));
    for (const script of scripts.slice(0, -1)) script.remove();
    splicer.replace(last, `<script type="module">${escapeForElement(code, 'script')}</script>`);
  }
  for (const anchor of root.querySelectorAll('a[href]')) {
    const href = anchor.getAttribute('href') ?? '';
    if (/^[a-z]+:|^#/i.test(href) || !DOWNLOADABLE.test(href.split(/[?#]/)[0] ?? '')) continue;
    const path = local(href);
    if (existsSync(path) && statSync(path).isFile()) anchor.setAttribute('href', fileDataUrl(path));
  }
  // A link to another deck (the overview's pairing map) goes to that deck's offline file beside this one.
  for (const anchor of root.querySelectorAll('a[data-deck-link]')) {
    anchor.setAttribute('href', offlinePath(anchor.getAttribute('data-deck-link') ?? '', lang).replace(/^offline\//, ''));
  }
  root.querySelector('html')?.setAttribute(OFFLINE_ATTR, '');
  return splicer.apply(root.toString());
}

/** The characters a built deck page can show: its own text and the runtime's UI text. */
export function deckPageGlyphs(outDir: string, deck: string, root: string, lang: Lang = 'zh-CN'): string {
  return pageGlyphText(readFileSync(join(outDir, pagePath(deck, lang)), 'utf8'), root);
}

/** Writes <outDir>/offline/<deck>.html for every deck; fails when one exceeds OFFLINE_MAX_BYTES. */
export async function writeOfflineDecks(outDir: string, pages: readonly OfflinePage[], root: string, fontCacheDir: string): Promise<OfflineDeck[]> {
  mkdirSync(join(outDir, 'offline'), { recursive: true });
  const written: OfflineDeck[] = [];
  for (const { deck, lang } of pages) {
    const glyphs = deckPageGlyphs(outDir, deck, root, lang);
    const html = await buildOfflineDeck(outDir, deck, glyphs, fontCacheDir, lang);
    const bytes = Buffer.byteLength(html);
    const file = offlinePath(deck, lang);
    if (bytes > OFFLINE_MAX_BYTES) throw new Error(`${file} is ${(bytes / 1048576).toFixed(2)} MB, over the 1.5 MB limit`);
    const path = join(outDir, file);
    writeFileSync(path, html);
    written.push({ deck, lang, path, bytes });
  }
  return written;
}
