import type { Lang } from '../contracts/lang.ts';
import { escapeHtml } from '../common/escape-html.ts';
import { gapBrackets } from '../ledger/gap-brackets.ts';
import type { FigureFacts, SuppliedFacts } from './model/types.ts';

export { escapeHtml };

/**
 * A figure's element as the page writes it, from the deck model's facts about the figure
 * (site/model/figure-facts.ts): nothing here reads the ledger.
 */

/** A gap: an omitted or damaged figure. */
export function isGap(figure: FigureFacts): boolean {
  return figure.status === 'omitted' || figure.status === 'damaged';
}


/** The attributes every element showing a figure carries: the public data-figure contract. */
export function figureAttributes(figure: FigureFacts, lang: Lang = 'zh-CN'): Record<string, string> {
  const attributes: Record<string, string> = {
    'data-figure': figure.id,
    'data-quote': figure.quote,
    tabindex: '0',
  };
  if (lang === 'en' && figure.quoteEn !== undefined) attributes['data-quote-en'] = figure.quoteEn;
  if (isGap(figure)) attributes['data-figure-status'] = figure.status;
  if (figure.note) attributes['data-note'] = figure.note;
  // A figure supplied from another source keeps its status; the source is said beside it (ledger/supplements.ts).
  if (figure.supplement) {
    attributes['data-supplement'] = figure.supplement.url;
    attributes['data-supplement-source'] = figure.supplement.source;
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

/** Inner HTML of a figure element: the value, and for placeholders the words that say why (and a supplied value, unless `supplied` is false). */
export function figureInnerHtml(figure: FigureFacts, lang: Lang = 'zh-CN', supplied = true): string {
  const value = `<span class="fig-value">${valueHtml(figure.value)}</span>`;
  if (!isGap(figure)) return value;
  const doubt = figure.status === 'damaged' && figure.amount === null ? figure.placeholder.slice(figure.printed.length) : '';
  const gap = figure.status === 'damaged' ? figure.printed : figure.placeholder;
  return `${value}${gapWordsHtml(gap, lang, doubt)}${figure.supplement && supplied ? supplementHtml(figure.supplement, lang) : ''}`;
}

/**
 * A supplied value beside the gap, in its own colour and mark: “补充 1996年” with the publisher
 * under it (English “added: 1996 (Xinhua)”). data-supplement-only: the page removes it under
 * ?supplements=off. Plain-text readers get it in brackets, as the gap words.
 */
export function supplementHtml(supplement: SuppliedFacts, lang: Lang): string {
  const [open, close] = lang === 'en' ? [' (', ')'] : ['（', '）'];
  const by = lang === 'en'
    ? `<span class="fig-supp-by"> (<span lang="zh-CN">${escapeHtml(supplement.publisher)}</span>)</span>`
    : `<span class="fig-supp-by"><span class="fig-sep">，</span>${escapeHtml(supplement.publisher)}</span>`;
  return `<span class="fig-supp" data-supplement-only><span class="fig-sep">${open}</span><span class="fig-supp-mark">${escapeHtml(supplement.mark)}</span>${by}<span class="fig-sep">${close}</span></span>`;
}

export function figureClass(figure: FigureFacts): string {
  return figure.supplement ? `fig fig--${figure.status} fig--supplied` : `fig fig--${figure.status}`;
}
