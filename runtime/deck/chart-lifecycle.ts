import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';
import type { DeckRuntimeConfig } from './config.ts';
import { READY } from '../../contracts/readiness.ts';
import { StagedChart } from '../shared/staged-chart.ts';
import { loadDeckFaces } from '../shared/fonts-ready.ts';
import { afterThisTask, whenIdle, type Scheduled } from '../shared/schedule.ts';
import { whileDisplayed } from './while-displayed.ts';
import { currentMask } from '../shared/chart-steps.ts';

export interface ChartLifecycleOptions {
  /**
   * Make the charts of the slides on either side of the current one ready in idle time, so
   * moving to one only has to play its chart. Not in an embed, which shows one slide.
   */
  readonly prepareNeighbours: boolean;
}

/**
 * Shows a slide's charts when it becomes current — growing from the axis, or still under reduced
 * motion — and takes them off the screen when it is left, so they grow again on return. (The print
 * view draws every chart at once: print-charts.ts.) A canvas gets data-chart-ready once fully drawn
 * on the current slide, and loses it when its slide is left.
 *
 * No step of this is one long task: a chart is built, laid out and played in tasks of their own
 * (staged-chart.ts). The next and previous slides' charts are built and laid out in idle time, so
 * that moving to their slide only plays them; a chart not ready yet takes its steps then, one task each.
 *
 * Bound before reveal initialises (mode-controllers.ts): the first slide's charts are then drawn,
 * all steps at once, as soon as reveal has laid out the slide named in the URL (its 'slidechanged',
 * or 'ready') and the deck font has loaded in both weights — canvas text only uses a loaded font,
 * so nothing is drawn before that.
 */
export class ChartLifecycle implements Controller {
  private readonly charts = new Map<HTMLCanvasElement, StagedChart>();
  private fontsLoaded = false;
  private bound = false;
  /** reveal's 'ready' has fired: slide changes are the reader's from now on. */
  private started = false;
  private next: Scheduled | null = null;
  private readonly onReady = (): void => {
    this.started = true;
    this.showCurrent();
  };
  private readonly onSlideChanged = (): void => this.showCurrent();
  /** A fragment of the current slide was shown or hidden: a chart built in steps goes to its step. */
  private readonly onFragment = (): void => {
    if (!this.fontsLoaded) return;
    for (const canvas of this.currentCanvases()) this.toStep(canvas, this.chartFor(canvas));
  };
  private readonly onResize = (): void => this.updatePixelRatio();

  constructor(
    private readonly deck: RevealApi,
    private readonly config: Pick<DeckRuntimeConfig, 'reducedMotion'>,
    private readonly options: ChartLifecycleOptions,
  ) {}

  bind(): void {
    this.bound = true;
    this.deck.on('ready', this.onReady);
    this.deck.on('slidechanged', this.onSlideChanged);
    this.deck.on('resize', this.onResize);
    this.deck.on('fragmentshown', this.onFragment);
    this.deck.on('fragmenthidden', this.onFragment);
    void loadDeckFaces().then(() => {
      if (!this.bound) return;
      this.fontsLoaded = true;
      // Before reveal has laid out a slide there is none current (nothing is drawn); its first 'slidechanged' shows it then.
      this.showCurrent();
    });
  }

  unbind(): void {
    this.bound = false;
    this.cancelNext();
    this.deck.off('ready', this.onReady);
    this.deck.off('slidechanged', this.onSlideChanged);
    this.deck.off('resize', this.onResize);
    this.deck.off('fragmentshown', this.onFragment);
    this.deck.off('fragmenthidden', this.onFragment);
    for (const canvas of [...this.charts.keys()]) this.drop(canvas);
  }

  /** reveal's scale transform shrinks or grows the canvas on screen: account for it in the backing store. */
  private pixelRatio(): number {
    const screen = window.devicePixelRatio || 1;
    return Math.max(1, screen * Math.max(this.deck.getScale(), 1));
  }

  private canvasesIn(slide: Element | undefined): HTMLCanvasElement[] {
    return slide ? [...slide.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-id]')] : [];
  }

  private currentCanvases(): HTMLCanvasElement[] {
    return this.canvasesIn(this.deck.getCurrentSlide());
  }

  /** The charts on the slides just before and after the current one (none in an embed). */
  private neighbourCanvases(): HTMLCanvasElement[] {
    if (!this.options.prepareNeighbours) return [];
    const slides = this.deck.getSlides();
    const at = slides.indexOf(this.deck.getCurrentSlide() as HTMLElement);
    if (at < 0) return [];
    return [slides[at + 1], slides[at - 1]].flatMap((slide) => this.canvasesIn(slide));
  }

  private showCurrent(): void {
    const current = new Set(this.currentCanvases());
    const near = new Set(this.neighbourCanvases());
    for (const [canvas, chart] of [...this.charts]) {
      if (current.has(canvas)) continue;
      if (near.has(canvas)) {
        chart.rewind();
        canvas.removeAttribute(READY.chart);
        delete canvas.dataset.chartStep;
      } else this.drop(canvas);
    }
    if (!this.fontsLoaded) return;
    for (const canvas of current) this.toStep(canvas, this.chartFor(canvas));
    if (!this.started) {
      // While reveal initialises: the first slide's charts, every step at once, right after reveal's layout.
      queueMicrotask(() => this.playAllNow());
      return;
    }
    // A still chart that is ready is drawn with its slide; everything else in tasks of its own.
    if (this.config.reducedMotion) {
      for (const canvas of current) {
        const chart = this.charts.get(canvas);
        if (chart?.ready) chart.play();
      }
    }
    this.scheduleNext();
  }

  private playAllNow(): void {
    if (!this.bound) return;
    for (const canvas of this.currentCanvases()) this.chartFor(canvas).play();
    this.scheduleNext();
  }

  private chartFor(canvas: HTMLCanvasElement): StagedChart {
    const existing = this.charts.get(canvas);
    if (existing) return existing;
    const chart = new StagedChart(canvas, !this.config.reducedMotion, this.pixelRatio(), () => this.onDrawn(canvas));
    this.charts.set(canvas, chart);
    chart.setStep(currentMask(canvas).mask);
    return chart;
  }

  /**
   * A chart built in steps shows the step its slide's fragments say (charts/steps.ts); on screen the
   * change is drawn (grown) at once, and data-chart-ready comes back, with data-chart-step, once it is.
   */
  private toStep(canvas: HTMLCanvasElement, chart: StagedChart): void {
    const { mask, label } = currentMask(canvas);
    if (label === null || canvas.dataset.chartStep === label) return;
    if (chart.onScreen) {
      canvas.removeAttribute(READY.chart);
      delete canvas.dataset.chartStep;
    }
    chart.setStep(mask);
  }

  private onDrawn(canvas: HTMLCanvasElement): void {
    const { label } = currentMask(canvas);
    if (label !== null) canvas.dataset.chartStep = label;
    canvas.setAttribute(READY.chart, '');
    // Nothing is prepared while a chart grows, so it grows smoothly: now it is done, carry on.
    if (this.started) this.scheduleNext();
  }

  /**
   * One step at a time: first the current slide's charts (each step a task right after this
   * one), then — once none of them is still growing — the neighbours' (each step in idle time).
   */
  private scheduleNext(): void {
    this.cancelNext();
    if (!this.bound) return;
    const current = this.currentCanvases().map((canvas) => this.chartFor(canvas));
    const due = current.find((chart) => !chart.onScreen);
    if (due) {
      this.next = afterThisTask(() => this.runStep(() => (due.ready ? due.play() : void due.advance())));
      return;
    }
    if (!this.started || current.some((chart) => chart.stage === 'playing')) return;
    const waiting = this.neighbourCanvases()
      .map((canvas) => this.chartFor(canvas))
      .find((chart) => chart.stepsLeft);
    if (!waiting) return;
    // Its holder is measured while its slide is displayed for a moment (while-displayed.ts); the rest needs no layout.
    const slide = waiting.stage === 'new' ? waiting.canvas.closest('section') : null;
    this.next = whenIdle(() => this.runStep(() => void whileDisplayed(slide, () => waiting.advance())));
  }

  private runStep(step: () => void): void {
    this.next = null;
    if (!this.bound) return;
    step();
    this.scheduleNext();
  }

  private cancelNext(): void {
    this.next?.cancel();
    this.next = null;
  }

  private drop(canvas: HTMLCanvasElement): void {
    this.charts.get(canvas)?.destroy();
    this.charts.delete(canvas);
    canvas.removeAttribute(READY.chart);
    delete canvas.dataset.chartStep;
  }

  /** On screen, a chart takes the new pixel ratio at once; one made ready off screen for another ratio is made again. */
  private updatePixelRatio(): void {
    const ratio = this.pixelRatio();
    for (const [canvas, chart] of [...this.charts]) {
      if (!chart.resizeOnScreen(ratio) && chart.ratio !== ratio) this.drop(canvas);
    }
    if (this.started && this.fontsLoaded) this.scheduleNext();
  }
}
