import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ledger/article.ts';
import { PAIRINGS, pairingProblems, type Pairing } from '../../ledger/pairings.ts';

const article = parseArticle(readFileSync(resolve(import.meta.dirname, '../../assets/article.txt'), 'utf8'));
const honghe = PAIRINGS.find((pairing) => pairing.deck === 'honghe') as Pairing;

describe('ledger/pairings.ts: the overview map cites its sentences', () => {
  it('every pairing quote occurs exactly once in the article and names both sides', () => {
    expect(pairingProblems(PAIRINGS, article.body)).toEqual([]);
    for (const pairing of PAIRINGS) {
      expect(article.body.split(pairing.quote).length - 1, pairing.deck).toBe(1);
      expect(pairing.quote).toContain(pairing.yunnan);
      for (const district of pairing.shanghai) expect(pairing.quote).toContain(district);
    }
  });

  it('covers each regional deck once', () => {
    expect(PAIRINGS.map((pairing) => pairing.deck).sort()).toEqual(['honghe', 'lijiang', 'puer', 'xishuangbanna']);
  });

  it('fails a quote that is not verbatim, found twice, or names a side the quote does not', () => {
    expect(pairingProblems([{ ...honghe, quote: '上海市徐汇区、长宁区结对帮扶红河哈尼族彝族自治州' }], article.body)).toEqual([
      'ledger/pairings.ts: pairing “honghe”, field “quote”: found 0 times in the article body, must be exactly once: “上海市徐汇区、长宁区结对帮扶红河哈尼族彝族自治州”',
      'ledger/pairings.ts: pairing “honghe”, field “andOthers”: is true, but the quote does not say “等” after the last district',
    ]);
    expect(pairingProblems([{ ...honghe, quote: '徐汇区' }], article.body)[0]).toMatch(/found 2 times/);
    expect(pairingProblems([{ ...honghe, shanghai: ['徐汇区', '黄浦区'] }], article.body)).toEqual([
      'ledger/pairings.ts: pairing “honghe”, field “shanghai”: “黄浦区” is not named in the quote “上海市徐汇区、长宁区等先后结对帮扶红河哈尼族彝族自治州”',
      'ledger/pairings.ts: pairing “honghe”, field “andOthers”: is true, but the quote does not say “等” after the last district',
    ]);
    expect(pairingProblems([{ ...honghe, yunnan: '丽江市' }], article.body)).toEqual([
      'ledger/pairings.ts: pairing “honghe”, field “yunnan”: “丽江市” is not named in the quote “上海市徐汇区、长宁区等先后结对帮扶红河哈尼族彝族自治州”',
    ]);
  });
});
