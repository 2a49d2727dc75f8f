import type { ChartConfiguration } from 'chart.js';
import { chartText, wrapLabel } from './wrap-label.ts';
import type { Figure } from '../../ledger/types.ts';
import { formatValue, gapBrackets, placeholderText, plotValue, printedText, type Lang } from '../../ledger/format.ts';
import type { Supplement } from '../../ledger/supplements.ts';
import { supplementValueText, supplementWord } from '../../ledger/supplement-text.ts';
import { unitScale } from '../../ledger/units.ts';
import type { FigureLookup } from '../../ledger/lookup.ts';
import { PALETTE } from '../palette.ts';
import type { PlaceholderMark } from '../plugins/types.ts';
import type { BarRow, BuildOptions } from './options.ts';
import { baseOptions } from './base-options.ts';

export interface BarChartSpec {
  readonly rows: readonly BarRow[];
  /** Bars grow to the right (long Chinese labels read better this way). */
  readonly horizontal: boolean;
  /** The unit of the value axis, as the article writes it; one unit per chart. */
  readonly unit: string;
  /** The axis unit as shown (the English unit in the English edition); defaults to unit. */
  readonly axisUnit?: string;
}

/** The bar's length: the stated value, the legible lower bound, or null (nothing drawn). */
export function barValue(figure: Figure): number | null {
  if (figure.status === 'stated' || figure.status === 'derived') return figure.value;
  if (figure.status === 'damaged' && figure.bound === 'lower') return figure.value;
  return null;
}

/**
 * A supplied value's bar length on an axis in `axisUnit`, on the same scale as the known values
 * (a supplied 5000个 on an axis in 万个 is 0.5; in English, the English unit's number).
 */
export function suppliedBarValue(figure: Figure, supplement: Supplement, axisUnit: string, lang: Lang): number {
  return lang === 'en' ? plotValue(figure, supplement.value, 'en') : (supplement.value * unitScale(figure.unit)) / unitScale(axisUnit);
}

/** The mark drawn instead of (or after) a bar, or null for an ordinary bar. */
export function markFor(figure: Figure, index: number, lang: Lang = 'zh-CN', supplement?: Supplement): PlaceholderMark | null {
  const question = lang === 'en' ? '?' : '？';
  // A supplied gap: a bar in its own pattern, the gap kept in its words (“补充 1996年 · 原文未给出”).
  if (supplement && (figure.status === 'omitted' || figure.status === 'damaged')) {
    const gap = figure.status === 'omitted' ? placeholderText(figure, lang) : printedText(figure, lang);
    return { index, kind: 'supplied', question: '', text: `${supplementWord(lang)} ${supplementValueText(figure, supplement, lang)} · ${gap}` };
  }
  if (figure.status === 'omitted') return { index, kind: 'omitted', question, text: placeholderText(figure, lang) };
  if (figure.status !== 'damaged') return null;
  if (figure.value !== null && figure.bound === 'lower') {
    const [open, close] = gapBrackets(lang);
    return { index, kind: 'open-end', question: '', text: `${formatValue(figure, lang)}${open}${printedText(figure, lang)}${close}` };
  }
  return { index, kind: 'damaged', question, text: placeholderText(figure, lang) };
}

const baseUnit = (unit: string): string => unit.replace(/^万/, '');

/** A plotted figure must be in the axis unit; a placeholder (no bar) must count the same thing. */
function checkUnit(figure: Figure, unit: string): void {
  const plotted = barValue(figure) !== null;
  if (plotted ? figure.unit !== unit : baseUnit(figure.unit) !== baseUnit(unit)) {
    throw new Error(`chart axis in “${unit}” cannot show ${figure.id} in “${figure.unit}”: one unit per axis`);
  }
}

/**
 * A bar chart of ledger figures. Stated figures are bars with their value written on them;
 * omitted and damaged ones get placeholder marks and no bar; a lower bound gets a bar with an open end.
 */
export function barChart(spec: BarChartSpec, lookup: FigureLookup, options: BuildOptions): ChartConfiguration<'bar'> {
  const figures = spec.rows.map((row) => lookup(row.figure));
  figures.forEach((figure) => checkUnit(figure, spec.unit));
  const supplied = figures.map((figure) => options.supplements?.get(figure.id));
  const data = figures.map((figure, index) => {
    // A supplied value is plotted on the same scale as the article's, in a pattern and colour of its own.
    const supplement = supplied[index];
    if (supplement) return suppliedBarValue(figure, supplement, spec.unit, options.lang);
    const value = barValue(figure);
    return value === null ? null : plotValue(figure, value, options.lang);
  });
  const marks = figures.flatMap((figure, index) => markFor(figure, index, options.lang, supplied[index]) ?? []);
  const labels = figures.map((figure) => (barValue(figure) !== null && figure.status !== 'damaged' ? formatValue(figure, options.lang) : ''));
  const colors = spec.rows.map((row, index) => (supplied[index] ? PALETTE.background : PALETTE[row.side ?? 'yunnan']));
  const known = data.filter((value): value is number => value !== null);
  const largest = known.length > 0 ? Math.max(...known) : 1;
  const hasOpenEnd = marks.some((mark) => mark.kind === 'open-end');
  const base = baseOptions(options, {
    horizontal: spec.horizontal,
    unit: spec.axisUnit ?? spec.unit,
    hasValues: known.length > 0,
    directLabels: data.every((value, index) => value === null || labels[index] !== '' || marks.some((mark) => mark.index === index)),
    suggestedMax: hasOpenEnd ? largest * 2 : largest * 1.25,
  });
  return {
    type: 'bar',
    data: {
      labels: spec.rows.map((row) => wrapLabel(row.label, options.lang)),
      datasets: [
        {
          label: spec.unit,
          data,
          backgroundColor: colors,
          borderColor: supplied.some(Boolean) ? spec.rows.map((row, index) => (supplied[index] ? PALETTE.supplement : PALETTE[row.side ?? 'yunnan'])) : colors,
          borderWidth: supplied.some(Boolean) ? supplied.map((supplement) => (supplement ? 3 : 0)) : 0,
          maxBarThickness: 96,
        },
      ],
    },
    options: {
      ...base,
      plugins: {
        ...base.plugins,
        // Words drawn on the canvas break where every other output breaks them (wrap-label.ts chartText).
        valueLabels: { labels: [labels.map(chartText)], color: PALETTE.text, font: options.font },
        placeholderMarks: {
          marks: marks.map((mark) => ({ ...mark, text: chartText(mark.text) })), color: PALETTE.placeholder, damagedColor: PALETTE.damaged, font: options.font,
          ...(supplied.some(Boolean) ? { supplementColor: PALETTE.supplement } : {}),
        },
      },
    },
  };
}
