import type { Figure } from './types.ts';
import type { Supplement } from './supplements.ts';
import { english, englishNumber, type Lang } from './format.ts';

/**
 * How a supplied figure is written, in one place for the slides, charts, notes, downloads and the
 * PowerPoint export: always marked as added (补充 / added) and never in the article's own style.
 */

/** The supplied value with the figure's unit: “1996年”, “120万元”; English “1996”, “1,200,000 yuan”. */
export function supplementValueText(figure: Figure, supplement: Supplement, lang: Lang): string {
  if (lang !== 'en') return `${supplement.valueText}${figure.unit}`;
  const en = english(figure);
  // A year is a name, not an amount: no thousands separator.
  const number = figure.unit === '年' ? supplement.valueText : englishNumber(supplement.value, en.factor ?? 1);
  if (en.unit === '') return number;
  return en.unit === '%' ? `${number}%` : `${number} ${en.unit}`;
}

/** The mark beside the gap: “补充 1996年”, “added: 1996”. */
export function supplementMark(figure: Figure, supplement: Supplement, lang: Lang): string {
  return lang === 'en' ? `added: ${supplementValueText(figure, supplement, lang)}` : `补充 ${supplementValueText(figure, supplement, lang)}`;
}

/** The word a chart writes on a supplied bar. */
export function supplementWord(lang: Lang): string {
  return lang === 'en' ? 'added' : '补充';
}

/** The mark in one line of plain text: “补充 1996年（中共上海市委党史研究室）”, “added: 1996 (Xinhua)”. */
export function supplementLine(figure: Figure, supplement: Supplement, lang: Lang): string {
  return lang === 'en'
    ? `${supplementMark(figure, supplement, lang)} (${supplement.publisher})`
    : `${supplementMark(figure, supplement, lang)}（${supplement.publisher}）`;
}

/** The source in words, for popovers, notes and handouts: title, publisher, date, address and the source's own words. */
export function supplementSource(supplement: Supplement, lang: Lang): string {
  const note = supplement.note ? (lang === 'en' ? ` Note: ${supplement.note}` : `说明：${supplement.note}`) : '';
  return lang === 'en'
    ? `Added from another source: “${supplement.sourceTitle}”, ${supplement.publisher}, ${supplement.published}, ${supplement.sourceUrl}. The source says: 「${supplement.excerpt}」${note}`
    : `补充来源：《${supplement.sourceTitle}》，${supplement.publisher}，${supplement.published}，${supplement.sourceUrl}。来源原文：「${supplement.excerpt}」${note}`;
}

/** What the gaps slide adds after “原文未给出”: “原文未给出 · 已补充”. */
export function suppliedGapWords(lang: Lang): string {
  return lang === 'en' ? ' · added' : ' · 已补充';
}
