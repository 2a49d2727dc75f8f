import type { Chart, Plugin } from 'chart.js';
import { categoryBand, type Band } from './geometry.ts';
import type { PlaceholderMark, PlaceholderMarksOptions } from './types.ts';
import { breakLines } from './text-lines.ts';
import { PALETTE } from '../palette.ts';

export { breakLines };

/** The slot's size along the value axis: fixed, so an unknown never reads as a magnitude. */
const SLOT = 56;

/** How a band is striped: a placeholder's light hatching, or a supplied bar's heavier stripes. */
interface Stripes {
  readonly alpha: number;
  readonly lineWidth: number;
  readonly step: number;
  /** Cross-hatched (a damaged figure) rather than one way. */
  readonly cross: boolean;
}

function hatch(ctx: CanvasRenderingContext2D, band: Band, color: string, { alpha, lineWidth, step, cross }: Stripes): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(band.x, band.y, band.width, band.height);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.globalAlpha = alpha;
  ctx.lineWidth = lineWidth;
  const reach = band.width + band.height;
  for (let offset = -band.height; offset < reach; offset += step) {
    ctx.beginPath();
    ctx.moveTo(band.x + offset, band.y + band.height);
    ctx.lineTo(band.x + offset + band.height, band.y);
    ctx.stroke();
    if (cross) {
      ctx.beginPath();
      ctx.moveTo(band.x + offset, band.y);
      ctx.lineTo(band.x + offset + band.height, band.y + band.height);
      ctx.stroke();
    }
  }
  ctx.restore();
}

/**
 * Writes a mark's words: on one line where they fit, else broken into lines that fit rather than
 * squeezed (unless options.wrap is false).
 */
function words(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, options: PlaceholderMarksOptions): void {
  if (options.wrap === false || ctx.measureText(text).width <= maxWidth) {
    ctx.fillText(text, x, y, maxWidth);
    return;
  }
  const lines = breakLines(text, maxWidth, (part) => ctx.measureText(part).width);
  const size = Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(ctx.font)?.[1] ?? '16');
  const step = size * 1.2;
  const first = ctx.textBaseline === 'bottom' ? y - step * (lines.length - 1) : y - (step * (lines.length - 1)) / 2;
  lines.forEach((line, index) => ctx.fillText(line, x, first + index * step, maxWidth));
}

/**
 * An unknown where its bar would start: a small dashed “？” slot at the axis origin, of fixed size
 * whatever the scale, and the words beside it. Nothing spans the value axis, so the unknown has no
 * length and cannot be read as bigger or smaller than a known value.
 */
function slot(ctx: CanvasRenderingContext2D, band: Band, mark: PlaceholderMark, options: PlaceholderMarksOptions, horizontal: boolean): void {
  const color = mark.kind === 'damaged' ? options.damagedColor : options.color;
  const scale = options.scale ?? 1;
  const size = SLOT * scale;
  const thickness = Math.min(horizontal ? band.height : band.width, 72 * scale);
  const box: Band = horizontal
    ? { x: band.x + 2, y: band.y + (band.height - thickness) / 2, width: size, height: thickness }
    : { x: band.x + (band.width - thickness) / 2, y: band.y + band.height - size - 2, width: thickness, height: size };
  hatch(ctx, box, color, { alpha: 0.22, lineWidth: 1.5, step: 10, cross: mark.kind === 'damaged' });
  ctx.save();
  ctx.setLineDash([6, 5]);
  ctx.lineWidth = 2;
  ctx.strokeStyle = color;
  ctx.strokeRect(box.x + 1, box.y + 1, box.width - 2, box.height - 2);
  ctx.setLineDash([]);
  ctx.fillStyle = color;
  ctx.font = `700 ${Math.round(Math.min(32 * scale, box.height * 0.6, box.width * 0.6))}px ${options.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(mark.question, box.x + box.width / 2, box.y + box.height / 2);
  ctx.font = `700 ${Math.round(22 * scale)}px ${options.font}`;
  if (horizontal) {
    ctx.textAlign = 'left';
    words(ctx, mark.text, box.x + box.width + 14 * scale, box.y + box.height / 2, Math.max(40, band.width - box.width - 20 * scale), options);
  } else {
    ctx.textBaseline = 'bottom';
    words(ctx, mark.text, box.x + box.width / 2, box.y - 10 * scale, Math.max(40, band.width + 40 * scale), options);
  }
  ctx.restore();
}

function openEnd(chart: Chart, mark: PlaceholderMark, options: PlaceholderMarksOptions, horizontal: boolean): void {
  const element = chart.getDatasetMeta(0).data[mark.index];
  if (!element) return;
  const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
  const ctx = chart.ctx;
  const area = chart.chartArea;
  const scale = options.scale ?? 1;
  ctx.save();
  ctx.strokeStyle = options.damagedColor;
  ctx.fillStyle = options.damagedColor;
  ctx.lineWidth = 3;
  ctx.setLineDash([10, 7]);
  ctx.beginPath();
  if (horizontal) {
    const end = Math.min(area.right - 14, x + (area.right - area.left) * 0.14);
    ctx.moveTo(x, y);
    ctx.lineTo(end, y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(end + 12, y);
    ctx.lineTo(end, y - 8);
    ctx.lineTo(end, y + 8);
    ctx.closePath();
    ctx.fill();
    ctx.font = `700 ${Math.round(22 * scale)}px ${options.font}`;
    ctx.textAlign = 'left';
    const room = Math.max(40, area.right - end - 24);
    if (options.openEndBelow && ctx.measureText(mark.text).width > room) {
      // A narrow (reflowed) chart: the words go under the bar, across the plot, rather than squeezed beside the arrow.
      const { height } = element.getProps(['height'], true) as { height: number };
      ctx.textBaseline = 'top';
      const size = Math.round(22 * scale);
      const lines = breakLines(mark.text, chart.width - area.left - 4, (part) => ctx.measureText(part).width);
      lines.forEach((line, index) => ctx.fillText(line, area.left, y + height / 2 + 4 + index * size * 1.2));
    } else {
      ctx.textBaseline = 'middle';
      words(ctx, mark.text, end + 20, y, room, options);
    }
  } else {
    const end = Math.max(area.top + 14, y - (area.bottom - area.top) * 0.14);
    ctx.moveTo(x, y);
    ctx.lineTo(x, end);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(x, end - 12);
    ctx.lineTo(x - 8, end);
    ctx.lineTo(x + 8, end);
    ctx.closePath();
    ctx.fill();
    ctx.font = `700 ${Math.round(22 * scale)}px ${options.font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    words(ctx, mark.text, x, end - 16, Math.max(40, area.right - area.left), options);
  }
  ctx.restore();
}

/**
 * A value supplied from another source: its bar (drawn by Chart.js with an outline of the supplement
 * colour on the background) gets a striped fill of its own, never the article's solid colours, and
 * the words of the supplement mark (“added …”) at its end, so it cannot be read as a figure of the article.
 */
function suppliedBar(chart: Chart, mark: PlaceholderMark, options: PlaceholderMarksOptions, horizontal: boolean): void {
  const element = chart.getDatasetMeta(0).data[mark.index];
  if (!element) return;
  const { x, y, base, width, height } = element.getProps(['x', 'y', 'base', 'width', 'height'], true) as { x: number; y: number; base: number; width: number; height: number };
  const color = options.supplementColor ?? PALETTE.supplement;
  const box: Band = horizontal
    ? { x: Math.min(base, x), y: y - height / 2, width: Math.abs(x - base), height }
    : { x: x - width / 2, y: Math.min(base, y), width, height: Math.abs(base - y) };
  const ctx = chart.ctx;
  const scale = options.scale ?? 1;
  hatch(ctx, box, color, { alpha: 0.55, lineWidth: 4 * scale, step: 12 * scale, cross: false });
  ctx.save();
  ctx.fillStyle = color;
  ctx.font = `700 ${Math.round(22 * scale)}px ${options.font}`;
  const area = chart.chartArea;
  if (horizontal) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    words(ctx, mark.text, box.x + box.width + 12 * scale, y, Math.max(40, area.right - box.x - box.width - 16 * scale), options);
  } else {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    words(ctx, mark.text, x, box.y - 8 * scale, Math.max(40, width + 80 * scale), options);
  }
  ctx.restore();
}

/**
 * Draws what the article leaves out where a bar would start: a fixed-size dashed “？” slot at the
 * axis origin with the words, never a band along the value axis. Open-end marks extend a
 * lower-bound bar with a dashed arrow.
 */
export const placeholderMarksPlugin: Plugin<'bar', PlaceholderMarksOptions> = {
  id: 'placeholderMarks',
  defaults: { marks: [], color: PALETTE.placeholder, damagedColor: PALETTE.damaged, font: 'sans-serif' },
  afterDatasetsDraw(chart, _args, options) {
    const horizontal = chart.options.indexAxis === 'y';
    const categoryAxis = horizontal ? chart.scales.y : chart.scales.x;
    if (!categoryAxis) return;
    const count = chart.data.labels?.length ?? 0;
    for (const mark of options.marks) {
      if (mark.kind === 'open-end') openEnd(chart, mark, options, horizontal);
      else if (mark.kind === 'supplied') suppliedBar(chart, mark, options, horizontal);
      else slot(chart.ctx, categoryBand(categoryAxis, count, mark.index, horizontal, chart.chartArea), mark, options, horizontal);
    }
  },
};
