import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { FONT_WEIGHTS, subsetForText } from './fonts.ts';
import { pageGlyphText } from './glyph-sources.ts';

/** A face of characters a page shows only on request (site/embed-pages.ts embedPageGlyphSplit): its subset and exactly those characters. */
export interface LateFace {
  readonly font: Uint8Array;
  readonly chars: string;
}

/** A CSS unicode-range of exactly these characters, consecutive code points joined (U+4E00-4E02,U+4E8C). */
export function unicodeRange(chars: string): string {
  const codes = [...new Set([...chars].map((char) => char.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let index = 0; index < codes.length; ) {
    const first = codes[index] ?? 0;
    let last = first;
    while (codes[index + 1] === last + 1) {
      index += 1;
      last += 1;
    }
    index += 1;
    const hex = (code: number): string => code.toString(16).toUpperCase();
    ranges.push(last === first ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`);
  }
  return ranges.join(',');
}

export interface PageFontFile {
  readonly fileName: string;
  readonly source: Uint8Array | string;
}

function shortHash(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}

/**
 * A deck page's own font: Noto Sans SC subset to exactly what that page can show (its text,
 * attributes, chart configurations, and the runtime's UI text) — or the `subset` the caller made, as
 * a slide's embed page does (site/embed-pages.ts) — with the stylesheet declaring it.
 * Returns the files to emit (under assets/) and the page with the stylesheet linked and the
 * fonts preloaded, so a deck downloads only its own glyphs.
 */
export async function withPageFont(
  html: string,
  pageDepth: number,
  root: string,
  cacheDir: string,
  subset?: Map<number, Uint8Array>,
  /** 'stylesheet': a small stylesheet declares the faces; 'script': the preloads name their weight (data-font-face) and the page's script declares them (runtime/embed/page-fonts.ts), one request fewer. */
  declare: 'stylesheet' | 'script' = 'stylesheet',
  /** With 'script': per weight, a face of the characters shown only on request, not preloaded (`<meta name="late-font">`, runtime/embed/page-fonts.ts). */
  late: ReadonlyMap<number, LateFace> = new Map(),
): Promise<{ html: string; files: PageFontFile[] }> {
  const page = parse(html, { comment: true });
  const fonts = subset ?? (await subsetForText(pageGlyphText(html, root), cacheDir));
  const up = '../'.repeat(pageDepth);
  const files: PageFontFile[] = [];
  const faces: string[] = [];
  const preloads: string[] = [];
  for (const { weight } of FONT_WEIGHTS) {
    const font = fonts.get(weight);
    if (!font) throw new Error(`no subset of weight ${weight}`);
    const fileName = `assets/noto-sans-sc-deck-${weight}-${shortHash(font)}.woff2`;
    files.push({ fileName, source: font });
    faces.push(
      `@font-face{font-family:'Noto Sans SC Deck';font-style:normal;font-weight:${weight};font-display:block;src:url('./${fileName.slice('assets/'.length)}') format('woff2')}`,
    );
    const face = declare === 'script' ? ` data-font-face="${weight}"` : '';
    preloads.push(`<link rel="preload" href="${up}${fileName}" as="font" type="font/woff2" crossorigin${face}>`);
  }
  const head = page.querySelector('head');
  if (!head) throw new Error('page has no <head> to link its font from');
  if (declare === 'script') {
    for (const [weight, face] of late) {
      if (face.chars === '') continue;
      const fileName = `assets/noto-sans-sc-deck-${weight}-late-${shortHash(face.font)}.woff2`;
      files.push({ fileName, source: face.font });
      preloads.push(`<meta name="late-font" content="${up}${fileName}" data-font-face="${weight}" data-unicode-range="${unicodeRange(face.chars)}">`);
    }
    head.insertAdjacentHTML('beforeend', preloads.join(''));
    return { html: page.toString(), files };
  }
  const css = `/* Noto Sans SC (SIL OFL), subset to this page's characters. */\n${faces.join('\n')}\n`;
  const cssName = `assets/page-font-${shortHash(css)}.css`;
  files.push({ fileName: cssName, source: css });
  head.insertAdjacentHTML('beforeend', `${preloads.join('')}<link rel="stylesheet" href="${up}${cssName}">`);
  return { html: page.toString(), files };
}
