import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { GAP_CHART } from './chart-fixtures.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { SUPPLEMENT_COLUMNS } from '../../ledger/supplements.ts';
import { parseSupplements } from '../../site/supplements-file.ts';
import { placeholderMarksPlugin } from '../../charts/plugins/placeholder-marks.ts';
import type { PlaceholderMarksOptions } from '../../charts/plugins/types.ts';
import { PALETTE } from '../../charts/palette.ts';

/** 5000 public-service jobs, supplied (a test row, not a source): a bar beside 4.88万 jobs, at 0.5万. */
const SUPPLEMENTS = parseSupplements(
  `${SUPPLEMENT_COLUMNS.join(',')}\nxishuangbanna-public-service-jobs,5000,测试,https://example.org/t,测试社,2020-01-01,开发乡村公共服务岗位5000个。,\n`,
  'tests/unit/supplement-chart.test.ts', FIGURES,
);

describe('a supplied figure in a chart', () => {
  it('is a bar on the known values’ scale, in the supplement colour, with a “补充” mark that keeps the gap; never the article’s colour', () => {
    const config = GAP_CHART.build({ font: 'sans-serif', lang: 'zh-CN', supplements: SUPPLEMENTS });
    const dataset = config.data.datasets[0];
    expect(dataset?.data).toEqual([4.88, 0.5]);
    expect((dataset?.backgroundColor as string[])[1]).toBe(PALETTE.background);
    expect((dataset?.borderColor as string[])[1]).toBe(PALETTE.supplement);
    expect((dataset?.backgroundColor as string[])[0]).toBe(PALETTE.yunnan);
    const marks = config.options?.plugins?.placeholderMarks?.marks ?? [];
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ index: 1, kind: 'supplied' });
    expect((marks[0]?.text ?? '').replace(/\u200B/g, '')).toBe('补充 5000个 · 原文未给出');
    const english = GAP_CHART.build({ font: 'sans-serif', lang: 'en', supplements: SUPPLEMENTS });
    expect(english.data.datasets[0]?.data).toEqual([48800, 5000]);
    expect((english.options?.plugins?.placeholderMarks?.marks?.[0]?.text ?? '').replace(/\u200B/g, '').replace(/\u00A0/g, ' ')).toMatch(/^added 5,000 jobs · not given in the article$/);
  });
  it('without supplements the chart is the article’s: no bar for the gap', () => {
    const config = GAP_CHART.build({ font: 'sans-serif', lang: 'zh-CN' });
    expect(config.data.datasets[0]?.data).toEqual([4.88, null]);
    expect(config.options?.plugins?.placeholderMarks?.marks?.[0]?.kind).toBe('omitted');
  });
  it('the plugin stripes the supplied bar in the supplement colour and writes the mark at its end', () => {
    const calls: { name: string; args: unknown[] }[] = [];
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (target, name: string) => (name in target ? target[name] : (...args: unknown[]) => calls.push({ name, args })),
      set: (target, name: string, value) => {
        target[name] = value;
        calls.push({ name: `set:${name}`, args: [value] });
        return true;
      },
    });
    const bar = { x: 400, y: 245, base: 100, width: 0, height: 60 };
    const chart = {
      ctx, options: { indexAxis: 'y' }, chartArea: { left: 100, right: 700, top: 20, bottom: 320 }, data: { labels: ['a', 'b'] },
      scales: { x: {}, y: {} },
      getDatasetMeta: () => ({ data: [{ getProps: () => ({ x: 0, y: 0 }) }, { getProps: () => bar }] }),
    } as unknown as Chart<'bar'>;
    const options: PlaceholderMarksOptions = { marks: [{ index: 1, kind: 'supplied', question: '', text: '补充 5000个 · 原文未给出' }], color: '#5F6670', damagedColor: '#8A3F73', supplementColor: PALETTE.supplement, font: 'sans-serif' };
    placeholderMarksPlugin.afterDatasetsDraw?.(chart, {} as never, options, false as never);
    expect(calls.find((call) => call.name === 'rect')?.args).toEqual([100, 215, 300, 60]);
    expect(calls.some((call) => call.name === 'set:strokeStyle' && call.args[0] === PALETTE.supplement)).toBe(true);
    expect(calls.filter((call) => call.name === 'stroke').length).toBeGreaterThan(10);
    expect(calls.filter((call) => call.name === 'fillText').map((call) => call.args[0])).toEqual(['补充 5000个 · 原文未给出']);
  });
});
