import type { Figure, FigureStatus } from '../../ledger/types.ts';
import { formatValue, gapBrackets, placeholderText, plotValue, printedText, type Lang } from '../../ledger/format.ts';
import { barValue, suppliedBarValue } from '../builders/bar-chart.ts';
import type { Supplement } from '../../ledger/supplements.ts';
import { supplementValueText, supplementWord } from '../../ledger/supplement-text.ts';

/**
 * A chart's data as words and numbers, straight from the ledger and the catalog (no Chart.js
 * configuration): what the PowerPoint export draws as a native chart and checks against.
 */
export interface ChartPoint {
  /** The ledger figure the point shows; none for a count of ledger entries. */
  readonly figure?: string;
  readonly status: FigureStatus;
  /** The bar's length in the edition's unit (48,800 in English for 4.88万); null: no bar (a gap). */
  readonly value: number | null;
  /** The value as written on the bar, with its unit (“5吨/亩”, “48,800 jobs”); '' when there is no bar. */
  readonly label: string;
  /** For a gap: its words as the slide writes them beside the “？” slot (“？ 原文未给出”); else ''. */
  readonly gap: string;
  /**
   * The value was supplied from another source (assets/supplements.csv), never the article's: `value`
   * is the supplied one, `label` says so (“补充 20000个”, “added 20,000 jobs”), `gap` keeps the article's gap (“原文未给出”).
   */
  readonly supplied?: true;
}

export interface ChartSeriesData {
  readonly name: string;
  /** One colour per point, as on the slide (hex with #). */
  readonly colors: readonly string[];
  readonly points: readonly ChartPoint[];
}

export interface ChartData {
  /** Category labels as one line each (no phrase marks). */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
  readonly horizontal: boolean;
  readonly stacked: boolean;
  /** The screen shows a value axis (ticks and grid); false when every bar carries its value. */
  readonly valueAxis: boolean;
}

/** A ledger figure as a point of a chart, in an edition; with a supplement (for a gap), the supplied value on an axis in `axisUnit`. */
export function figurePoint(figure: Figure, lang: Lang, supplied?: { readonly supplement: Supplement; readonly axisUnit: string }): ChartPoint {
  if (supplied && (figure.status === 'omitted' || figure.status === 'damaged')) {
    return {
      figure: figure.id,
      status: figure.status,
      value: suppliedBarValue(figure, supplied.supplement, supplied.axisUnit, lang),
      label: `${supplementWord(lang)} ${supplementValueText(figure, supplied.supplement, lang)}`,
      gap: figure.status === 'omitted' ? placeholderText(figure, lang) : printedText(figure, lang),
      supplied: true,
    };
  }
  const bar = barValue(figure);
  const value = bar === null ? null : plotValue(figure, bar, lang);
  if (figure.status === 'stated' || figure.status === 'derived') return { figure: figure.id, status: figure.status, value, label: formatValue(figure, lang), gap: '' };
  const [open, close] = gapBrackets(lang);
  if (figure.status === 'damaged' && value !== null) {
    // A lower bound: the bar runs to the legible value, its label says “at least” and what is printed.
    return { figure: figure.id, status: figure.status, value, label: `${formatValue(figure, lang)}${open}${printedText(figure, lang)}${close}`, gap: '' };
  }
  const question = lang === 'en' ? '?' : '？';
  return { figure: figure.id, status: figure.status, value: null, label: '', gap: `${question} ${placeholderText(figure, lang)}` };
}
