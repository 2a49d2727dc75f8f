import type { Lang } from '../contracts/lang.ts';
import { attributesHtml, escapeHtml, figureAttributes, figureClass, figureInnerHtml, supplementHtml } from './render-figure.ts';
import type { FigureFacts } from './model/types.ts';

/**
 * The gaps slide's list of what the article leaves out, as a compact table grouped by kind of
 * figure (years, amounts, people and households, other counts): each row the figure's label and
 * its mark (“？年”, or what a damaged figure prints), the article sentence in its popover and notes.
 */
export type GapKind = 'year' | 'amount' | 'people' | 'other';

function rowHtml(figure: FigureFacts, lang: Lang): string {
  const supplement = figure.supplement;
  const mark = `<span class="${figureClass(figure)}" ${attributesHtml(figureAttributes(figure, lang))}>${figureInnerHtml(figure, lang, false)}</span>`;
  // A supplied gap is still a gap: “原文未给出 · 已补充”, then the added value in its own mark, on a line of its own.
  const supplied = supplement
    ? `<span class="gap-supplied" data-supplement-only><span class="gap-supplied-words">${escapeHtml(supplement.gapWords)}</span>${supplementHtml(supplement, lang)}</span>`
    : '';
  return `<li class="gap-item gap-item--${figure.status}${supplement ? ' gap-item--supplied' : ''}"><span class="gap-label">${escapeHtml(figure.label)}</span>${mark}${supplied}</li>`;
}

/** Above this many rows the table is set in two balanced columns; at or below, one column in larger type. */
export const GAP_TABLE_ONE_COLUMN_MAX = 6;

/** The inner HTML of a gap table from its groups (the deck model's, site/model/) and its size class. */
export function gapTableHtml(groups: readonly { readonly kind: GapKind; readonly title: string; readonly rows: readonly FigureFacts[] }[], lang: Lang): { html: string; className: string } {
  const html = groups
    .map((group) => `<div class="gap-group gap-group--${group.kind}"><h3 class="gap-group-title">${group.title}</h3><ul class="gap-rows">${group.rows.map((figure) => rowHtml(figure, lang)).join('')}</ul></div>`)
    .join('');
  const rows = groups.reduce((count, group) => count + group.rows.length, 0);
  return { html, className: rows > GAP_TABLE_ONE_COLUMN_MAX ? 'gap-table gap-table--two' : 'gap-table gap-table--one' };
}
