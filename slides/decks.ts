import type { DeckId } from '../ledger/types.ts';

/** The five decks: one per section of the article. Public: decks.json is built from this. */
export interface DeckMeta {
  readonly id: DeckId;
  /** The section's headline as the article prints it. */
  readonly title: string;
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

export function deckUrl(id: DeckId): string {
  return `slides/${id}/`;
}
