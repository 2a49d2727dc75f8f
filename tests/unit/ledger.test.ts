import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ledger/article.ts';
import { checkCoverage } from '../../ledger/coverage.ts';
import { COVERAGE_EXCLUSIONS } from '../../ledger/exclusions.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { validateLedger } from '../../ledger/validate.ts';
import type { Figure } from '../../ledger/types.ts';

const article = parseArticle(readFileSync(resolve(import.meta.dirname, '../../assets/article.txt'), 'utf8'));
const stated = (overrides: Partial<Figure> = {}): Figure => ({
  id: 'test-jobs', deck: 'xishuangbanna', label: '岗位', value: 4.88, unit: '万个', status: 'stated', quote: '累计提供岗位4.88万个', ...overrides,
});
const messages = (entries: unknown[]) => validateLedger(entries, article.body).map((error) => error.message);

describe('the figure ledger', () => {
  it('is sound against the article', () => {
    expect(messages([...FIGURES])).toEqual([]);
  });

  it('covers every run of digits in the body, and every exclusion still matches', () => {
    const { uncovered, staleExclusions } = checkCoverage(article.body, FIGURES, COVERAGE_EXCLUSIONS);
    expect(uncovered).toEqual([]);
    expect(staleExclusions).toEqual([]);
  });

  it('finds a digit run that no quote covers', () => {
    const withoutJobs = FIGURES.filter((figure) => !figure.quote.includes('4.88'));
    const { uncovered } = checkCoverage(article.body, withoutJobs, COVERAGE_EXCLUSIONS);
    expect(uncovered.map((u) => u.digits)).toEqual(expect.arrayContaining(['4', '88']));
  });

  it('holds the headline figures as the article prints them', () => {
    const byId = new Map(FIGURES.map((figure) => [figure.id, figure]));
    expect(byId.get('xishuangbanna-jobs-offered')).toMatchObject({ value: 4.88, unit: '万个', status: 'stated' });
    expect(byId.get('puer-rubber-insured-area')).toMatchObject({ value: 10, unit: '万亩', status: 'stated' });
    expect(byId.get('lijiang-expo-sales')).toMatchObject({ value: 94, bound: 'lower', printed: '94.万元', status: 'damaged' });
    expect(byId.get('lijiang-project-households')).toMatchObject({ value: null, printed: '0户', status: 'damaged' });
  });

  it('never gives an omitted figure a value', () => {
    for (const figure of FIGURES.filter((f) => f.status === 'omitted')) expect(figure.value, figure.id).toBeNull();
  });

  it('counts each status', () => {
    const count = (status: string) => FIGURES.filter((figure) => figure.status === status).length;
    expect({ stated: count('stated'), omitted: count('omitted'), damaged: count('damaged'), derived: count('derived') }).toEqual({
      stated: 20, omitted: 33, damaged: 5, derived: 2,
    });
  });
});

describe('ledger validation names the file, the entry and the field', () => {
  it('rejects an unknown status', () => {
    expect(messages([{ ...stated(), status: 'guessed' }])).toEqual([
      'ledger/figures.ts: entry “test-jobs”, field “status”: unknown status "guessed"; expected one of stated, omitted, damaged, derived',
    ]);
  });

  it('rejects a quote that is not in the article', () => {
    expect(messages([stated({ quote: '累计提供岗位5万个', value: 5 })])).toEqual([
      'ledger/figures.ts: entry “test-jobs”, field “quote”: not found verbatim in the article body: “累计提供岗位5万个”',
    ]);
  });

  it('rejects an omitted figure with a value', () => {
    expect(messages([stated({ status: 'omitted', value: 0, quote: '共计人', note: '人数缺失' })])).toEqual([
      'ledger/figures.ts: entry “test-jobs”, field “value”: an omitted figure must have value null, never 0 or a guess',
    ]);
  });

  it('rejects a duplicate id', () => {
    expect(messages([stated(), stated({ quote: '招聘会17场', value: 17, unit: '场' })])).toEqual([
      'ledger/figures.ts: entry “test-jobs”, field “id”: duplicate id',
    ]);
  });

  it('rejects a derived figure whose value is not what the formula gives', () => {
    const before = stated({ id: 'a-before', value: 5, unit: '吨/亩', quote: '往年平均每亩5吨' });
    const after = stated({ id: 'a-after', value: 3.5, unit: '吨/亩', quote: '下降到每亩3.5吨' });
    const change = stated({
      id: 'a-change', status: 'derived', value: -25, unit: '%', quote: '从往年平均每亩5吨下降到每亩3.5吨', note: '计算值',
      derivation: { kind: 'percent-change', from: 'a-before', to: 'a-after' }, decimals: 0,
    });
    expect(messages([before, after, change])).toEqual(['ledger/figures.ts: entry “a-change”, field “value”: is -25 but the formula gives -30']);
  });

  it('rejects a derived figure whose input does not exist', () => {
    const change = stated({
      id: 'a-change', status: 'derived', value: -30, unit: '%', quote: '从往年平均每亩5吨下降到每亩3.5吨', note: '计算值',
      derivation: { kind: 'percent-change', from: 'nope', to: 'a-after' },
    });
    expect(messages([change])).toEqual(['ledger/figures.ts: entry “a-change”, field “derivation”: input “nope” does not exist']);
  });

  it('rejects a stated figure whose quote does not contain the number, and a damaged one without printed text', () => {
    expect(messages([stated({ value: 5 })])).toEqual([
      'ledger/figures.ts: entry “test-jobs”, field “value”: is 5 but the quote prints “4.88万个” (the first number before the unit “万个” in “累计提供岗位4.88万个”)',
    ]);
    expect(messages([stated({ unit: '个' , quote: '累计提供岗位4.88万个' })])).toEqual([
      'ledger/figures.ts: entry “test-jobs”, field “quote”: prints no number directly before the unit “个”; the quote must contain the figure as printed',
    ]);
    expect(messages([stated({ status: 'damaged', value: null, quote: '共理赔保险金.1万元', note: '缺损' })])).toEqual([
      'ledger/figures.ts: entry “test-jobs”, field “printed”: a damaged figure needs the text as printed',
    ]);
  });

  const mutated = (id: string, patch: Partial<Figure>) => messages(FIGURES.map((figure) => (figure.id === id ? { ...figure, ...patch } : figure)));

  it('binds a stated value to its place in the quote: another number of the same quote is refused', () => {
    expect(mutated('honghe-cadres', { value: 11 })).toEqual([
      'ledger/figures.ts: entry “honghe-cadres”, field “value”: is 11 but the quote prints “57名” (the first number before the unit “名” in “两地党委、政府11批57名干部”)',
    ]);
    expect(mutated('lijiang-expo-companies', { value: 8 })).toEqual([
      'ledger/figures.ts: entry “lijiang-expo-companies”, field “value”: is 8 but the quote prints “18家” (the first number before the unit “家” in “组织18家企业到上海参加展销”)',
    ]);
    // Two figures of one quote: each is the first number before its own unit in its own quote.
    expect(mutated('honghe-shanghai-medical-institutions', { value: 50 })[0]).toContain('is 50 but the quote prints “30所”');
    expect(mutated('puer-sugarcane-yield-before', { value: 3.5 })[0]).toContain('is 3.5 but the quote prints “5吨”');
    expect(mutated('overview-pairing-years', { value: 2 })[0]).toContain('is 2 but the quote prints “20余载”');
  });

  it('checks a damaged value against the legible part of what is printed', () => {
    for (const value of [1e15, -94, 9400]) {
      expect(mutated('lijiang-expo-sales', { value })).toEqual([
        `ledger/figures.ts: entry “lijiang-expo-sales”, field “value”: is ${value} but the legible part of “94.万元” is 94`,
      ]);
    }
    expect(mutated('puer-ximeng-payout', { value: 1, bound: 'lower' })).toEqual([
      'ledger/figures.ts: entry “puer-ximeng-payout”, field “value”: is 1 but “.1万元” has no legible digits before the damage; the value must be null',
    ]);
    expect(mutated('lijiang-project-households', { value: 0, bound: 'lower' })).toEqual([
      'ledger/figures.ts: entry “lijiang-project-households”, field “value”: is 0 but the legible part of “0户” is 0, which bounds nothing; the value must be null',
    ]);
    expect(mutated('lijiang-expo-sales', { printed: '94.万' })).toContain(
      'ledger/figures.ts: entry “lijiang-expo-sales”, field “printed”: “94.万” does not end with the unit “万元”',
    );
  });

  it('rejects a quote that matches more than one place', () => {
    expect(messages([stated({ status: 'omitted', value: null, quote: '24年来', note: '缺失' })])).toEqual([
      'ledger/figures.ts: entry “test-jobs”, field “quote”: found 2 times in the article body; make it longer so it points at one sentence',
    ]);
  });
});

describe('the article file', () => {
  it('splits title, source, body and the republished address', () => {
    expect(article.title).toBe('沪滇携手共谱扶贫协作新篇章');
    expect(article.source).toBe('云南网');
    expect(article.republishedUrl).toBe('http://www.180woai.com/afhpz/3636.html');
    expect(article.body.startsWith('黄浦江开放包容')).toBe(true);
    expect(article.body.endsWith('开辟“一网一')).toBe(true);
    expect(article.body).not.toContain('ICP');
  });

  it('refuses a file without the footer, naming the file', () => {
    expect(() => parseArticle('标题云南网\n正文', 'assets/x.txt')).toThrow('assets/x.txt: footer line “转载请注明…” not found; cannot tell where the body ends');
  });
});
