import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { placeholderMarksPlugin } from '../../charts/plugins/placeholder-marks.ts';
import { valueLabelsPlugin } from '../../charts/plugins/value-labels.ts';
import { tickLabel } from './tick-labels.ts';

let registered = false;

/** Registers only what the decks use: bars, two scales, the legend and our two plugins. */
export function registerCharts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, placeholderMarksPlugin, valueLabelsPlugin);
    Chart.defaults.scales.linear.ticks.callback = tickLabel;
    registered = true;
  }
  return Chart;
}
