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

/** One big number with its context figure, plus figures the text leaves out. */
export interface BigNumber extends Base {
  readonly kind: 'big-number';
  readonly figure: string;
  readonly context: string;
  readonly missing: readonly string[];
  /** Draw the context (a count, 17 job fairs) as a row of marks, one per unit, as the slide does. */
  readonly contextMarks?: boolean;
}

export type ThumbnailChoice = StatusTiles | PairedBars | LowerBound | Change | BigNumber;

/** Per deck, the slide that tells its story best, and how its thumbnail draws it. */
export const THUMBNAILS: Readonly<Record<DeckId, ThumbnailChoice>> = {
  overview: {
    kind: 'status-tiles',
    slide: 'ledger-status',
    caption: { 'zh-CN': '原文的数字，缺得比给出的多', en: 'The article leaves out more figures than it gives' },
    statuses: [
      { status: 'stated', label: { 'zh-CN': '给出', en: 'given' } },
      { status: 'omitted', label: { 'zh-CN': '未给出', en: 'not given' } },
      { status: 'damaged', label: { 'zh-CN': '缺损', en: 'damaged' } },
    ],
  },
  honghe: {
    kind: 'paired',
    slide: 'pairs',
    caption: { 'zh-CN': '医疗、教育结对：上海一方少，对口县一方多', en: 'Hospital and school pairs, by side' },
    sides: { shanghai: { 'zh-CN': '上海', en: 'Shanghai' }, yunnan: { 'zh-CN': '红河', en: 'Honghe' } },
    groups: [
      { label: { 'zh-CN': '医疗机构 ↔ 医院和乡镇卫生院', en: 'Medical institutions ↔ hospitals and clinics' }, shanghai: 'honghe-shanghai-medical-institutions', yunnan: 'honghe-county-hospitals' },
      { label: { 'zh-CN': '学校 ↔ 学校', en: 'Schools ↔ schools' }, shanghai: 'honghe-shanghai-schools', yunnan: 'honghe-county-schools' },
    ],
  },
  lijiang: {
    kind: 'lower-bound',
    slide: 'expo-sales',
    caption: { 'zh-CN': '赴沪展销的销售额只能读出下限', en: 'Fair sales: only a lower bound is legible' },
    figure: 'lijiang-expo-sales',
    missing: ['lijiang-expo-order-value'],
  },
  puer: {
    kind: 'change',
    slide: 'sugarcane',
    caption: { 'zh-CN': '受旱后，景谷蔗农的亩产下降', en: 'After the drought, Jinggu cane yields fell' },
    from: { figure: 'puer-sugarcane-yield-before', label: { 'zh-CN': '往年平均', en: 'usual' } },
    to: { figure: 'puer-sugarcane-yield-drought', label: { 'zh-CN': '受旱后', en: 'after drought' } },
    change: { figure: 'puer-sugarcane-yield-change', label: { 'zh-CN': '亩产变化（计算值）', en: 'change (computed)' } },
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
