import '../../assets/theme/embed.css';
import type { DeckRuntimeConfig } from '../deck/config.ts';
import { isHeightRequest, postHeightToParent } from './protocol.ts';
import { ProvenancePopover } from '../deck/provenance-popover.ts';
import { ChartDownloads } from '../deck/chart-downloads.ts';
import { ReflowCharts } from '../read/reflow-charts.ts';
import { waitForFonts } from '../shared/fonts-ready.ts';
import { READY } from '../../contracts/readiness.ts';
import { loadReflowStyles } from '../shared/reflow-styles.ts';

/**
 * A compact embed: one slide in a frame narrower than COMPACT_EMBED_MAX_WIDTH (view-mode.ts),
 * reflowed instead of scaled (read.css): the title above, the chart (or the figure) across the
 * frame, the source line below, every text at ≥ 12 px even 320 px wide. No reveal: nothing can
 * move to another slide.
 *
 * Its frame height is the content's: posted to the parent (protocol.ts) when ready, when the
 * content's height changes and on request, so embed.js frames it with no scrollbar and no empty
 * band. The chart animates once when the frame first scrolls into view (at once under reduced
 * motion); html[data-embed-ready] once fonts are loaded and every chart is drawn.
 */
export class CompactEmbed {
  private target: HTMLElement | null = null;
  private charts: ReflowCharts | null = null;
  private popover: ProvenancePopover | null = null;
  private downloads: ChartDownloads | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private readinessObserver: MutationObserver | null = null;
  private lastHeight = 0;
  private readonly onMessage = (event: MessageEvent): void => {
    if (event.source === window.parent && isHeightRequest(event.data)) this.postHeight(true);
  };

  constructor(
    private readonly element: HTMLElement,
    private readonly config: DeckRuntimeConfig,
  ) {}

  /** False when the slide id is unknown: the caller then shows the slide view's "not found" message. */
  async start(): Promise<boolean> {
    const slideId = this.config.embedSlide;
    const container = this.element.querySelector<HTMLElement>(':scope > .slides');
    const sections = container ? [...container.querySelectorAll<HTMLElement>(':scope > section')] : [];
    const target = sections.find((section) => section.id === slideId);
    if (!target) return false;
    await loadReflowStyles();
    // The deck's source line (every deck has one under its chart), for slides without a chart; a
    // slide's static embed page holds one slide and carries the line as data-embed-source.
    const source = this.element.querySelector('.chart-source')?.textContent ?? this.element.dataset.embedSource ?? '';
    for (const section of sections) if (section !== target) section.remove();
    const root = document.documentElement;
    root.dataset.embed = '';
    root.dataset.embedCompact = '';
    root.dataset.reflow = '';
    target.dataset.embedTarget = '';
    target.classList.add('present');
    // The slide is the page: its content the main landmark, its title the top heading.
    this.element.setAttribute('role', 'main');
    target.querySelector(':scope > h2')?.setAttribute('aria-level', '1');
    if (source && !target.querySelector('.chart-source, [data-source-credit]')) {
      const line = document.createElement('p');
      line.className = 'embed-source';
      // A book title stays whole on one line where it fits, as in the deck's own source lines (site/keep-terms.ts).
      for (const part of source.split(/(《[^《》]*》)/)) {
        if (!part.startsWith('《')) line.append(part);
        else line.append(Object.assign(document.createElement('span'), { className: 'book-title', textContent: part }));
      }
      target.append(line);
    }
    this.target = target;
    await waitForFonts();
    this.popover = new ProvenancePopover(this.element);
    this.popover.bind();
    this.downloads = new ChartDownloads(this.element, this.config.lang);
    this.downloads.bind();
    this.charts = new ReflowCharts(target, { reducedMotion: this.config.reducedMotion, lang: this.config.lang, whenInView: true });
    this.watchReadiness();
    this.charts.bind();
    window.addEventListener('message', this.onMessage);
    this.resizeObserver = new ResizeObserver(() => this.postHeight(false));
    this.resizeObserver.observe(this.element);
    this.postHeight(true);
    root.setAttribute(READY.deck, '');
    this.checkReady();
    return true;
  }

  stop(): void {
    window.removeEventListener('message', this.onMessage);
    this.resizeObserver?.disconnect();
    this.readinessObserver?.disconnect();
    this.charts?.unbind();
    this.popover?.unbind();
    this.downloads?.unbind();
  }

  /** The content's height in CSS px: what the frame needs to show it all and nothing more. */
  contentHeight(): number {
    return Math.ceil(this.element.getBoundingClientRect().height);
  }

  private postHeight(always: boolean): void {
    if (window.parent === window || !this.target) return;
    const height = this.contentHeight();
    if (!always && height === this.lastHeight) return;
    this.lastHeight = height;
    postHeightToParent(this.config.deckId, this.target.id, height);
  }

  private watchReadiness(): void {
    this.readinessObserver = new MutationObserver(() => this.checkReady());
    this.readinessObserver.observe(this.element, { subtree: true, attributes: true, attributeFilter: [READY.chart] });
  }

  private checkReady(): void {
    const target = this.target;
    if (!target || !document.documentElement.hasAttribute(READY.deck)) return;
    const canvases = [...target.querySelectorAll('canvas[data-chart-id]')];
    if (!canvases.every((canvas) => canvas.hasAttribute(READY.chart))) return;
    this.readinessObserver?.disconnect();
    document.documentElement.setAttribute(READY.embed, '');
  }
}
