import type { ChartModel } from '../../../site/model/types.ts';
import type { Lang } from '../../../ledger/format.ts';
import { valueParts } from '../../../site/render-figure.ts';
import { hex } from './colors.ts';

/** One series of a native chart: its name, one value per category (null: a gap, no bar), its colours. */
export interface NativeSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** One colour per category, hex without #. */
  readonly colors: readonly string[];
  /** Each bar's value label as a number format (“General"所"”), so the label reads as on the slide, with its unit; '' for no label. */
  readonly formats: readonly string[];
  /** The bars whose value was supplied from another source: striped in the supplement colour, labelled “补充 …” (patch.ts). */
  readonly supplied: readonly boolean[];
}

/** A chart as PowerPoint holds it, from the deck model (the ledger's values, the catalog's words). */
export interface NativeChart {
  readonly id: string;
  /** Category labels, with the words of a gap the chart cannot plot (“？ 原文未给出”). */
  readonly categories: readonly string[];
  readonly series: readonly NativeSeries[];
  readonly horizontal: boolean;
  readonly stacked: boolean;
  readonly valueAxis: boolean;
  readonly title: string;
  readonly unitLine: string;
  readonly unit: string;
  readonly description: string;
}

const quoted = (text: string): string => (text === '' ? '' : `"${text.replace(/"/g, '')}"`);

/**
 * The number format that writes a value as its label does: “5吨/亩” ⇒ General"吨/亩", “48,800 jobs”
 * ⇒ #,##0" jobs", “约2871个” ⇒ "约"General"个". '' when the label has no number (no label shown).
 */
export function labelFormat(label: string): string {
  const parts = valueParts(label);
  if (!parts || label === '') return '';
  const [before, number, after] = parts;
  const code = number.includes(',') ? '#,##0' : 'General';
  return `${quoted(before)}${code}${quoted(after)}`;
}

/** A number written by a format of labelFormat's kind (what the viewer shows as the bar's label). */
export function formatLabel(value: number, format: string): string {
  const match = /^(?:"([^"]*)")?(#,##0|General)(?:"([^"]*)")?$/.exec(format);
  if (!match) return '';
  const number = match[2] === '#,##0' ? Math.round(value).toLocaleString('en-US') : String(value);
  return `${match[1] ?? ''}${number}${match[3] ?? ''}`;
}

/** The native chart of a chart of the deck model. */
export function nativeChart(chart: ChartModel, lang: Lang): NativeChart {
  const { data } = chart;
  const separator = lang === 'en' ? ': ' : '：';
  const categories = data.categories.map((label, index) => {
    const gaps = data.series.map((series) => series.points[index]?.gap ?? '').filter((gap) => gap !== '');
    return gaps.length === 0 ? label : `${label}${separator}${gaps.join(' ')}`;
  });
  return {
    id: chart.id,
    categories,
    series: data.series.map((series) => ({
      name: series.name,
      values: series.points.map((point) => point.value),
      colors: series.colors.map(hex),
      // A supplied value's label is its words as written (“补充 20000个”): the bar may be drawn in another unit (2 on an axis in 万个).
      formats: series.points.map((point) => (point.value === null || point.value === 0 ? '' : point.supplied ? quoted(point.label) : labelFormat(point.label))),
      supplied: series.points.map((point) => point.supplied === true),
    })),
    horizontal: data.horizontal,
    stacked: data.stacked,
    valueAxis: data.valueAxis,
    title: chart.title,
    unitLine: chart.unitLine,
    unit: chart.unit,
    description: chart.description,
  };
}
