import type { DeckId } from './types.ts';

/**
 * Which Shanghai districts the article pairs with which Yunnan prefecture or city, each pairing with
 * the sentence that names it (a verbatim substring of the article body, found exactly once, naming
 * both sides: tests/unit/pairings.test.ts). The overview's map (slide “pairings”) is drawn from this.
 */
export interface Pairing {
  /** The Yunnan side's deck. */
  readonly deck: Exclude<DeckId, 'overview'>;
  /** The Shanghai side as the quote names it: districts (徐汇区, 长宁区), or 上海 when it names none. */
  readonly shanghai: readonly string[];
  /** false when the article names no district for this pairing (普洱: “沪滇合作平台”, “上海援助资金”). */
  readonly districtsNamed: boolean;
  /** The quote says “等”: more districts than those named. */
  readonly andOthers: boolean;
  /** The Yunnan side as the quote names it (红河哈尼族彝族自治州). */
  readonly yunnan: string;
  /** Verbatim from the article body, exactly once, containing every name above. */
  readonly quote: string;
  /** The quote in English, for the popover of the English edition. */
  readonly quoteEn: string;
  /** How the map names the two sides, short (“徐汇区、长宁区等” → “红河州”). */
  readonly names: { readonly 'zh-CN': Names; readonly en: Names };
}

export interface Names {
  readonly shanghai: string;
  readonly yunnan: string;
}

export const PAIRINGS: readonly Pairing[] = [
  {
    deck: 'honghe',
    shanghai: ['徐汇区', '长宁区'],
    districtsNamed: true,
    andOthers: true,
    yunnan: '红河哈尼族彝族自治州',
    quote: '上海市徐汇区、长宁区等先后结对帮扶红河哈尼族彝族自治州',
    quoteEn: 'Shanghai’s Xuhui and Changning districts, among others, paired up in turn with the Honghe Hani and Yi Autonomous Prefecture',
    names: { 'zh-CN': { shanghai: '徐汇区、长宁区等', yunnan: '红河州' }, en: { shanghai: 'Xuhui, Changning and others', yunnan: 'Honghe' } },
  },
  {
    deck: 'lijiang',
    shanghai: ['杨浦区'],
    districtsNamed: true,
    andOthers: false,
    yunnan: '丽江市',
    quote: '上海市杨浦区与丽江市结对帮扶以来',
    quoteEn: 'since Shanghai’s Yangpu district paired up with Lijiang',
    names: { 'zh-CN': { shanghai: '杨浦区', yunnan: '丽江市' }, en: { shanghai: 'Yangpu', yunnan: 'Lijiang' } },
  },
  {
    deck: 'puer',
    shanghai: ['上海'],
    districtsNamed: false,
    andOthers: false,
    yunnan: '普洱市',
    quote: '普洱市充分利用沪滇合作平台,以上海援助资金及当地财政配套资金为依托',
    quoteEn: 'Pu’er made full use of the Shanghai–Yunnan cooperation platform, drawing on Shanghai’s aid funds and local matching funds',
    names: { 'zh-CN': { shanghai: '上海（原文未点名区）', yunnan: '普洱市' }, en: { shanghai: 'Shanghai (no district named)', yunnan: 'Pu’er' } },
  },
  {
    deck: 'xishuangbanna',
    shanghai: ['松江区'],
    districtsNamed: true,
    andOthers: false,
    yunnan: '西双版纳州',
    quote: '松江区与西双版纳州携手',
    quoteEn: 'Songjiang district and Xishuangbanna join hands',
    names: { 'zh-CN': { shanghai: '松江区', yunnan: '西双版纳州' }, en: { shanghai: 'Songjiang', yunnan: 'Xishuangbanna' } },
  },
];

/** Problems of a pairing list against the article body, each naming the file, the entry and the field. */
export function pairingProblems(pairings: readonly Pairing[], body: string): string[] {
  const problems: string[] = [];
  const occurrences = (text: string): number => (text === '' ? 0 : body.split(text).length - 1);
  for (const pairing of pairings) {
    const where = `ledger/pairings.ts: pairing “${pairing.deck}”`;
    const count = occurrences(pairing.quote);
    if (count !== 1) problems.push(`${where}, field “quote”: found ${count} times in the article body, must be exactly once: “${pairing.quote}”`);
    for (const name of [...pairing.shanghai, pairing.yunnan]) {
      if (!pairing.quote.includes(name)) problems.push(`${where}, field “${name === pairing.yunnan ? 'yunnan' : 'shanghai'}”: “${name}” is not named in the quote “${pairing.quote}”`);
    }
    if (pairing.shanghai.length === 0) problems.push(`${where}, field “shanghai”: names no Shanghai side`);
    if (pairing.andOthers !== pairing.quote.includes(`${pairing.shanghai.at(-1) ?? ''}等`)) {
      problems.push(`${where}, field “andOthers”: is ${pairing.andOthers}, but the quote ${pairing.andOthers ? 'does not say' : 'says'} “等” after the last district`);
    }
  }
  return problems;
}
