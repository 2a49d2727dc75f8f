import type { Chart as ChartInstance } from 'chart.js';
import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';
import type { DeckRuntimeConfig } from './config.ts';
import { READY } from '../../contracts/readiness.ts';
import { drawChartBeside } from '../shared/draw-chart.ts';

/**
 * Creates a slide's charts when it becomes current (animated) and destroys them when it is left,
 * so they animate again on return. (The print view draws every chart at once: print-charts.ts.)
 * A canvas gets data-chart-ready once fully drawn.
 */
export class ChartLifecycle implements Controller {
  private readonly charts = new Map<HTMLCanvasElement, ChartInstance<'bar'>>();
  private readonly onSlideChanged = (): void => this.showCurrent();
  private readonly onResize = (): void => this.updatePixelRatio();

  constructor(
    private readonly deck: RevealApi,
    private readonly config: Pick<DeckRuntimeConfig, 'reducedMotion'>,
  ) {}

  bind(): void {
    this.deck.on('slidechanged', this.onSlideChanged);
    this.deck.on('resize', this.onResize);
    this.showCurrent();
  }

  unbind(): void {
    this.deck.off('slidechanged', this.onSlideChanged);
    this.deck.off('resize', this.onResize);
    for (const canvas of [...this.charts.keys()]) this.destroy(canvas);
  }

  /** reveal's scale transform shrinks or grows the canvas on screen: account for it in the backing store. */
  private pixelRatio(): number {
    const screen = window.devicePixelRatio || 1;
    return Math.max(1, screen * Math.max(this.deck.getScale(), 1));
  }

  private canvasesIn(slide: Element | undefined): HTMLCanvasElement[] {
    return slide ? [...slide.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-id]')] : [];
  }

  private showCurrent(): void {
    const current = this.deck.getCurrentSlide();
    const keep = new Set(this.canvasesIn(current));
    for (const canvas of [...this.charts.keys()]) if (!keep.has(canvas)) this.destroy(canvas);
    for (const canvas of keep) {
      if (!this.charts.has(canvas)) this.charts.set(canvas, drawChartBeside(canvas, !this.config.reducedMotion, this.pixelRatio()));
    }
  }

  private destroy(canvas: HTMLCanvasElement): void {
    this.charts.get(canvas)?.destroy();
    this.charts.delete(canvas);
    canvas.removeAttribute(READY.chart);
  }

  private updatePixelRatio(): void {
    const ratio = this.pixelRatio();
    for (const chart of this.charts.values()) {
      if (chart.options.devicePixelRatio === ratio) continue;
      chart.options.devicePixelRatio = ratio;
      chart.resize();
    }
  }
}
