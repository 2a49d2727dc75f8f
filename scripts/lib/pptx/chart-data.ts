import { withoutPhraseBreaks } from '../../../charts/phrases.ts';
import type { ChartSpec } from '../../../charts/catalog/spec.ts';
import { DEFAULT_BUILD_OPTIONS } from '../../../charts/builders/options.ts';
import type { Lang } from '../../../ledger/format.ts';
import type { SupplementSet } from '../../../ledger/supplements.ts';
import { SUPPLEMENT_FILL } from './supplements.ts';

/** One series of a native chart: its name, one value per category (null: a gap, no bar), its colour. */
export interface NativeSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** One colour per category (a single series may colour its bars by side), hex without #. */
  readonly colors: readonly string[];
}

/** A chart as PowerPoint holds it: the same data the deck's Chart.js chart plots. */
export interface NativeChart {
  readonly id: string;
  /** Category labels as text, with the gap words of a category the chart cannot plot. */
  readonly categories: readonly string[];
  readonly series: readonly NativeSeries[];
  readonly horizontal: boolean;
  readonly stacked: boolean;
  readonly title: string;
  /** The line under the chart (“单位：…”), or '' when the value labels carry the unit. */
  readonly unitLine: string;
  /** The unit alone: the name of a single series in the sheet. */
  readonly unit: string;
  readonly description: string;
}

const CJK = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/u;

/** A wrapped Chart.js label (several lines) as one line: Chinese pieces join directly, others with a space. */
export function joinLabel(label: unknown): string {
  if (!Array.isArray(label)) return withoutPhraseBreaks(String(label));
  return label.map((piece) => withoutPhraseBreaks(String(piece))).reduce((line, piece) => {
    if (line === '') return piece;
    const touching = CJK.test(line.slice(-1)) && CJK.test(piece.slice(0, 1));
    return touching ? `${line}${piece}` : `${line} ${piece}`;
  }, '');
}

function hex(color: unknown): string {
  return typeof color === 'string' ? color.replace(/^#/, '').toUpperCase() : '5F6670';
}

/**
 * The native chart of a catalog chart, read from the same Chart.js configuration the slides draw
 * (labels, values, colours, placeholder words), so the two cannot disagree.
 */
export function nativeChart(spec: ChartSpec, lang: Lang, supplements?: SupplementSet): NativeChart {
  const config = spec.build({ ...DEFAULT_BUILD_OPTIONS, lang, ...(supplements ? { supplements } : {}) });
  const labels = (config.data.labels ?? []).map(joinLabel);
  const marks = config.options?.plugins?.placeholderMarks?.marks ?? [];
  const separator = lang === 'en' ? ': ' : '：';
  const categories = labels.map((label, index) => {
    const mark = marks.find((candidate) => candidate?.index === index);
    if (!mark) return label;
    return `${label}${separator}${mark.question === '' ? '' : `${mark.question} `}${mark.text}`;
  });
  const series = config.data.datasets.map((dataset) => {
    const values = dataset.data.map((value) => (typeof value === 'number' ? value : null));
    const background = dataset.backgroundColor;
    // A supplied value's bar: the supplement fill, and its category says “补充 … · 原文未给出”.
    const colors = (Array.isArray(background) ? background.map(hex) : values.map(() => hex(background)))
      .map((color, index) => (marks.some((mark) => mark?.index === index && mark.kind === 'supplied') ? SUPPLEMENT_FILL : color));
    return { name: dataset.label ?? '', values, colors };
  });
  const horizontal = config.options?.indexAxis === 'y';
  const scales = config.options?.scales;
  const stacked = Boolean(scales && 'x' in scales && scales.x && 'stacked' in scales.x && scales.x.stacked);
  const text = spec.text(lang);
  return { id: spec.id, categories, series, horizontal, stacked, title: text.title, unitLine: spec.unitLineShown ? text.unitLine : '', unit: text.unitLine.replace(/^(单位：|Unit: )/, ''), description: spec.describe(lang) };
}
