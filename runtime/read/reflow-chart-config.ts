import type { ChartConfiguration } from 'chart.js';
import { PHRASE_BREAK, wrapText } from '../../charts/phrases.ts';
import type { Lang } from '../../ledger/format.ts';

/**
 * A chart's slide configuration (built for a 1280×720 slide, ticks 20–22 px) adapted to a reflowed
 * column a phone wide (reading view, compact embed). The canvas is drawn at its own CSS size, not
 * scaled, so these sizes are what the reader sees: text 13–14 px, never under MIN_CHART_TEXT.
 * Only presentation changes: the data, labels' words and marks are the ledger's, untouched.
 */
export const MIN_CHART_TEXT = 12;
/** Slide text (20–22 px) to reflowed text (13–14 px). */
export const REFLOW_TEXT_SCALE = 0.64;

export interface ReflowOptions {
  /** The column's width in CSS px. */
  readonly width: number;
  readonly lang: Lang;
}

type Font = { size?: number } | undefined;

function scaleFont(font: Font): void {
  if (font && typeof font.size === 'number') font.size = Math.max(MIN_CHART_TEXT, Math.round(font.size * REFLOW_TEXT_SCALE));
}

/**
 * Category labels re-wrapped for a narrow axis: the same words in shorter lines, broken where the
 * build allows (between words or Chinese phrases: charts/phrases.ts, the same rule as the slide's
 * axis and the PowerPoint export), never inside a quoted term or a number, nor before closing punctuation.
 */
export function rewrapLabel(label: unknown, lang: Lang, width: number): unknown {
  const text = Array.isArray(label) ? label.join(lang === 'en' ? ' ' : PHRASE_BREAK) : label;
  if (typeof text !== 'string') return label;
  const lines = wrapText(text, width);
  return lines.length <= 1 ? text : lines;
}

function hasOpenEnd(config: ChartConfiguration<'bar'>): boolean {
  return config.options?.plugins?.placeholderMarks?.marks?.some((mark) => mark?.kind === 'open-end') ?? false;
}

export function isHorizontal(config: ChartConfiguration<'bar'>): boolean {
  return config.options?.indexAxis === 'y';
}

/**
 * The chart's height in the column, for a reflowed configuration: a row per category across, or a
 * near-square box upright, plus whatever room its value labels took above the bars.
 */
export function reflowChartHeight(config: ChartConfiguration<'bar'>, width: number): number {
  const rows = config.data.labels?.length ?? 1;
  const padding = config.options?.layout?.padding;
  const extraTop = padding && typeof padding === 'object' ? Math.max(0, ((padding as { top?: number }).top ?? 0) - 18) : 0;
  if (!isHorizontal(config)) return Math.round(Math.min(400, Math.max(260, width * 0.85)) + extraTop);
  // A lower-bound bar writes what is printed under itself in a narrow chart: taller rows.
  if (isHorizontal(config)) return Math.max(210, Math.round(48 + rows * (hasOpenEnd(config) ? 96 : 66)));
  return Math.round(Math.min(400, Math.max(260, width * 0.85)));
}

export function reflowChartConfig(source: ChartConfiguration<'bar'>, options: ReflowOptions): ChartConfiguration<'bar'> {
  const config = structuredClone(source);
  const chartOptions = (config.options ??= {});
  const horizontal = isHorizontal(config);
  for (const scale of Object.values(chartOptions.scales ?? {})) {
    if (!scale) continue;
    const axis = scale as { type?: string; ticks?: { font?: Font; autoSkip?: boolean; maxRotation?: number }; title?: { font?: Font } };
    scaleFont(axis.ticks?.font);
    scaleFont(axis.title?.font);
    // Every category keeps its label, upright: none skipped or tilted to make room.
    if (axis.type === 'category' && axis.ticks) Object.assign(axis.ticks, { autoSkip: false, maxRotation: 0, minRotation: 0 });
  }
  const padding = chartOptions.layout?.padding;
  if (padding && typeof padding === 'object') {
    const box = padding as Record<string, number>;
    for (const side of Object.keys(box)) if (typeof box[side] === 'number') box[side] = Math.round((box[side] ?? 0) * 0.5);
  }
  // Horizontal bars: category labels on the left take at most about a third of the column.
  // Upright bars: a category label as wide as its band (14 px text: about 7.5 px a Latin letter, 14 px a Chinese character).
  const charWidth = options.lang === 'en' ? 7.5 : 14;
  const categories = Math.max(1, config.data.labels?.length ?? 1);
  const perLine = horizontal
    ? options.lang === 'en' ? 14 : Math.max(5, Math.floor(options.width / 3 / 14))
    : Math.max(4, Math.floor((options.width - 48) / categories / charWidth));
  if (config.data.labels) config.data.labels = config.data.labels.map((label) => rewrapLabel(label, options.lang, perLine)) as typeof config.data.labels;
  for (const dataset of config.data.datasets) {
    const bar = dataset as { maxBarThickness?: number };
    if (typeof bar.maxBarThickness === 'number') bar.maxBarThickness = Math.round(bar.maxBarThickness * (horizontal && hasOpenEnd(config) ? 0.3 : 0.5));
  }
  const plugins = (chartOptions.plugins ??= {}) as Record<string, unknown>;
  for (const id of ['valueLabels', 'placeholderMarks']) {
    const plugin = plugins[id];
    if (plugin && typeof plugin === 'object') plugins[id] = { ...plugin, scale: REFLOW_TEXT_SCALE, ...(id === 'placeholderMarks' ? { openEndBelow: true } : { wrap: true }) };
  }
  // Upright bars: room above the tallest bar for value labels broken into lines over narrow bars.
  if (!horizontal && padding && typeof padding === 'object') {
    const perBar = (options.width - 48) / categories / Math.max(1, config.data.datasets.length);
    const texts = (config.options?.plugins?.valueLabels?.labels ?? []).flat().filter((text): text is string => typeof text === 'string');
    const lines = Math.max(1, ...texts.map((text) => Math.ceil(([...text].length * charWidth) / Math.max(1, perBar))));
    const box = padding as Record<string, number>;
    box.top = (box.top ?? 0) + Math.min(3, lines - 1) * 17;
  }
  return config;
}
