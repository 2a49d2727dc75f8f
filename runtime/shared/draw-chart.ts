import type { Chart as ChartInstance, ChartConfiguration } from 'chart.js';
import { CHART_ANIMATION } from '../../charts/animation.ts';
import { parseChartConfig } from '../../charts/config-json.ts';
import { READY } from '../../contracts/readiness.ts';
import { registerCharts } from './chart-registry.ts';
import { LayoutSizePlatform } from '../deck/layout-size-platform.ts';
import { createThemedChart } from './chart-theme.ts';

/**
 * Sets a configuration (built as a still chart) to draw at `pixelRatio`, growing from the axis
 * (calling `onGrown` when done) or still.
 */
export function setDrawOptions(config: ChartConfiguration<'bar'>, animate: boolean, pixelRatio: number, onGrown: () => void): void {
  config.options = { ...config.options, devicePixelRatio: pixelRatio, animation: animate ? { ...CHART_ANIMATION, onComplete: onGrown } : false };
}

/**
 * Draws a chart configuration (built as a still chart) on its canvas at `pixelRatio`, animated or
 * not, in the page's theme (chart-theme.ts), and marks the canvas data-chart-ready once fully drawn. The print view and the reading view
 * draw through here; the slides in steps (staged-chart.ts).
 */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>, animate: boolean, pixelRatio: number): ChartInstance<'bar'> {
  const markReady = (): void => canvas.setAttribute(READY.chart, '');
  canvas.removeAttribute(READY.chart);
  setDrawOptions(config, animate, pixelRatio, markReady);
  const Chart = registerCharts();
  const chart = createThemedChart(config, (themed) => new Chart(canvas, { ...themed, platform: LayoutSizePlatform }));
  if (!animate) {
    chart.draw();
    markReady();
  }
  return chart;
}

/** Gives a slide chart's holder the height the build chose for it (data-chart-height). */
export function sizeChartHolder(canvas: HTMLCanvasElement): void {
  const holder = canvas.parentElement;
  if (holder && holder.dataset.chartHeight) holder.style.height = `${holder.dataset.chartHeight}px`;
}

/**
 * The configuration the build wrote beside a slide chart's canvas
 * (`<script type="application/json" data-chart-config>`, charts/config-json.ts), as a still chart.
 */
export function chartConfigBeside(canvas: HTMLCanvasElement): ChartConfiguration<'bar'> {
  const chartId = canvas.dataset.chartId ?? '';
  const source = canvas.parentElement?.querySelector('script[data-chart-config]')?.textContent;
  if (!source) throw new Error(`chart “${chartId}”: no configuration beside its canvas`);
  return parseChartConfig(source, chartId);
}
