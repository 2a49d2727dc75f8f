import type { DeckId } from '../ledger/types.ts';
import type { Lang } from '../contracts/lang.ts';

/**
 * The five decks: one per section of the article. Public: decks.json is built from this. Each deck's
 * slides are slides/<id>/index.html (Chinese) and slides/<id>/en.html (English), written the same way;
 * the English titles are in slides/english-decks.ts (kept apart: the runtime's embed dialog imports
 * this file, and needs only the Chinese titles).
 */
export interface DeckMeta {
  readonly id: DeckId;
  /** The section's headline as the article prints it. */
  readonly title: string;
  /** May hold figure tokens ({ledger-id}). */
  readonly subtitle: string;
  /** Planned talk length; the presenter view's timer counts against it. */
  readonly minutes: number;
}

export const DECKS: readonly DeckMeta[] = [
  { id: 'overview', title: '沪滇携手共谱扶贫协作新篇章', subtitle: '总览：{overview-pairing-years}对口帮扶，四个地区，数字告诉我们什么', minutes: 6 },
  { id: 'honghe', title: '徐汇区长宁区等结对红河州24年', subtitle: '山海共筑脱贫路', minutes: 7 },
  { id: 'lijiang', title: '杨浦区帮扶丽江市', subtitle: '培育壮大特色产业', minutes: 8 },
  { id: 'puer', title: '普洱市依托沪滇合作平台', subtitle: '“扶贫+保险”收益有保障', minutes: 7 },
  { id: 'xishuangbanna', title: '松江区与西双版纳州携手', subtitle: '走出大山看到致富希望', minutes: 6 },
];

/** A deck edition's slide file: slides/<id>/index.html or slides/<id>/en.html (same format, same slide ids). */
export function deckSourceFile(id: DeckId, lang: Lang): string {
  return `slides/${id}/${lang === 'en' ? 'en.html' : 'index.html'}`;
}

export function deckUrl(id: DeckId): string {
  return `slides/${id}/`;
}

export function englishDeckUrl(id: DeckId): string {
  return `slides/${id}/en.html`;
}
