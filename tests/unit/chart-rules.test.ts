import { describe, expect, it } from 'vitest';
import { CHARTS, chartById } from '../../charts/catalog/index.ts';
import { chartRuleProblems } from '../../charts/catalog/rules.ts';
import type { ChartSpec } from '../../charts/catalog/spec.ts';
import { GAP_CHART, LOWER_BOUND_CHART } from './chart-fixtures.ts';

describe('chart rules (README “Story and chart rules”) over the whole catalog', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`every chart keeps them (${lang})`, () => {
      expect(CHARTS.flatMap((spec) => chartRuleProblems(spec, lang))).toEqual([]);
    });
  }
});

describe('chart rules fail the charts that break them', () => {
  it('a chart that plots a single known value (one bar beside a gap, or a lower bound alone)', () => {
    expect(chartRuleProblems(GAP_CHART, 'zh-CN')).toContain(
      'charts/catalog: chart “xishuangbanna-jobs” (zh-CN): plots 1 known value; a chart with one known value is a hero number (or a designed visual), not a one-bar chart',
    );
    expect(chartRuleProblems(LOWER_BOUND_CHART, 'en').some((problem) => problem.includes('plots 1 known value'))).toBe(true);
  });

  it('a chart that states its unit more than once (labels and the line under it; labels and the title)', () => {
    const sugarcane = chartById('puer-sugarcane-yield');
    const withLine: ChartSpec = { ...sugarcane, unitLineShown: true };
    expect(chartRuleProblems(withLine, 'zh-CN')).toEqual([
      'charts/catalog: chart “puer-sugarcane-yield” (zh-CN): states its unit 2 times (value labels, unit line); state it once',
    ]);
    const unitInTitle: ChartSpec = { ...sugarcane, text: (lang) => ({ ...sugarcane.text(lang), title: lang === 'en' ? 'Yields fell from 5 t to 3.5 t' : '亩产从5吨降到3.5吨' }) };
    expect(chartRuleProblems(unitInTitle, 'zh-CN')).toEqual([
      'charts/catalog: chart “puer-sugarcane-yield” (zh-CN): states its unit 2 times (title, value labels); state it once',
    ]);
    expect(chartRuleProblems(unitInTitle, 'en')).toEqual([
      'charts/catalog: chart “puer-sugarcane-yield” (en): states its unit 2 times (title, value labels); state it once',
    ]);
  });

  it('a chart whose bars all carry their value and still shows a value axis', () => {
    const pairs = chartById('honghe-pairs');
    const withAxis: ChartSpec = {
      ...pairs,
      build: (options) => {
        const config = pairs.build(options);
        const y = config.options?.scales?.y;
        return { ...config, options: { ...config.options, scales: { ...config.options?.scales, y: { ...y, ticks: { ...y?.ticks, display: true } } } } };
      },
    };
    expect(chartRuleProblems(withAxis, 'en')).toEqual([
      'charts/catalog: chart “honghe-pairs” (en): every bar carries its value, but the value axis still shows ticks or grid lines; leave the axis out',
    ]);
  });
});
