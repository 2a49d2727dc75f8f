import { FIGURES } from '../../ledger/figures.ts';
import type { Figure } from '../../ledger/types.ts';
import { isPlaceholder, type Lang } from '../../ledger/format.ts';
import type { GapKind } from '../gap-table.ts';

/** The gaps slide's groups: a deck's omitted and damaged figures by kind, as the deck model lists them (site/gap-table.ts writes them). */
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

/** A deck's gaps grouped by kind (years, amounts, people and households, other counts), each group with its title; empty groups left out. */
export function gapGroups(gaps: readonly Figure[], lang: Lang): { readonly kind: GapKind; readonly title: string; readonly rows: readonly Figure[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, title: KIND_TITLES[lang][kind], rows: gaps.filter((figure) => gapKind(figure) === kind) })).filter((group) => group.rows.length > 0);
}


/** The deck has damaged figures (its gaps legend explains them). */
export function deckHasDamaged(deck: string): boolean {
  return deckGaps(deck).some((figure) => figure.status === 'damaged');
}
