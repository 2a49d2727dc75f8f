import type { ChartConfiguration } from 'chart.js';
import { wrapLabel } from './wrap-label.ts';
import type { DeckId, Figure, FigureStatus } from '../../ledger/types.ts';
import { PALETTE } from '../palette.ts';
import { baseOptions } from './base-options.ts';
import type { BuildOptions } from './options.ts';

export interface StatusChartSpec {
  readonly sections: readonly { readonly deck: DeckId; readonly label: string }[];
  readonly statuses: readonly { readonly status: FigureStatus; readonly label: string }[];
}

/** Not the Shanghai/Yunnan colours: these bars count statuses, not sides. */
export const STATUS_COLORS: Record<FigureStatus, string> = {
  stated: PALETTE.neutral,
  omitted: PALETTE.placeholderLight,
  damaged: PALETTE.damaged,
  derived: PALETTE.neutral,
};

/** Counts ledger entries per section and status. */
export function countByStatus(figures: readonly Figure[], deck: DeckId, status: FigureStatus): number {
  return figures.filter((figure) => figure.deck === deck && figure.status === status).length;
}

/** How many figures each section states, omits and prints damaged: counts of ledger entries, not article figures. */
export function statusChart(spec: StatusChartSpec, figures: readonly Figure[], options: BuildOptions): ChartConfiguration<'bar'> {
  const counts = spec.statuses.map(({ status }) => spec.sections.map(({ deck }) => countByStatus(figures, deck, status)));
  // One stacked bar per section: the statuses side by side add up to the section's figures.
  const totals = spec.sections.map((_section, index) => counts.reduce((sum, row) => sum + (row[index] ?? 0), 0));
  const base = baseOptions(options, { horizontal: true, unit: options.lang === 'en' ? 'entries' : '项', hasValues: true, directLabels: true, stepSize: 5, suggestedMax: Math.max(0, ...totals) });
  const stacked = <T extends object>(scale: T) => ({ ...scale, stacked: true });
  return {
    type: 'bar',
    data: {
      labels: spec.sections.map((section) => wrapLabel(section.label, options.lang)),
      datasets: spec.statuses.map(({ status, label }, index) => ({
        label,
        data: counts[index] ?? [],
        backgroundColor: STATUS_COLORS[status],
        borderColor: PALETTE.background,
        borderWidth: { right: 2 },
        borderSkipped: false,
        barPercentage: 0.72,
        categoryPercentage: 0.9,
      })),
    },
    options: {
      ...base,
      scales: { x: stacked(base.scales.x), y: stacked(base.scales.y) },
      layout: { padding: { top: 8, right: 24, bottom: 8, left: 8 } },
      plugins: {
        ...base.plugins,
        legend: { display: false },
        valueLabels: {
          // Inside each segment: the series named once (“未给出 9”), then counts; no label on an empty segment.
          labels: counts.map((row, index) => {
            const series = spec.statuses[index]?.label ?? '';
            return row.map((count) => (count === 0 ? '' : `${series} ${count}`));
          }),
          inside: { short: counts.map((row) => row.map((count) => (count === 0 ? '' : String(count)))), color: '#FFFFFF' },
          color: PALETTE.text,
          font: options.font,
        },
        placeholderMarks: { marks: [], color: PALETTE.placeholder, damagedColor: PALETTE.damaged, font: options.font },
      },
    },
  };
}
