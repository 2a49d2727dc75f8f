import { breakIntoLines, unbreakablePieces, withoutPhraseBreaks } from '../../../charts/phrases.ts';
import { chartText } from '../../../charts/builders/wrap-label.ts';
import { valueParts } from '../../../site/render-figure.ts';

/**
 * The slide grid in inches, as the screen's at 1280×720 (assets/theme/deck.css): one CSS pixel is
 * 1/96 inch on the 13.333 × 7.5 in slide, and a type size in px is 0.75 of it in points.
 */
export const SLIDE = { w: 13.333, h: 7.5 } as const;
export const px = (value: number): number => value / 96;
export const pt = (cssPx: number): number => Math.round(cssPx * 0.75 * 2) / 2;
export const PAD = { top: px(48), x: px(72), bottom: px(60), gap: px(26) } as const;
/** The source line and page number at the foot of every content slide. */
export const FOOTER = { x: PAD.x, y: SLIDE.h - px(48), w: SLIDE.w - 2 * PAD.x, h: px(30) } as const;
/** The lowest a slide's body may reach: above the footer. */
export const BODY_BOTTOM = FOOTER.y - px(12);
/** Type sizes in points, the screen's px × 0.75: body 28, label 24, title 44, hero 132, big 76, source 18. */
export const TYPE = { body: pt(28), label: pt(24), title: pt(44), hero: pt(132), big: pt(76), source: pt(18) } as const;
/** Line height as a multiple of the type size: every line is set at exactly this (no viewer's own leading). */
export const LINE = 1.3;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const HAN = /\p{Script=Han}/u;
const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u00b7\u2014\u2026]/u;

/** Estimated width of a text in ems, on the safe side for the viewer's fonts: Chinese and full-width punctuation 1, Latin about 0.6. */
export function textEms(text: string, bold = false): number {
  let ems = 0;
  let previous = '';
  for (const char of text) {
    ems += WIDE.test(char) ? 1 : /[A-Z0-9mwMW%@]/.test(char) ? 0.66 : char === ' ' || char === '\u00a0' ? 0.34 : /[iljtf.,:;'!|()]/.test(char) ? 0.36 : 0.62;
    // LibreOffice sets a quarter em between Chinese and Latin letters or digits (“17 场”): counted, on the safe side.
    if (previous !== '' && (HAN.test(previous) !== HAN.test(char)) && /[\p{Script=Han}A-Za-z0-9]/u.test(previous) && /[\p{Script=Han}A-Za-z0-9]/u.test(char)) ems += 0.25;
    previous = char;
  }
  return bold ? ems * 1.06 : ems;
}

/** A quarter em kept free on every line: a viewer whose font runs wider than the estimate still fits it. */
export const SLACK_EMS = 0.25;

/** The largest size up to `size` at which a text fits a width on one line (a figure's value never wraps). */
export function oneLineSize(text: string, size: number, width: number, bold = true, affix = 1): number {
  const fits = Math.min(size, (width * 72) / (valueEms(text, bold, affix) + SLACK_EMS));
  return Math.max(9, Math.floor(fits * 2) / 2);
}

/**
 * A figure's value in parts, as the screen sets it: the number at full size, the approximation word
 * and unit before and after it smaller (“20” + “余载” at half size); one part when it has no number.
 */
export function valuePieces(text: string, affix: number): { readonly text: string; readonly scale: number }[] {
  const parts = affix < 1 ? valueParts(text) : null;
  if (!parts) return [{ text, scale: 1 }];
  const [before, number, after] = parts;
  return [{ text: before, scale: affix }, { text: number, scale: 1 }, { text: after, scale: affix }].filter((part) => part.text !== '');
}

/** A value's width in ems of its full size, its affixes scaled. */
export function valueEms(text: string, bold: boolean, affix = 1): number {
  return valuePieces(text, affix).reduce((sum, part) => sum + textEms(part.text, bold) * part.scale, 0);
}

/** Width of a text in inches at a size. */
export function textWidth(text: string, size: number, bold = false): number {
  return (textEms(text, bold) * size) / 72;
}

/**
 * A text's lines in a width: broken only between Chinese phrases and at spaces (charts/phrases.ts,
 * the same rule as every other output), a number held to its unit. Each line is written with an
 * explicit break, so no viewer breaks a line again (PowerPoint, WPS and LibreOffice would break
 * Chinese between any two characters).
 */
export function linesOf(text: string, size: number, width: number, bold = false): string[] {
  if (text === '') return [];
  const marked = chartText(text);
  const maxEms = (width * 72) / size - SLACK_EMS;
  const lines = breakIntoLines(marked, maxEms, (part) => textEms(withoutPhraseBreaks(part), bold)).map((line) => withoutPhraseBreaks(line).trim());
  // A line that ended at a space keeps it (drawn as nothing), so the runs joined are the text again.
  const plain = withoutPhraseBreaks(marked);
  let at = 0;
  return lines.map((line, index) => {
    const start = plain.indexOf(line, at);
    at = start < 0 ? at : start + line.length;
    return index < lines.length - 1 && /\s/.test(plain[at] ?? '') ? `${line}${plain[at]}` : line;
  });
}

/** The widest piece a line may not split (a word, a phrase, a number with its unit), in inches. */
export function widestPiece(text: string, size: number, bold = false): number {
  return Math.max(0, ...unbreakablePieces(chartText(text)).map((piece) => textWidth(withoutPhraseBreaks(piece).trim(), size, bold)));
}

/** The height of lines at a size. */
export function linesHeight(lines: number, size: number): number {
  return (lines * size * LINE) / 72;
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
