import { unbreakablePieces } from '../../../charts/phrases.ts';
import { chartText } from '../../../charts/builders/wrap-label.ts';
/** Slide geometry in inches (16:9, 13.333 × 7.5) and type sizes in points, for projection. */
export const SLIDE = { w: 13.333, h: 7.5 } as const;
export const MARGIN_X = 0.6;
export const TITLE_BOX = { x: MARGIN_X, y: 0.3, w: SLIDE.w - 2 * MARGIN_X, h: 1.15 } as const;
export const BODY_BOX = { x: MARGIN_X, y: 1.6, w: SLIDE.w - 2 * MARGIN_X, h: 5.15 } as const;
export const FOOTER_BOX = { x: MARGIN_X, y: 6.92, w: SLIDE.w - 2 * MARGIN_X, h: 0.38 } as const;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d]/u;

/** Estimated width of a text in ems: Chinese characters and full-width punctuation 1, others about half. */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1.02 : /[A-Z0-9mw]/.test(char) ? 0.72 : char === ' ' ? 0.32 : 0.6;
  return ems;
}

/** How many lines a text takes at a size in a width (a rough line-breaking estimate, on the safe side). */
export function lineCount(text: string, pt: number, widthIn: number): number {
  const perLine = Math.max(1, (widthIn * 72) / pt - 1);
  return Math.max(1, Math.ceil(textEms(text) / perLine));
}

export interface Para {
  readonly text: string;
  readonly pt: number;
}

/** The scale (≤ 1) at which paragraphs fit a box, line height 1.2, never under minScale. */
export function fitScale(paras: readonly Para[], box: Box, minScale = 0.45): number {
  const inner = { w: box.w - 0.15, h: box.h - 0.1 };
  for (let scale = 1; scale > minScale; scale -= 0.05) {
    // No word, Chinese phrase or number with its unit may be wider than the box: it would be broken inside.
    const wordsFit = paras.every((para) => Math.max(0, ...unbreakablePieces(chartText(para.text)).map((piece) => textEms(piece.trim()))) * ((para.pt * scale) / 72) <= inner.w);
    if (!wordsFit) continue;
    const height = paras.reduce((sum, para) => sum + (lineCount(para.text, para.pt * scale, inner.w) * para.pt * scale * 1.22) / 72, 0);
    if (height <= inner.h) return scale;
  }
  return minScale;
}

/** Splits a length into parts by weight, with a gap between parts. */
export function split(start: number, length: number, weights: readonly number[], gap: number): { start: number; length: number }[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const free = length - gap * Math.max(0, weights.length - 1);
  let at = start;
  return weights.map((weight) => {
    const part = { start: at, length: (free * weight) / total };
    at += part.length + gap;
    return part;
  });
}
