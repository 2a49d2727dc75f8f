import { figureLabel, figureText, formatValue, type Lang } from '../../ledger/format.ts';
import { figureById } from '../../ledger/lookup.ts';
import { PALETTE } from '../../charts/palette.ts';
import { fitSize, shape, text, VIEW } from './svg.ts';

/** What every drawing needs: the language and the ids of this thumbnail's hatch patterns. */
export interface DrawContext {
  readonly lang: Lang;
  readonly hatch: { readonly omitted: string; readonly damaged: string };
}

/** Marks of one thumbnail and the same data in words (for its aria-label). */
export interface Drawing {
  readonly marks: string;
  readonly words: string;
}

export const MARGIN = 16;
export const INNER = VIEW.width - 2 * MARGIN;

/** "label：value" in Chinese, "label: value" in English. */
export function labelled(label: string, value: string, lang: Lang): string {
  return lang === 'en' ? `${label}: ${value}` : `${label}：${value}`;
}

/** A label and its value: "上海30所" in Chinese, "Shanghai 30 institutions" in English. */
export function run(label: string, value: string, lang: Lang): string {
  return lang === 'en' ? `${label} ${value}` : `${label}${value}`;
}

/** Parts of a sentence joined in the page's language. */
export function joined(parts: readonly string[], lang: Lang): string {
  return parts.join(lang === 'en' ? '; ' : '；');
}

/** The slide's message, small, over the figure. */
export function caption(words: string): string {
  return text(words, { x: MARGIN, y: 24, size: fitSize(words, INNER, 13), weight: 700, fill: PALETTE.muted });
}

/**
 * A figure the article leaves out: a dashed, hatched slot that reads “？… 原文未给出” with its
 * label. It has no length, so it can never be read as a bar or a zero.
 */
export function missingSlot(id: string, y: number, height: number, context: DrawContext): Drawing {
  const figure = figureById(id);
  const label = figureLabel(figure, context.lang);
  const value = figureText(figure, context.lang);
  const textX = MARGIN + 36;
  const outline = { stroke: PALETTE.placeholder, 'stroke-width': 1.2, 'stroke-dasharray': '4 3' };
  const marks = [
    shape('rect', { x: MARGIN, y, width: INNER, height, rx: 3, fill: PALETTE.surface, ...outline }),
    shape('rect', { x: MARGIN, y, width: 28, height, rx: 3, fill: `url(#${context.hatch.omitted})`, ...outline }),
    text('？', { x: MARGIN + 14, y: y + height / 2 + 6, size: 17, weight: 700, fill: PALETTE.placeholder, anchor: 'middle' }),
    text(label, { x: textX, y: y + height / 2 - 3, size: fitSize(label, VIEW.width - MARGIN - textX - 6, 11), fill: PALETTE.text }),
    text(value, { x: textX, y: y + height / 2 + 11, size: fitSize(value, VIEW.width - MARGIN - textX - 6, 11), weight: 700, fill: PALETTE.placeholder }),
  ];
  return { marks: marks.join(''), words: run(label, value, context.lang) };
}

/** A figure's value as a slide writes it (formatValue), for value labels. */
export function valueOf(id: string, lang: Lang): string {
  return formatValue(figureById(id), lang);
}
