import type { Lang } from '../../ledger/format.ts';
import type { DeckId } from '../../ledger/types.ts';

/** Words in both languages. No digits here: every number on a thumbnail comes from the ledger. */
export type Words = Readonly<Record<Lang, string>>;

interface Base {
  /** The slide the thumbnail shows and links to (a section id of the deck). */
  readonly slide: string;
  /** The slide's message in a few words, written over the figure. */
  readonly caption: Words;
}

/** Ledger entries per status, as on the overview's status chart (counts of entries, not article figures). */
export interface StatusTiles extends Base {
  readonly kind: 'status-tiles';
  readonly statuses: readonly { readonly status: 'stated' | 'omitted' | 'damaged'; readonly label: Words }[];
}

/** Shanghai side against Yunnan side, per category: two short bars each. */
export interface PairedBars extends Base {
  readonly kind: 'paired';
  readonly sides: { readonly shanghai: Words; readonly yunnan: Words };
  readonly groups: readonly { readonly label: Words; readonly shanghai: string; readonly yunnan: string }[];
}

/** A damaged figure whose legible part is a lower bound: an open-ended bar, plus figures the text leaves out. */
export interface LowerBound extends Base {
  readonly kind: 'lower-bound';
  readonly figure: string;
  readonly missing: readonly string[];
}

/** A value before and after, as two columns, and the computed change. */
export interface Change extends Base {
  readonly kind: 'change';
  readonly from: { readonly figure: string; readonly label: Words };
  readonly to: { readonly figure: string; readonly label: Words };
  readonly change: { readonly figure: string; readonly label: Words };
}

/** One big number, with its context figure when it has one, plus figures the text leaves out. */
export interface BigNumber extends Base {
  readonly kind: 'big-number';
  readonly figure: string;
  readonly context?: string;
  readonly missing: readonly string[];
  /** Draw the context (a count, 17 job fairs) as a row of marks, one per unit, as the slide does. */
  readonly contextMarks?: boolean;
}

/** The overview's map: each Shanghai side joined to its Yunnan prefecture, as ledger/pairings.ts names them. */
export interface PairingMap extends Base {
  readonly kind: 'pairing-map';
}

export type ThumbnailChoice = StatusTiles | PairedBars | LowerBound | Change | BigNumber | PairingMap;

/** Per deck, the slide that tells its story best, and how its thumbnail draws it. */
export const THUMBNAILS: Readonly<Record<DeckId, ThumbnailChoice>> = {
  overview: {
    kind: 'pairing-map',
    slide: 'pairings',
    caption: { 'zh-CN': '谁与谁结对：上海各区与云南四地', en: 'Who pairs with whom' },
  },
  honghe: {
    kind: 'big-number',
    slide: 'cadres',
    caption: { 'zh-CN': '两地党委、政府接力派出援滇干部', en: 'Both sides sent cadres, group after group' },
    figure: 'honghe-cadres',
    missing: ['honghe-pairing-start-year'],
  },
  lijiang: {
    kind: 'lower-bound',
    slide: 'expo-sales',
    caption: { 'zh-CN': '赴沪展销的销售额只能读出下限', en: 'Fair sales: only a lower bound is legible' },
    figure: 'lijiang-expo-sales',
    missing: ['lijiang-expo-order-value'],
  },
  puer: {
    kind: 'big-number',
    slide: 'rubber-area',
    caption: { 'zh-CN': '天然橡胶的投保范围继续扩大', en: 'The insured rubber area kept expanding' },
    figure: 'puer-rubber-insured-area',
    missing: ['puer-rubber-expansion-year'],
  },
  xishuangbanna: {
    kind: 'big-number',
    slide: 'jobs-offered',
    caption: { 'zh-CN': '专场招聘会累计提供岗位', en: 'Jobs offered at the labour job fairs' },
    figure: 'xishuangbanna-jobs-offered',
    context: 'xishuangbanna-job-fairs',
    contextMarks: true,
    missing: [],
  },
};
