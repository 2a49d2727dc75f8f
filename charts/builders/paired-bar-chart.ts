import type { ChartConfiguration } from 'chart.js';
import { chartText, wrapLabel } from './wrap-label.ts';
import { formatValue, plotValue } from '../../ledger/format.ts';
import type { FigureLookup } from '../../ledger/lookup.ts';
import { PALETTE } from '../palette.ts';
import { barValue, markFor } from './bar-chart.ts';
import { baseOptions } from './base-options.ts';
import type { BuildOptions } from './options.ts';

export interface PairedCategory {
  readonly label: string;
  readonly shanghai: string;
  readonly yunnan: string;
}

export interface PairedBarChartSpec {
  readonly categories: readonly PairedCategory[];
  readonly unit: string;
  readonly shanghaiLabel: string;
  readonly yunnanLabel: string;
  /** Short side names written on the bars (上海, 红河); default none. */
  readonly shortLabels?: readonly [string, string];
  /** The axis unit as shown; defaults to unit. */
  readonly axisUnit?: string;
}

/** Shanghai beside Yunnan for each category (30 ↔ 50 hospitals, 16 ↔ 23 schools), the same two colours in every deck. */
export function pairedBarChart(spec: PairedBarChartSpec, lookup: FigureLookup, options: BuildOptions): ChartConfiguration<'bar'> {
  const sides = [
    { key: 'shanghai' as const, label: spec.shanghaiLabel, short: spec.shortLabels?.[0], color: PALETTE.shanghai },
    { key: 'yunnan' as const, label: spec.yunnanLabel, short: spec.shortLabels?.[1], color: PALETTE.yunnan },
  ];
  const figuresBySide = sides.map((side) => spec.categories.map((category) => lookup(category[side.key])));
  for (const figure of figuresBySide.flat()) {
    if (figure.unit !== spec.unit) throw new Error(`chart axis in “${spec.unit}” cannot show ${figure.id} in “${figure.unit}”`);
    if (markFor(figure, 0)) throw new Error(`paired chart cannot show ${figure.status} figure ${figure.id}; use barChart`);
  }
  const values = figuresBySide.flat().map(barValue).filter((value): value is number => value !== null);
  const base = baseOptions(options, { horizontal: false, unit: spec.axisUnit ?? spec.unit, hasValues: true, directLabels: true, suggestedMax: Math.max(...values) * 1.2 });
  return {
    type: 'bar',
    data: {
      labels: spec.categories.map((category) => wrapLabel(category.label, options.lang, options.lang === 'en' ? 26 : 14)),
      datasets: sides.map((side, index) => ({
        label: side.label,
        data: (figuresBySide[index] ?? []).map((figure) => plotValue(figure, barValue(figure) ?? Number.NaN, options.lang)),
        backgroundColor: side.color,
        borderWidth: 0,
        maxBarThickness: 110,
      })),
    },
    options: {
      ...base,
      plugins: {
        ...base.plugins,
        legend: {
          display: false,
          position: 'top',
          labels: { color: PALETTE.text, font: { family: options.font, size: 22 }, boxWidth: 28, boxHeight: 20 },
        },
        // Each bar names its side (上海 30所 / 对口县 50所), so colour is never the only cue.
        valueLabels: {
          labels: figuresBySide.map((figures, index) => figures.map((figure) => chartText(`${sides[index]?.short ?? ''} ${formatValue(figure, options.lang)}`.trim()))),
          // Two bars side by side: a label wider than its bar's share of the band goes on lines above it, so neighbours never touch.
          wrap: true,
          color: PALETTE.text,
          font: options.font,
        },
        placeholderMarks: { marks: [], color: PALETTE.placeholder, damagedColor: PALETTE.damaged, font: options.font },
      },
    },
  };
}
