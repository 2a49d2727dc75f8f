import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { placeholderMarksPlugin } from '../../charts/plugins/placeholder-marks.ts';
import { valueLabelsPlugin } from '../../charts/plugins/value-labels.ts';
import { tickLabel } from './tick-labels.ts';

let registered = false;

/**
 * Registers only what the decks use: bars, two scales and our two plugins. No legend: every bar
 * names its series in its own label, so no chart shows one (tests/unit/chart-snapshots.test.ts
 * keeps it so).
 */
export function registerCharts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, placeholderMarksPlugin, valueLabelsPlugin);
    Chart.defaults.scales.linear.ticks.callback = tickLabel;
    registered = true;
  }
  return Chart;
}
