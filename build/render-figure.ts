import type { Figure } from '../ledger/types.ts';
import { formatValue, isPlaceholder, placeholderText } from '../charts/format.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The attributes every element showing a figure carries: the public data-figure contract. */
export function figureAttributes(figure: Figure): Record<string, string> {
  const attributes: Record<string, string> = {
    'data-figure': figure.id,
    'data-quote': figure.quote,
    tabindex: '0',
  };
  if (isPlaceholder(figure)) attributes['data-figure-status'] = figure.status;
  if (figure.note) attributes['data-note'] = figure.note;
  return attributes;
}

/** Inner HTML of a figure element: the value, and for placeholders the words that say why. */
export function figureInnerHtml(figure: Figure): string {
  const value = `<span class="fig-value">${escapeHtml(formatValue(figure))}</span>`;
  if (!isPlaceholder(figure)) return value;
  const gap = figure.status === 'damaged' && figure.value !== null ? `原文显示“${figure.printed ?? ''}”` : placeholderText(figure);
  return `${value}<span class="fig-gap">${escapeHtml(gap)}</span>`;
}

export function figureClass(figure: Figure): string {
  return `fig fig--${figure.status}`;
}
