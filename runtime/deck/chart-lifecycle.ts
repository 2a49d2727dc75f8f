import type { Chart as ChartInstance } from 'chart.js';
import type { RevealApi } from 'reveal.js';
import { parseChartConfig } from '../../charts/config-json.ts';
import type { DeckRuntimeConfig } from './config.ts';
import { isPrintLayoutReady } from './print-mode.ts';
import { READY } from '../../contracts/readiness.ts';
import { drawChart } from '../shared/draw-chart.ts';
import { loadDeckFaces } from '../shared/fonts-ready.ts';

/**
 * Creates a slide's charts when it becomes current (animated) and destroys them when it is left,
 * so they animate again on return. In print view every chart is drawn at once, without animation.
 * A canvas gets data-chart-ready once fully drawn.
 *
 * Bind it before reveal initialises: the first slide's charts are then created as soon as reveal
 * has laid out the slide named in the URL (its 'slidechanged', or 'ready') and the deck font has
 * loaded in both weights — canvas text only uses a loaded font, so nothing is drawn before that.
 * On a later slide change an animated chart is created in a task of its own, after reveal's.
 */
export class ChartLifecycle {
  private readonly charts = new Map<HTMLCanvasElement, ChartInstance<'bar'>>();
  private config: DeckRuntimeConfig;
  private fontsLoaded = false;
  /** reveal's 'ready' has fired: slide changes are the reader's from now on. */
  private started = false;
  private printLaidOut = false;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private readonly onReady = (): void => {
    this.started = true;
    this.showCurrent();
  };
  private readonly onSlideChanged = (): void => this.showCurrent();
  private readonly onResize = (): void => this.updatePixelRatio();
  private readonly onPdfReady = (): void => {
    this.printLaidOut = true;
    this.drawAll();
  };

  constructor(private readonly deck: RevealApi, config: DeckRuntimeConfig) {
    this.config = config;
  }

  configure(config: Partial<DeckRuntimeConfig>): void {
    this.config = { ...this.config, ...config };
  }

  bind(): void {
    this.deck.on('ready', this.onReady);
    this.deck.on('slidechanged', this.onSlideChanged);
    this.deck.on('resize', this.onResize);
    this.deck.on('pdf-ready', this.onPdfReady);
    void loadDeckFaces().then(() => {
      this.fontsLoaded = true;
      if (!this.config.print) this.showCurrent();
      else if (this.printLaidOut || isPrintLayoutReady()) this.drawAll();
    });
  }

  unbind(): void {
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = null;
    this.deck.off('ready', this.onReady);
    this.deck.off('slidechanged', this.onSlideChanged);
    this.deck.off('resize', this.onResize);
    this.deck.off('pdf-ready', this.onPdfReady);
    for (const canvas of [...this.charts.keys()]) this.destroy(canvas);
  }

  /** reveal's scale transform shrinks or grows the canvas on screen: account for it in the backing store. */
  private pixelRatio(): number {
    const screen = window.devicePixelRatio || 1;
    if (this.config.print) return Math.max(this.config.printPixelRatio, screen);
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
    for (const canvas of this.canvasesIn(this.deck.getCurrentSlide())) {
      if (!this.charts.has(canvas)) this.create(canvas, !this.config.reducedMotion);
    }
  }

  private drawAll(): void {
    if (!this.fontsLoaded) return;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.reveal canvas[data-chart-id]')) {
      if (!this.charts.has(canvas)) this.create(canvas, false);
    }
  }

  private create(canvas: HTMLCanvasElement, animate: boolean): void {
    const chartId = canvas.dataset.chartId ?? '';
    const holder = canvas.parentElement;
    if (holder && holder.dataset.chartHeight) holder.style.height = `${holder.dataset.chartHeight}px`;
    // The build wrote the chart's configuration beside the canvas (charts/config-json.ts).
    const source = holder?.querySelector('script[data-chart-config]')?.textContent;
    if (!source) throw new Error(`chart “${chartId}”: no configuration beside its canvas`);
    const config = parseChartConfig(source, chartId);
    this.charts.set(canvas, drawChart(canvas, config, animate, this.pixelRatio()));
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
