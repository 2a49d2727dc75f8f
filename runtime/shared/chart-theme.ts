import type { Chart as ChartInstance, ChartConfiguration } from 'chart.js';
import { recolour, type Theme } from '../../charts/palette.ts';
import { registerCharts } from './chart-registry.ts';
import { currentTheme, onThemeChange } from './theme.ts';

/**
 * Charts in the page's theme. The build writes every chart configuration in the light palette
 * (charts/palette.ts); Chart.js reads colours when it updates, so a chart made on a dark page gets
 * the dark palette's colours in its configuration first, and when the theme changes (the reader's
 * scheme, or the D key) every chart made here is recoloured and redrawn at once, without animation.
 */
const applied = new WeakMap<ChartInstance, Theme>();
const refreshers = new WeakMap<ChartInstance, () => void>();
let stopWatching: (() => void) | null = null;

/** A chart's options and datasets recoloured from one theme to another, in place. */
function recolourChart(target: { options?: unknown; data: { datasets: unknown } }, from: Theme, to: Theme): void {
  recolour(target.options, from, to);
  recolour(target.data.datasets, from, to);
}

/**
 * Makes a chart from a configuration built light, in the page's theme, and keeps it in the theme
 * from then on. `refresh` redraws it after a change (default: at once, without animation); a chart
 * whose drawing is staged (staged-chart.ts) passes its own.
 */
export function createThemedChart<T extends ChartInstance<'bar'>>(config: ChartConfiguration<'bar'>, create: (config: ChartConfiguration<'bar'>) => T, refresh?: () => void): T {
  const theme = currentTheme();
  recolourChart(config, 'light', theme);
  const chart = create(config);
  applied.set(chart, theme);
  if (refresh) refreshers.set(chart, refresh);
  stopWatching ??= onThemeChange(retheme);
  return chart;
}

/** Recolours and redraws every chart made by createThemedChart that is not in `theme` yet. */
function retheme(theme: Theme): void {
  for (const chart of Object.values(registerCharts().instances)) {
    const from = applied.get(chart);
    if (!from || from === theme) continue;
    recolourChart({ options: chart.config.options, data: chart.data }, from, theme);
    // Chart.js resolves a dataset's options once, for the controller it makes for that dataset object:
    // a copy of each dataset gets a new controller, which reads the new colours.
    chart.data.datasets = chart.data.datasets.map((dataset) => ({ ...dataset }));
    applied.set(chart, theme);
    const refresh = refreshers.get(chart);
    if (refresh) refresh();
    else {
      chart.stop();
      chart.update('none');
    }
  }
}
