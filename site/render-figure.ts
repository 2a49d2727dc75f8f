import type { Figure } from '../ledger/types.ts';
import { english, figureNote, formatValue, gapBrackets, isPlaceholder, placeholderText, printedText, type Lang } from '../ledger/format.ts';
import { escapeHtml } from '../common/escape-html.ts';
import type { Supplement } from '../ledger/supplements.ts';
import { supplementMark, supplementSource } from '../ledger/supplement-text.ts';

export { escapeHtml };

/** The attributes every element showing a figure carries: the public data-figure contract. */
export function figureAttributes(figure: Figure, lang: Lang = 'zh-CN', supplement?: Supplement): Record<string, string> {
  const attributes: Record<string, string> = {
    'data-figure': figure.id,
    'data-quote': figure.quote,
    tabindex: '0',
  };
  if (lang === 'en') attributes['data-quote-en'] = english(figure).quote;
  if (isPlaceholder(figure)) attributes['data-figure-status'] = figure.status;
  const note = figureNote(figure, lang);
  if (note) attributes['data-note'] = note;
  // A figure supplied from another source keeps its status; the source is said beside it (ledger/supplements.ts).
  if (supplement) {
    attributes['data-supplement'] = supplement.sourceUrl;
    attributes['data-supplement-source'] = supplementSource(supplement, lang);
  }
  return attributes;
}

export function attributesHtml(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
}

/** The number of a formatted value (“4.88”, “48,800”, “？”) apart from its approximation word and unit, for typesetting. */
const NUMBER_PART = /^(.*?)([？?]|[−-]?\d[\d,.]*)(.*)$/s;

/** A value's approximation word, number and unit, as valueHtml splits it (null when it has no number). */
export function valueParts(text: string): [before: string, number: string, after: string] | null {
  const match = NUMBER_PART.exec(text);
  return match ? [match[1] ?? '', match[2] ?? '', match[3] ?? ''] : null;
}

/** A value as spans: approximation and unit (fig-affix) around the number (fig-num); the text is unchanged. */
export function valueHtml(text: string): string {
  const parts = valueParts(text);
  if (!parts) return escapeHtml(text);
  const [before, number, after] = parts;
  const affix = (part: string, kind = '') => (part === '' ? '' : `<span class="fig-affix${kind}">${escapeHtml(part)}</span>`);
  // A unit that is a word (“village committees”, not “%” or “万个”) may go under a big number.
  const unitKind = /^\s*[A-Za-z]{3}/.test(after) ? ' fig-unit-word' : '';
  return `${affix(before)}<span class="fig-num">${escapeHtml(number)}</span>${affix(after, unitKind)}`;
}

/**
 * The gap words of a figure (“原文未给出”, “原文显示“0户””). The brackets are hidden on a slide (the
 * words sit in a box of their own) but stay in the text, so a title, a note or an aria label
 * flattened to plain text reads “94万元以上（原文显示…）”. A damaged figure's doubt is a span of
 * its own, so a small tile can leave it to the popover.
 */
export function gapWordsHtml(words: string, lang: Lang, doubt = ''): string {
  const [open, close] = gapBrackets(lang);
  const doubtHtml = doubt === '' ? '' : `<span class="fig-doubt">${escapeHtml(doubt)}</span>`;
  return `<span class="fig-gap"><span class="fig-sep">${open}</span>${escapeHtml(words)}${doubtHtml}<span class="fig-sep">${close}</span></span>`;
}

/** Inner HTML of a figure element: the value, and for placeholders the words that say why. */
export function figureInnerHtml(figure: Figure, lang: Lang = 'zh-CN', supplement?: Supplement): string {
  const value = `<span class="fig-value">${valueHtml(formatValue(figure, lang))}</span>`;
  if (!isPlaceholder(figure)) return value;
  const doubt = figure.status === 'damaged' && figure.value === null ? placeholderText(figure, lang).slice(printedText(figure, lang).length) : '';
  const gap = figure.status === 'damaged' ? printedText(figure, lang) : placeholderText(figure, lang);
  return `${value}${gapWordsHtml(gap, lang, doubt)}${supplement ? supplementHtml(figure, supplement, lang) : ''}`;
}

/**
 * A supplied value beside the gap, in its own colour and mark: “补充 1996年” with the publisher
 * under it (English “added: 1996 (Xinhua)”). data-supplement-only: the page removes it under
 * ?supplements=off. Plain-text readers get it in brackets, as the gap words.
 */
export function supplementHtml(figure: Figure, supplement: Supplement, lang: Lang): string {
  const [open, close] = lang === 'en' ? [' (', ')'] : ['（', '）'];
  const by = lang === 'en'
    ? `<span class="fig-supp-by"> (<span lang="zh-CN">${escapeHtml(supplement.publisher)}</span>)</span>`
    : `<span class="fig-supp-by"><span class="fig-sep">，</span>${escapeHtml(supplement.publisher)}</span>`;
  return `<span class="fig-supp" data-supplement-only><span class="fig-sep">${open}</span><span class="fig-supp-mark">${escapeHtml(supplementMark(figure, supplement, lang))}</span>${by}<span class="fig-sep">${close}</span></span>`;
}

export function figureClass(figure: Figure, supplement?: Supplement): string {
  return supplement ? `fig fig--${figure.status} fig--supplied` : `fig fig--${figure.status}`;
}
