import type { Chart, Plugin } from 'chart.js';
import type { ValueLabelsOptions } from './types.ts';
import { breakLines } from './text-lines.ts';
import { PALETTE } from '../palette.ts';

interface Segment {
  readonly x: number;
  readonly y: number;
  readonly base: number;
}

function segmentOf(chart: Chart<'bar'>, datasetIndex: number, index: number): Segment | null {
  const element = chart.getDatasetMeta(datasetIndex).data[index];
  if (!element) return null;
  const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
  return Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(base) ? { x, y, base } : null;
}

/** Labels inside the segments of horizontal stacked bars: each series named once, where it fits. */
function drawInside(chart: Chart<'bar'>, options: ValueLabelsOptions, inside: NonNullable<ValueLabelsOptions['inside']>): void {
  const ctx = chart.ctx;
  ctx.fillStyle = inside.color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  chart.data.datasets.forEach((_dataset, datasetIndex) => {
    if (chart.getDatasetMeta(datasetIndex).hidden) return;
    let named = false;
    (options.labels[datasetIndex] ?? []).forEach((full, index) => {
      const short = inside.short[datasetIndex]?.[index] ?? '';
      const segment = segmentOf(chart, datasetIndex, index);
      if (!segment || full === '') return;
      const room = Math.abs(segment.x - segment.base) - 12;
      const text = !named && ctx.measureText(full).width <= room ? full : short;
      if (text === '' || ctx.measureText(text).width > room) return;
      if (text === full) named = true;
      ctx.fillText(text, (segment.x + segment.base) / 2, segment.y);
    });
  });
}

/** Writes each bar's value at its end (or inside stacked segments), so no one has to read it off an axis. */
export const valueLabelsPlugin: Plugin<'bar', ValueLabelsOptions> = {
  id: 'valueLabels',
  defaults: { labels: [], color: PALETTE.text, font: 'sans-serif' },
  afterDatasetsDraw(chart, _args, options) {
    const horizontal = chart.options.indexAxis === 'y';
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = options.color;
    const scale = options.scale ?? 1;
    ctx.font = `700 ${Math.round(22 * scale)}px ${options.font}`;
    if (options.inside && horizontal) {
      drawInside(chart, options, options.inside);
      ctx.restore();
      return;
    }
    chart.data.datasets.forEach((_dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      meta.data.forEach((element, index) => {
        const text = options.labels[datasetIndex]?.[index];
        if (!text) return;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, x + 10 * scale, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          // A narrow (reflowed) chart: a label wider than its bar's share of the band goes on lines above it.
          // Its share of the band, less a gap, so labels of neighbouring bars never touch.
          const room = options.wrap ? ((chart.chartArea.right - chart.chartArea.left) / Math.max(1, (chart.data.labels?.length ?? 1) * chart.data.datasets.length)) * 0.8 : Infinity;
          const lines = ctx.measureText(text).width > room ? breakLines(text, room, (part) => ctx.measureText(part).width) : [text];
          const step = Math.round(22 * scale) * 1.2;
          lines.forEach((line, lineIndex) => ctx.fillText(line, x, y - 8 * scale - (lines.length - 1 - lineIndex) * step));
        }
      });
    });
    ctx.restore();
  },
};
