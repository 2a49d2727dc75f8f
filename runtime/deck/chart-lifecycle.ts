import type { Chart as ChartInstance } from 'chart.js';
import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';
import type { DeckRuntimeConfig } from './config.ts';
import { READY } from '../../contracts/readiness.ts';
import { drawChartBeside } from '../shared/draw-chart.ts';
import { loadDeckFaces } from '../shared/fonts-ready.ts';

/**
 * Creates a slide's charts when it becomes current (animated) and destroys them when it is left,
 * so they animate again on return. (The print view draws every chart at once: print-charts.ts.)
 * A canvas gets data-chart-ready once fully drawn.
 *
 * Bound before reveal initialises (mode-controllers.ts): the first slide's charts are then created
 * as soon as reveal has laid out the slide named in the URL (its 'slidechanged', or 'ready') and the
 * deck font has loaded in both weights — canvas text only uses a loaded font, so nothing is drawn
 * before that. On a later slide change an animated chart is created in a task of its own, after reveal's.
 */
export class ChartLifecycle implements Controller {
  private readonly charts = new Map<HTMLCanvasElement, ChartInstance<'bar'>>();
  private fontsLoaded = false;
  private bound = false;
  /** reveal's 'ready' has fired: slide changes are the reader's from now on. */
  private started = false;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private readonly onReady = (): void => {
    this.started = true;
    this.showCurrent();
  };
  private readonly onSlideChanged = (): void => this.showCurrent();
  private readonly onResize = (): void => this.updatePixelRatio();

  constructor(
    private readonly deck: RevealApi,
    private readonly config: Pick<DeckRuntimeConfig, 'reducedMotion'>,
  ) {}

  bind(): void {
    this.bound = true;
    this.deck.on('ready', this.onReady);
    this.deck.on('slidechanged', this.onSlideChanged);
    this.deck.on('resize', this.onResize);
    void loadDeckFaces().then(() => {
      if (!this.bound) return;
      this.fontsLoaded = true;
      // Before reveal has laid out a slide there is none current (nothing is drawn); its first 'slidechanged' shows it then.
      this.showCurrent();
    });
  }

  unbind(): void {
    this.bound = false;
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = null;
    this.deck.off('ready', this.onReady);
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
    const keep = new Set(this.canvasesIn(this.deck.getCurrentSlide()));
    for (const canvas of [...this.charts.keys()]) if (!keep.has(canvas)) this.destroy(canvas);
    if (!this.fontsLoaded || this.pending !== null) return;
    // While reveal initialises, let it finish laying out first; a still chart (reduced motion) is
    // drawn with its slide; an animated one starts in a task of its own, so neither task runs long.
    if (!this.started) queueMicrotask(() => this.createCurrent());
    else if (this.config.reducedMotion) this.createCurrent();
    else this.pending = setTimeout(() => this.createCurrent());
  }

  private createCurrent(): void {
    this.pending = null;
    if (!this.bound) return;
    for (const canvas of this.canvasesIn(this.deck.getCurrentSlide())) {
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
