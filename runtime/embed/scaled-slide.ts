import { SLIDE_SIZE } from '../../contracts/slide-size.ts';
import { chartsReady, READY } from '../../contracts/readiness.ts';
import { isHeightRequest, postHeightToParent, preferredHeight } from './protocol.ts';
import { onceInView } from './in-view.ts';

/** Part of the frame kept free around the slide, as reveal's embed margin was (embed/mode.ts): no cropped edge at 320 px. */
const MARGIN = 0.02;

/** The slide's scale in a frame of this size: the whole 1280×720 slide, centred, as large as fits. */
export function slideScale(width: number, height: number): number {
  const across = (width * (1 - MARGIN)) / SLIDE_SIZE.width;
  const down = (height * (1 - MARGIN)) / SLIDE_SIZE.height;
  return Math.max(0.05, Math.min(across, down, 8));
}

/** What draws the slide's charts (slide-charts.ts, loaded only when the slide has one). */
export interface ChartDrawer {
  draw(animate: boolean, pixelRatio: number): void;
  setPixelRatio(pixelRatio: number): void;
}

/**
 * A static slide embed from 800 px wide (embed-page.ts): the slide as in the talk, laid out at
 * 1280×720 and scaled to the frame with one CSS transform, without reveal. It posts the frame
 * height (width × 9/16) to the parent when started, on resize and on request, becomes the current
 * slide (`section.present`) and plays its chart when the frame first scrolls into view (at once
 * under reduced motion), and sets html[data-embed-ready] once fonts are loaded (data-deck-ready)
 * and every chart on it is drawn.
 */
export class ScaledSlide {
  private scale = 1;
  private shown = false;
  private readinessObserver: MutationObserver | null = null;
  private stopInView: () => void = () => undefined;
  private readonly onResize = (): void => {
    this.layout();
    this.postHeight();
  };
  private readonly onMessage = (event: MessageEvent): void => {
    if (event.source === window.parent && isHeightRequest(event.data)) this.postHeight();
  };

  constructor(
    private readonly element: HTMLElement,
    private readonly target: HTMLElement,
    private readonly reducedMotion: boolean,
    private readonly charts: Promise<ChartDrawer> | null,
  ) {}

  start(): void {
    this.layout();
    window.addEventListener('resize', this.onResize);
    window.addEventListener('message', this.onMessage);
    this.postHeight();
    this.readinessObserver = new MutationObserver(() => this.checkReady());
    this.readinessObserver.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: [READY.chart, READY.deck] });
    if (this.reducedMotion) void this.show();
    else this.stopInView = onceInView(this.element, () => void this.show());
  }

  stop(): void {
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('message', this.onMessage);
    this.readinessObserver?.disconnect();
    this.stopInView();
  }

  private pixelRatio(): number {
    return Math.max(1, window.devicePixelRatio || 1) * this.scale;
  }

  private layout(): void {
    this.scale = slideScale(this.element.clientWidth || window.innerWidth, this.element.clientHeight || window.innerHeight);
    const slides = this.target.parentElement;
    if (slides) slides.style.transform = `translate(-50%, -50%) scale(${this.scale})`;
    if (this.shown) void this.charts?.then((charts) => charts.setPixelRatio(this.pixelRatio()));
  }

  /** The slide becomes current; its charts play once the deck font has loaded (canvas text never draws before it). */
  private async show(): Promise<void> {
    this.target.classList.add('present');
    this.shown = true;
    this.checkReady();
    if (!this.charts) return;
    const [charts] = await Promise.all([this.charts, this.fontsLoaded()]);
    charts.draw(!this.reducedMotion, this.pixelRatio());
  }

  private fontsLoaded(): Promise<void> {
    if (document.documentElement.hasAttribute(READY.deck)) return Promise.resolve();
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.documentElement.hasAttribute(READY.deck)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: [READY.deck] });
    });
  }

  private postHeight(): void {
    postHeightToParent(document.documentElement.dataset.deck ?? '', this.target.id, preferredHeight(window.innerWidth));
  }

  private checkReady(): void {
    if (!this.shown || !document.documentElement.hasAttribute(READY.deck)) return;
    if (!chartsReady(this.target, 'canvas[data-chart-id]')) return;
    this.readinessObserver?.disconnect();
    document.documentElement.setAttribute(READY.embed, '');
  }
}
