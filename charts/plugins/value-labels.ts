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

/** An upright bar's label as drawn: its lines above the bar, broken to its share of the band when options.wrap. */
function labelLines(ctx: CanvasRenderingContext2D, chart: Chart<'bar'>, text: string, options: ValueLabelsOptions, plotWidth: number): string[] {
  // Its share of the band, less a gap, so labels of neighbouring bars never touch.
  const room = options.wrap ? (plotWidth / Math.max(1, (chart.data.labels?.length ?? 1) * chart.data.datasets.length)) * 0.8 : Infinity;
  return ctx.measureText(text).width > room ? breakLines(text, room, (part) => ctx.measureText(part).width) : [text];
}

const labelFont = (options: ValueLabelsOptions): string => `700 ${Math.round(22 * (options.scale ?? 1))}px ${options.font}`;

/** The value axis's own suggested top, before this plugin raised it for a chart's size. */
const builtMax = new WeakMap<Chart, number | undefined>();

/**
 * Room above the tallest labels of upright bars: a label broken into lines (“Honghe / 50 hospitals and /
 * clinics”) on a short chart (a printed page, an English title of two lines) would run past the top of
 * the canvas and be cut off. Before each layout, the value axis's suggested top is raised just enough
 * that every label's lines fit between the canvas top and its bar, at the chart's present size.
 */
export function makeRoomForLabels(chart: Chart<'bar'>, options: ValueLabelsOptions): void {
  const scaleOptions = chart.config.options?.scales?.y;
  if (chart.config.options?.indexAxis === 'y' || options.inside || !scaleOptions) return;
  if (!builtMax.has(chart)) builtMax.set(chart, scaleOptions.suggestedMax === undefined ? undefined : Number(scaleOptions.suggestedMax));
  const built = builtMax.get(chart);
  const scale = options.scale ?? 1;
  const size = Math.round(22 * scale);
  const padding = chart.config.options?.layout?.padding;
  const top = typeof padding === 'object' && padding !== null && 'top' in padding ? Number(padding.top) : 0;
  // The plot's size from the last layout; before the first, the canvas less the padding and two lines of category labels.
  const area = chart.chartArea;
  const plotWidth = area ? area.right - area.left : chart.width;
  const plotHeight = area ? area.bottom - area.top : chart.height - top - 2 * size * 1.2 - 24;
  if (plotHeight <= 0) return;
  const ctx = chart.ctx;
  ctx.save();
  ctx.font = labelFont(options);
  let needed = built ?? 0;
  chart.data.datasets.forEach((dataset, datasetIndex) => {
    dataset.data.forEach((value, index) => {
      const text = options.labels[datasetIndex]?.[index];
      if (typeof value !== 'number' || !text) return;
      // The label's height above its bar: the gap, its lines, and a little more for the glyphs' ascent.
      const height = 8 * scale + (labelLines(ctx, chart, text, options, plotWidth).length - 1) * size * 1.2 + size * 1.1;
      const free = 1 - (height - top) / plotHeight;
      if (height > top) needed = Math.max(needed, free > 0.2 ? value / free : value * 5);
    });
  });
  ctx.restore();
  scaleOptions.suggestedMax = needed > 0 ? needed : built;
}

/** Writes each bar's value at its end (or inside stacked segments), so no one has to read it off an axis. */
export const valueLabelsPlugin: Plugin<'bar', ValueLabelsOptions> = {
  id: 'valueLabels',
  defaults: { labels: [], color: PALETTE.text, font: 'sans-serif' },
  beforeLayout(chart, _args, options) {
    makeRoomForLabels(chart, options);
  },
  afterDatasetsDraw(chart, _args, options) {
    const horizontal = chart.options.indexAxis === 'y';
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = options.color;
    const scale = options.scale ?? 1;
    ctx.font = labelFont(options);
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
          const lines = labelLines(ctx, chart, text, options, chart.chartArea.right - chart.chartArea.left);
          const step = Math.round(22 * scale) * 1.2;
          lines.forEach((line, lineIndex) => ctx.fillText(line, x, y - 8 * scale - (lines.length - 1 - lineIndex) * step));
        }
      });
    });
    ctx.restore();
  },
};
