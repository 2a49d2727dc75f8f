import type PptxGenJS from 'pptxgenjs';
import type { Lang } from '../../../ledger/format.ts';
import { LINE, linesHeight, linesOf, valueEms, valuePieces, widestPiece, type Box } from './layout.ts';
import { PPTX_FONT, PPTX_LATIN_PUNCTUATION_FONT } from './fonts.ts';
import { LATIN_PUNCTUATION } from '../../../common/latin-punctuation.ts';

type TextRun = PptxGenJS.TextProps;

const HAN = /\p{Script=Han}/gu;

/** The language code of a run: Chinese when Chinese characters are most of its letters. */
export function runLang(text: string, deckLang: Lang): 'zh-CN' | 'en-US' {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (deckLang === 'zh-CN') return han > 0 || latin === 0 ? 'zh-CN' : 'en-US';
  return han > latin ? 'zh-CN' : 'en-US';
}

const PUNCTUATION_PIECES = new RegExp(`([${LATIN_PUNCTUATION}]+)`, 'u');

/**
 * Runs with the Latin punctuation of English runs (“Pu’er”) split off into runs of their own in a
 * Latin face (PPTX_LATIN_PUNCTUATION_FONT), as the page draws them; a line's break before and after
 * stays on its first and last piece. Chinese runs keep their full-width forms.
 */
export function withLatinPunctuation(runs: readonly TextRun[]): TextRun[] {
  return runs.flatMap((run) => {
    const text = run.text ?? '';
    if (run.options?.lang !== 'en-US' || !PUNCTUATION_PIECES.test(text)) return [run];
    const pieces = text.split(PUNCTUATION_PIECES).filter((piece) => piece !== '');
    return pieces.map((piece, index) => {
      const { softBreakBefore, breakLine, ...rest } = run.options ?? {};
      const punctuation = PUNCTUATION_PIECES.test(piece);
      return {
        text: piece,
        options: {
          ...rest,
          // A piece left mostly Chinese by the split (“s 《沪滇…》”) is marked Chinese again.
          ...(punctuation ? { fontFace: PPTX_LATIN_PUNCTUATION_FONT } : { lang: runLang(piece, 'en') }),
          ...(index === 0 && softBreakBefore !== undefined ? { softBreakBefore } : {}),
          ...(index === pieces.length - 1 && breakLine !== undefined ? { breakLine } : {}),
        },
      };
    });
  });
}

/** A paragraph's lines at a size (pt) in a width (in): see layout.ts linesOf. */
export function paragraphLines(text: string, size: number, width: number): string[] {
  return linesOf(text, size, width);
}

/** One paragraph of a text box: its words, size in points, weight, colour; space above it in inches. */
export interface Para {
  readonly text: string;
  readonly size: number;
  readonly color: string;
  readonly bold?: boolean;
  readonly spaceBefore?: number;
  /** A link for the whole paragraph (an absolute URL). */
  readonly url?: string;
  /** A figure's value on one line: its unit and approximation word set at this share of the size (the screen's 0.5em). */
  readonly affix?: number;
}

/** A paragraph's lines: a value is one line; other text broken between phrases and words. */
function paraLines(para: Para, width: number): string[] {
  return para.affix !== undefined ? [para.text] : linesOf(para.text, para.size, width, para.bold);
}

const shown = (paras: readonly Para[]): Para[] => paras.filter((para) => para.text !== '');

/** The height paragraphs take in a width, every line at LINE × its size. */
export function parasHeight(paras: readonly Para[], width: number): number {
  return shown(paras).reduce((sum, para, index) => sum + (index > 0 ? (para.spaceBefore ?? 0) : 0) + linesHeight(paraLines(para, width).length, para.size), 0);
}

/** Paragraphs scaled (never under minScale) so that they fit a width and a height, no word wider than the width. */
export function fitParas(paras: readonly Para[], width: number, height: number, minScale = 0.4): Para[] {
  for (let scale = 1; scale >= minScale; scale -= 0.04) {
    const scaled = paras.map((para) => ({ ...para, size: Math.max(9, Math.round(para.size * scale * 2) / 2), spaceBefore: (para.spaceBefore ?? 0) * scale }));
    const wide = (para: Para) => (para.affix !== undefined ? (valueEms(para.text, para.bold ?? false, para.affix) * para.size) / 72 : widestPiece(para.text, para.size, para.bold));
    if (scaled.every((para) => wide(para) <= width) && parasHeight(scaled, width) <= height) return scaled;
  }
  return paras.map((para) => ({ ...para, size: Math.max(9, Math.round(para.size * minScale * 2) / 2) }));
}

export interface TextOptions {
  readonly align?: 'left' | 'center' | 'right';
  readonly deckLang: Lang;
  readonly name?: string;
}

/**
 * A text box sized to its text: at box.x, box.y, box.w wide and exactly as tall as its lines (the
 * height given is ignored but for vertical centring, valign). Each line is its own run after a soft
 * break, each run names its language. Returns the box drawn.
 */
export function addParas(slide: PptxGenJS.Slide, box: Box, paras: readonly Para[], options: TextOptions, valign: 'top' | 'middle' | 'bottom' = 'top'): Box {
  const list = shown(paras);
  if (list.length === 0) return { ...box, h: 0 };
  const height = parasHeight(list, box.w);
  const y = valign === 'top' ? box.y : valign === 'middle' ? box.y + Math.max(0, (box.h - height) / 2) : box.y + Math.max(0, box.h - height);
  const runs: TextRun[] = list.flatMap((para, index) => {
    const lines = para.affix !== undefined ? valuePieces(para.text, para.affix) : linesOf(para.text, para.size, box.w, para.bold).map((line) => ({ text: line, scale: 1 }));
    const value = para.affix !== undefined;
    return lines.map(({ text: line, scale }, at) => ({
      text: line,
      options: {
        fontSize: Math.round(para.size * scale * 2) / 2,
        color: para.color.replace(/^#/, ''),
        bold: para.bold ?? false,
        lang: runLang(line, options.deckLang),
        lineSpacing: Math.round(para.size * LINE * 10) / 10,
        paraSpaceBefore: index > 0 ? Math.round((para.spaceBefore ?? 0) * 72) : 0,
        ...(options.align ? { align: options.align } : {}),
        ...(para.url ? { hyperlink: { url: para.url } } : {}),
        ...(at > 0 && !value ? { softBreakBefore: true } : {}),
        breakLine: at === lines.length - 1 && index < list.length - 1,
      },
    }));
  });
  const drawn = { x: box.x, y, w: box.w, h: height };
  slide.addText(withLatinPunctuation(runs), {
    ...drawn,
    fontFace: PPTX_FONT,
    margin: 0,
    valign: 'top',
    fit: 'none',
    wrap: true,
    lang: options.deckLang === 'en' ? 'en-US' : 'zh-CN',
    ...(options.name ? { objectName: options.name } : {}),
  });
  return drawn;
}
