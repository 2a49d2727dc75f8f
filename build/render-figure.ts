import type { Figure } from '../ledger/types.ts';
import { english, figureNote, formatValue, isPlaceholder, placeholderText, printedText, type Lang } from '../charts/format.ts';
import { escapeHtml } from '../slides/runtime/escape-html.ts';

export { escapeHtml };

/** The attributes every element showing a figure carries: the public data-figure contract. */
export function figureAttributes(figure: Figure, lang: Lang = 'zh-CN'): Record<string, string> {
  const attributes: Record<string, string> = {
    'data-figure': figure.id,
    'data-quote': figure.quote,
    tabindex: '0',
  };
  if (lang === 'en') attributes['data-quote-en'] = english(figure).quote;
  if (isPlaceholder(figure)) attributes['data-figure-status'] = figure.status;
  const note = figureNote(figure, lang);
  if (note) attributes['data-note'] = note;
  return attributes;
}

export function attributesHtml(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
}

/** Inner HTML of a figure element: the value, and for placeholders the words that say why. */
export function figureInnerHtml(figure: Figure, lang: Lang = 'zh-CN'): string {
  const value = `<span class="fig-value">${escapeHtml(formatValue(figure, lang))}</span>`;
  if (!isPlaceholder(figure)) return value;
  const gap = figure.status === 'damaged' && figure.value !== null ? printedText(figure, lang) : placeholderText(figure, lang);
  return `${value}<span class="fig-gap">${escapeHtml(gap)}</span>`;
}

export function figureClass(figure: Figure): string {
  return `fig fig--${figure.status}`;
}
