import { FIGURES } from '../ledger/figures.ts';
import type { Figure } from '../ledger/types.ts';
import { figureLabel, isPlaceholder, placeholderText, printedText, type Lang } from '../ledger/format.ts';
import { attributesHtml, escapeHtml, figureAttributes, figureClass, figureInnerHtml, supplementHtml } from './render-figure.ts';
import { NO_SUPPLEMENTS, type SupplementSet } from '../ledger/supplements.ts';
import { suppliedGapWords } from '../ledger/supplement-text.ts';

/**
 * The gaps slide's list of what the article leaves out, as a compact table grouped by kind of
 * figure (years, amounts, people and households, other counts): each row the figure's label and
 * its mark (“？年”, or what a damaged figure prints), the article sentence in its popover and notes.
 */
export type GapKind = 'year' | 'amount' | 'people' | 'other';

const KIND_ORDER: readonly GapKind[] = ['year', 'amount', 'people', 'other'];

const KIND_TITLES: Readonly<Record<Lang, Readonly<Record<GapKind, string>>>> = {
  'zh-CN': { year: '年份', amount: '金额', people: '人数与户数', other: '其他数量' },
  en: { year: 'Years', amount: 'Amounts', people: 'People and households', other: 'Other counts' },
};

/** What kind of figure a gap is, from its unit as the article writes it. */
export function gapKind(figure: Figure): GapKind {
  if (figure.unit === '年') return 'year';
  if (figure.unit.endsWith('元')) return 'amount';
  if (figure.unit === '人' || figure.unit === '户') return 'people';
  return 'other';
}

/** A deck's gaps (omitted and damaged figures), in ledger order. */
export function deckGaps(deck: string): Figure[] {
  return FIGURES.filter((figure) => figure.deck === deck && isPlaceholder(figure));
}

function rowHtml(figure: Figure, lang: Lang, supplements: SupplementSet): string {
  const supplement = supplements.get(figure.id);
  const mark = `<span class="${figureClass(figure, supplement)}" ${attributesHtml(figureAttributes(figure, lang, supplement))}>${figureInnerHtml(figure, lang)}</span>`;
  // A supplied gap is still a gap: “原文未给出 · 已补充”, then the added value in its own mark, on a line of its own.
  const supplied = supplement
    ? `<span class="gap-supplied" data-supplement-only><span class="gap-supplied-words">${escapeHtml(`${figure.status === 'omitted' ? placeholderText(figure, lang) : printedText(figure, lang)}${suppliedGapWords(lang)}`)}</span>${supplementHtml(figure, supplement, lang)}</span>`
    : '';
  return `<li class="gap-item gap-item--${figure.status}${supplement ? ' gap-item--supplied' : ''}"><span class="gap-label">${escapeHtml(figureLabel(figure, lang))}</span>${mark}${supplied}</li>`;
}

/** Above this many rows the table is set in two balanced columns; at or below, one column in larger type. */
export const GAP_TABLE_ONE_COLUMN_MAX = 6;

/** A deck's gaps grouped by kind (years, amounts, people and households, other counts), each group with its title; empty groups left out. */
export function gapGroups(gaps: readonly Figure[], lang: Lang): { readonly kind: GapKind; readonly title: string; readonly rows: readonly Figure[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, title: KIND_TITLES[lang][kind], rows: gaps.filter((figure) => gapKind(figure) === kind) })).filter((group) => group.rows.length > 0);
}

/** The inner HTML of a gap table from its groups (the deck model's, site/model/) and its size class. */
export function gapTableHtml(groups: readonly { readonly kind: GapKind; readonly title: string; readonly rows: readonly Figure[] }[], lang: Lang, supplements: SupplementSet = NO_SUPPLEMENTS): { html: string; className: string } {
  const html = groups
    .map((group) => `<div class="gap-group gap-group--${group.kind}"><h3 class="gap-group-title">${group.title}</h3><ul class="gap-rows">${group.rows.map((figure) => rowHtml(figure, lang, supplements)).join('')}</ul></div>`)
    .join('');
  const rows = groups.reduce((count, group) => count + group.rows.length, 0);
  return { html, className: rows > GAP_TABLE_ONE_COLUMN_MAX ? 'gap-table gap-table--two' : 'gap-table gap-table--one' };
}
