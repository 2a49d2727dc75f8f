import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishQuoteProblems, typedNumberProblems, writtenTexts } from '../../site/written-text.ts';
import { loadSiteData } from '../../site/site-data.ts';
import { figuresCsv, figuresJson } from '../../site/ledger-export.ts';
import { CHARTS } from '../../charts/catalog/index.ts';
import { GAP_CHART, LOWER_BOUND_CHART } from './chart-fixtures.ts';
import { FIGURE_TOKEN, figureLabel, figureNote, renderFigureTokens } from '../../ledger/format.ts';
import { parseArticle } from '../../ledger/article.ts';
import { FIGURES_EN } from '../../ledger/english.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { TEXT_EXCLUSIONS } from '../../ledger/exclusions.ts';
import { findStrayDigits } from '../../ledger/typed-digits.ts';

const root = resolve(import.meta.dirname, '../..');
const article = parseArticle(readFileSync(resolve(root, 'assets/article.txt'), 'utf8'));

describe('figure tokens in hand-written text', () => {
  it('render the ledger figure with the one formatter, in either language', () => {
    expect(renderFigureTokens('招聘会提供岗位{xishuangbanna-jobs-offered}', 'zh-CN', 'test')).toBe('招聘会提供岗位4.88万个');
    expect(renderFigureTokens('{xishuangbanna-jobs-offered}', 'en', 'test')).toBe('48,800 jobs');
    expect(renderFigureTokens('{xishuangbanna-jobs-offered|number}', 'en', 'test')).toBe('48,800');
    expect(renderFigureTokens('从{puer-sugarcane-yield-before|number}吨降到{puer-sugarcane-yield-drought|number}吨', 'zh-CN', 'test')).toBe('从5吨降到3.5吨');
    expect(renderFigureTokens('{lijiang-expo-sales}', 'zh-CN', 'test')).toBe('94万元以上');
    expect(renderFigureTokens('{lijiang-project-households|printed}', 'zh-CN', 'test')).toBe('0户');
  });

  it('name the file, entry and field when a token names no ledger entry or asks for text a figure has not', () => {
    expect(() => renderFigureTokens('岗位{xishuangbanna-jobs}', 'zh-CN', 'charts/catalog/index.ts: chart “x”, field “title”')).toThrow(
      'charts/catalog/index.ts: chart “x”, field “title”: token “{xishuangbanna-jobs}” names no ledger entry',
    );
    expect(() => renderFigureTokens('{honghe-cadres|printed}', 'zh-CN', 'here')).toThrow('here: token “{honghe-cadres|printed}”: “honghe-cadres” is not a damaged figure and has no printed text');
  });

  it('chart titles, labels and ledger notes say the figures the ledger holds', () => {
    const titles = [...CHARTS, GAP_CHART, LOWER_BOUND_CHART].map((chart) => chart.text('zh-CN').title);
    expect(titles).toContain('赴沪展销卖出94万元以上，订单金额都没有给出');
    expect(titles).toContain('招聘会提供岗位4.88万个，公共服务岗位数没有给出');
    const jobsPerFair = FIGURES.find((figure) => figure.id === 'xishuangbanna-jobs-per-fair');
    if (!jobsPerFair) throw new Error('no xishuangbanna-jobs-per-fair');
    expect(figureNote(jobsPerFair)).toBe('计算值：4.88万个 ÷ 17场 ≈ 2871个，由原文的两个数字算出，是平均数。');
    expect(figureNote(jobsPerFair, 'en')).toBe('Computed: 48,800 jobs ÷ 17 job fairs ≈ 2,871, an average from the article’s two figures.');
    const rubberYear = FIGURES.find((figure) => figure.id === 'puer-rubber-expansion-year');
    if (!rubberYear) throw new Error('no puer-rubber-expansion-year');
    expect(figureLabel(rubberYear)).toBe('橡胶投保面积达10万亩的年份');
  });
});

describe('no number is typed outside the ledger', () => {
  it('every title, label, note, slide and translation takes its numbers from the ledger today', () => {
    expect(typedNumberProblems(writtenTexts(root), article.body)).toEqual([]);
    expect(englishQuoteProblems(article.body)).toEqual([]);
  });

  it('fails on a digit typed into a chart title, a slide title, a note or English text, naming where', () => {
    const typed = [
      { where: 'charts/catalog/index.ts: chart “xishuangbanna-jobs”, field “title”', text: '招聘会提供岗位4.88万个，公共服务岗位数没有给出' },
      { where: 'slides/puer/index.html: slide “sugarcane”', text: '亩产从5吨降到{puer-sugarcane-yield-drought|number}吨' },
      { where: 'ledger/figures.ts: entry “lijiang-expo-order-value”, field “note”', text: '13份订单的金额数字缺失' },
      { where: 'slides/lijiang/en.html: slide “expo”', text: 'They signed 13 contracts.' },
    ];
    const problems = typedNumberProblems(typed, article.body);
    expect(problems.map((problem) => problem.split(': “')[0])).toEqual([
      'charts/catalog/index.ts: chart “xishuangbanna-jobs”, field “title”',
      'slides/puer/index.html: slide “sugarcane”',
      'ledger/figures.ts: entry “lijiang-expo-order-value”, field “note”',
      'slides/lijiang/en.html: slide “expo”',
    ]);
    expect(problems[0]).toBe(
      'charts/catalog/index.ts: chart “xishuangbanna-jobs”, field “title”: “4.88” is typed, not taken from the ledger (in “…招聘会提供岗位4.88万个，公共服务岗位数没有…”); write a figure token such as {ledger-id} or a data-figure element, or list the text in ledger/exclusions.ts',
    );
  });

  it('allows tokens, quotations verbatim from the article and listed exclusions, and nothing else', () => {
    expect(findStrayDigits('原文写“年6月”奔赴云南', article.body, TEXT_EXCLUSIONS)).toEqual([]);
    expect(findStrayDigits('原文写“年7月”奔赴云南', article.body, [])).toEqual([]);
    expect(findStrayDigits('原文写“年9月”奔赴云南', article.body, TEXT_EXCLUSIONS).map((stray) => stray.digits)).toEqual(['9']);
    expect(findStrayDigits('“10·17扶贫日”签订的订单', article.body, TEXT_EXCLUSIONS)).toEqual([]);
    expect(findStrayDigits('“10·18扶贫日”', article.body, TEXT_EXCLUSIONS).map((stray) => stray.digits)).toEqual(['10', '18']);
  });

  it('fails on a translation whose number is not its Chinese quote’s', () => {
    const drifted = { ...FIGURES_EN, 'honghe-cadres': { ...FIGURES_EN['honghe-cadres']!, quote: '11 batches of 75 cadres from the Party committees' } };
    expect(englishQuoteProblems(article.body, FIGURES, drifted)).toEqual([
      'ledger/english.ts: entry “honghe-cadres”, field “quote”: “75” is not a number of the Chinese quote “两地党委、政府11批57名干部” (in “… batches of 75 cadres from…”)',
    ]);
  });

  it('leaves no unrendered token in the pages, decks.json or the data downloads', () => {
    const site = loadSiteData(root);
    const outputs = [
      ...[...site.decks.values(), ...site.englishDecks.values()].map((deck) => deck.html),
      JSON.stringify(site.manifest),
      figuresJson(FIGURES, { title: site.article.title, source: site.article.source, url: site.article.republishedUrl }),
      figuresCsv(FIGURES),
    ];
    for (const output of outputs) expect(output.match(FIGURE_TOKEN)).toBeNull();
  });
});
