import type { Chart as ChartInstance, ChartConfiguration } from 'chart.js';
import { CHART_ANIMATION } from '../../charts/animation.ts';
import { READY } from '../../contracts/readiness.ts';
import { registerCharts } from './chart-registry.ts';
import { LayoutSizePlatform } from '../deck/layout-size-platform.ts';

/**
 * Draws a chart configuration (built as a still chart) on its canvas at `pixelRatio`, animated or
 * not, and marks the canvas data-chart-ready once fully drawn. The slides and the reading view both
 * draw through here.
 */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>, animate: boolean, pixelRatio: number): ChartInstance<'bar'> {
  const markReady = (): void => canvas.setAttribute(READY.chart, '');
  canvas.removeAttribute(READY.chart);
  config.options = { ...config.options, devicePixelRatio: pixelRatio };
  config.options.animation = animate ? { ...CHART_ANIMATION, onComplete: markReady } : false;
  const Chart = registerCharts();
  const chart = new Chart(canvas, { ...config, platform: LayoutSizePlatform });
  if (!animate) {
    chart.draw();
    markReady();
  }
  return chart;
}
