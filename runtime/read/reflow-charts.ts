import type { Chart as ChartInstance } from 'chart.js';
import { parseChartConfig } from '../../charts/config-json.ts';
import type { Lang } from '../../ledger/format.ts';
import { onceInView } from '../embed/in-view.ts';
import { reflowChartConfig, reflowChartHeight } from './reflow-chart-config.ts';
import { READY } from '../../contracts/readiness.ts';
import { drawChart } from '../shared/draw-chart.ts';

export interface ReflowChartsOptions {
  /** Draw at once, without animation (prefers-reduced-motion). */
  readonly reducedMotion: boolean;
  /** The page's edition (config.ts): how category labels are wrapped again for the column. */
  readonly lang: Lang;
  /** Draw each chart the first time it scrolls into view (reading view); false: draw all now. */
  readonly whenInView: boolean;
}

/**
 * The chart lifecycle of a reflowed page (reading view, compact embed), where there is no reveal:
 * each chart is created for its column's width the first time it scrolls into view, animates once
 * (at once under reduced motion), and stays. Same contract as ChartLifecycle: a canvas gets
 * data-chart-ready once fully drawn. Chart.js follows the column's width on resize by itself.
 */
export class ReflowCharts {
  private readonly charts = new Map<HTMLCanvasElement, ChartInstance<'bar'>>();
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly root: ParentNode,
    private readonly options: ReflowChartsOptions,
  ) {}

  bind(): void {
    for (const canvas of this.canvases()) {
      this.sizeHolder(canvas);
      if (this.options.whenInView && !this.options.reducedMotion) this.stops.push(onceInView(canvas.parentElement ?? canvas, () => this.create(canvas, true)));
      else this.create(canvas, false);
    }
  }

  unbind(): void {
    for (const stop of this.stops.splice(0)) stop();
    for (const [canvas, chart] of this.charts) {
      chart.destroy();
      canvas.removeAttribute(READY.chart);
    }
    this.charts.clear();
  }

  private canvases(): HTMLCanvasElement[] {
    return [...this.root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-id]')];
  }

  private config(canvas: HTMLCanvasElement): ReturnType<typeof parseChartConfig> {
    const chartId = canvas.dataset.chartId ?? '';
    const source = canvas.parentElement?.querySelector('script[data-chart-config]')?.textContent;
    if (!source) throw new Error(`chart “${chartId}”: no configuration beside its canvas`);
    return parseChartConfig(source, chartId);
  }

  /** The holder's height is fixed before drawing, so the page does not move when a chart appears. */
  private sizeHolder(canvas: HTMLCanvasElement): void {
    const holder = canvas.parentElement;
    if (!holder) return;
    const config = reflowChartConfig(this.config(canvas), { width: holder.clientWidth, lang: this.options.lang });
    holder.style.setProperty('--reflow-chart-height', `${reflowChartHeight(config, holder.clientWidth)}px`);
  }

  private create(canvas: HTMLCanvasElement, animate: boolean): void {
    if (this.charts.has(canvas)) return;
    const holder = canvas.parentElement;
    const config = reflowChartConfig(this.config(canvas), { width: holder?.clientWidth ?? 320, lang: this.options.lang });
    this.charts.set(canvas, drawChart(canvas, config, animate, Math.max(1, window.devicePixelRatio || 1)));
  }
}
