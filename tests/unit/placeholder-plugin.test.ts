import { describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { placeholderMarksPlugin } from '../../charts/plugins/placeholder-marks.ts';
import { valueLabelsPlugin } from '../../charts/plugins/value-labels.ts';
import type { PlaceholderMarksOptions, ValueLabelsOptions } from '../../charts/plugins/types.ts';

/** A canvas context that records what is drawn. */
function recordingContext() {
  const calls: { name: string; args: unknown[] }[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, name: string) {
      if (name in target) return target[name];
      return (...args: unknown[]) => calls.push({ name, args });
    },
    set(target, name: string, value) {
      target[name] = value;
      calls.push({ name: `set:${name}`, args: [value] });
      return true;
    },
  });
  return { ctx, calls };
}

function fakeChart(horizontal: boolean, ctx: object, barEnd = { x: 300, y: 100 }) {
  const axis = { left: 100, right: 700, top: 20, bottom: 320, getPixelForValue: (index: number) => (horizontal ? 95 + index * 150 : 250 + index * 300) };
  return {
    ctx,
    options: { indexAxis: horizontal ? 'y' : 'x' },
    chartArea: { left: 100, right: 700, top: 20, bottom: 320 },
    data: { labels: ['a', 'b'], datasets: [{ data: [94, null] }] },
    scales: { x: axis, y: axis },
    getDatasetMeta: () => ({ hidden: false, data: [{ getProps: () => barEnd }, { getProps: () => ({ x: Number.NaN, y: Number.NaN }) }] }),
  } as unknown as Chart<'bar'>;
}

const call = <T>(hook: ((chart: Chart<'bar'>, args: never, options: T, cancelable: false) => void) | undefined, chart: Chart<'bar'>, options: T) => {
  if (!hook) throw new Error('hook missing');
  hook(chart, {} as never, options, false);
};

describe('placeholderMarksPlugin', () => {
  const base: PlaceholderMarksOptions = { marks: [], color: '#5F6670', damagedColor: '#8A3F73', font: 'sans-serif' };

  it('draws a fixed-size dashed “？” slot at the axis origin with the words “原文未给出”, nothing along the value axis', () => {
    const { ctx, calls } = recordingContext();
    call(placeholderMarksPlugin.afterDatasetsDraw, fakeChart(true, ctx), { ...base, marks: [{ index: 1, kind: 'omitted', question: '？', text: '原文未给出' }] });
    expect(calls.some((c) => c.name === 'setLineDash' && (c.args[0] as number[]).length > 0)).toBe(true);
    expect(calls.some((c) => c.name === 'strokeRect')).toBe(true);
    expect(calls.filter((c) => c.name === 'fillText').map((c) => c.args[0])).toEqual(['？', '原文未给出']);
    // The slot is the same small size whatever the axis: it never spans the chart area (left 100 … right 700).
    const rect = calls.find((c) => c.name === 'strokeRect')?.args as number[];
    expect(rect[0]).toBeLessThan(110);
    expect(rect[2]).toBeLessThanOrEqual(56);
  });

  it('uses the damaged colour and cross-hatching for a damaged figure', () => {
    const { ctx, calls } = recordingContext();
    call(placeholderMarksPlugin.afterDatasetsDraw, fakeChart(true, ctx), { ...base, marks: [{ index: 0, kind: 'damaged', question: '？', text: '原文显示“0户”' }] });
    expect(calls.some((c) => c.name === 'set:strokeStyle' && c.args[0] === '#8A3F73')).toBe(true);
    expect(calls.filter((c) => c.name === 'fillText').map((c) => c.args[0])).toEqual(['？', '原文显示“0户”']);
  });

  it('continues a lower-bound bar with a dashed open end and its label', () => {
    const { ctx, calls } = recordingContext();
    call(placeholderMarksPlugin.afterDatasetsDraw, fakeChart(true, ctx), { ...base, marks: [{ index: 0, kind: 'open-end', question: '', text: '94万元以上' }] });
    const dashed = calls.findIndex((c) => c.name === 'setLineDash' && (c.args[0] as number[]).length > 0);
    expect(dashed).toBeGreaterThanOrEqual(0);
    expect(calls.find((c) => c.name === 'moveTo')?.args).toEqual([300, 100]);
    expect(calls.filter((c) => c.name === 'fillText').map((c) => c.args[0])).toEqual(['94万元以上']);
  });

  it('draws nothing without marks', () => {
    const { ctx, calls } = recordingContext();
    call(placeholderMarksPlugin.afterDatasetsDraw, fakeChart(true, ctx), base);
    expect(calls.filter((c) => c.name === 'fillText')).toEqual([]);
  });
});

describe('valueLabelsPlugin', () => {
  it('writes each labelled bar’s value at its end and skips bars without a value', () => {
    const { ctx, calls } = recordingContext();
    const options: ValueLabelsOptions = { labels: [['94万元', '']], color: '#000', font: 'sans-serif' };
    call(valueLabelsPlugin.afterDatasetsDraw, fakeChart(true, ctx), options);
    expect(calls.filter((c) => c.name === 'fillText').map((c) => c.args)).toEqual([['94万元', 310, 100]]);
  });
});
