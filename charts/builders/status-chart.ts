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

const STATUS_COLORS: Record<FigureStatus, string> = {
  stated: PALETTE.shanghai,
  omitted: PALETTE.placeholder,
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
  // Room past the longest bar for its label; legend at the side so the bars get the height.
  const largest = Math.max(0, ...counts.flat());
  const base = baseOptions(options, true, options.lang === 'en' ? 'entries' : '项', true, { stepSize: 2, suggestedMax: largest + 2 });
  return {
    type: 'bar',
    data: {
      labels: spec.sections.map((section) => wrapLabel(section.label, options.lang)),
      datasets: spec.statuses.map(({ status, label }, index) => ({
        label,
        data: counts[index] ?? [],
        backgroundColor: STATUS_COLORS[status],
        borderWidth: 0,
        barPercentage: 0.9,
        categoryPercentage: 0.96,
      })),
    },
    options: {
      ...base,
      layout: { padding: { top: 8, right: 24, bottom: 8, left: 8 } },
      plugins: {
        ...base.plugins,
        legend: {
          display: true,
          position: 'right',
          labels: { color: PALETTE.text, font: { family: options.font, size: 22 }, boxWidth: 28, boxHeight: 20 },
        },
        valueLabels: {
          // Each bar says which series it is, so colour is never the only cue.
          labels: counts.map((row, index) => {
            const series = spec.statuses[index]?.label ?? '';
            return row.map((count) => (options.lang === 'en' ? `${series} ${count}` : `${series}${count}项`));
          }),
          color: PALETTE.text,
          font: options.font,
        },
        placeholderMarks: { marks: [], color: PALETTE.placeholder, damagedColor: PALETTE.damaged, font: options.font },
      },
    },
  };
}
