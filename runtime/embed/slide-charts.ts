import type { Chart as ChartInstance } from 'chart.js';
import { chartConfigBeside, drawChart, sizeChartHolder } from '../shared/draw-chart.ts';
import { stepMasksOf } from '../shared/chart-steps.ts';

/**
 * The charts of a static slide embed (embed-page.ts), in a chunk of their own: only a page whose
 * slide has a chart loads it, and with it Chart.js and the two plugins. Each chart is drawn from the
 * configuration the build wrote beside its canvas, in its final state (an embed shows the slide
 * built: a chart in steps at its last step, data-chart-step="<n>/<n>"), for the screen's pixel
 * density times the slide's scale, so it stays sharp at any frame size.
 */
export class SlideCharts {
  private readonly charts: ChartInstance<'bar'>[] = [];

  constructor(private readonly slide: ParentNode) {}

  /** Draws every chart of the slide, growing from the axis or still; each canvas gets data-chart-ready when drawn. */
  draw(animate: boolean, pixelRatio: number): void {
    for (const canvas of this.slide.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-id]')) {
      sizeChartHolder(canvas);
      const steps = stepMasksOf(canvas)?.length;
      if (steps) canvas.dataset.chartStep = `${steps}/${steps}`;
      this.charts.push(drawChart(canvas, chartConfigBeside(canvas), animate, pixelRatio));
    }
  }

  /** The slide's scale changed (a resized frame): redraw the backing stores for the new density. */
  setPixelRatio(pixelRatio: number): void {
    for (const chart of this.charts) {
      chart.options.devicePixelRatio = pixelRatio;
      chart.resize();
    }
  }
}
