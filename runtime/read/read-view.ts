import { ProvenancePopover } from '../deck/provenance-popover.ts';
import { ChartDownloads } from '../deck/chart-downloads.ts';
import { ReflowCharts } from './reflow-charts.ts';
import type { DeckRuntimeConfig } from '../deck/config.ts';
import { waitForFonts } from '../shared/fonts-ready.ts';
import { currentIndex, hashFor, slideFromHash } from './position.ts';
import { requestedView } from '../deck/view-mode.ts';
import { READY } from '../../contracts/readiness.ts';
import { loadReflowStyles } from '../shared/reflow-styles.ts';

/**
 * The reading view (phones in portrait, or ?view=read): the deck as a vertical article, without
 * reveal. Each slide is a <section> reflowed by read.css; charts are drawn for the column and
 * animate once as they scroll into view; notes are hidden; fragments show their final state.
 *
 * The address follows the reader (history.replaceState: no scroll, no history entries) and a
 * deep link #/<slide-id> scrolls to its slide; the language link keeps the place. Sets
 * html[data-deck-ready] once fonts are loaded and the deep link is applied.
 */
export class ReadView {
  private readonly sections: HTMLElement[];
  private readonly popover: ProvenancePopover;
  private readonly downloads: ChartDownloads;
  private readonly charts: ReflowCharts;
  private currentId: string | null = null;
  /** After a deep link: the scroll position it set. Until the reader moves away, its slide stays current. */
  private pinnedY: number | null = null;
  private frame = 0;
  private readonly onScroll = (): void => {
    this.popover.hide();
    if (this.frame) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  };
  private readonly onHashChange = (): void => this.goTo(window.location.hash);

  constructor(
    private readonly element: HTMLElement,
    config: Pick<DeckRuntimeConfig, 'reducedMotion' | 'lang'>,
  ) {
    this.sections = [...element.querySelectorAll<HTMLElement>('.slides > section[id]')];
    this.popover = new ProvenancePopover(element);
    this.downloads = new ChartDownloads(element, config.lang);
    this.charts = new ReflowCharts(element, { reducedMotion: config.reducedMotion, lang: config.lang, whenInView: true });
  }

  async start(): Promise<void> {
    await loadReflowStyles();
    const root = document.documentElement;
    // The hash says where to be; the browser restoring an old scroll position after a reload would undo it.
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    root.dataset.view = 'read';
    root.dataset.reflow = '';
    this.element.classList.add('read-view');
    // The article is the page's main content (a landmark for screen readers; the language link is its nav).
    this.element.setAttribute('role', 'main');
    const total = this.sections.length;
    this.sections.forEach((section, index) => {
      section.dataset.readIndex = `${index + 1} / ${total}`;
      section.removeAttribute('hidden');
      section.removeAttribute('aria-hidden');
    });
    for (const fragment of this.element.querySelectorAll('.fragment')) fragment.classList.add('visible');
    this.buildBar();
    await waitForFonts();
    this.popover.bind();
    this.downloads.bind();
    this.charts.bind();
    this.goTo(window.location.hash);
    this.track();
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('hashchange', this.onHashChange);
    root.setAttribute(READY.deck, '');
  }

  stop(): void {
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('hashchange', this.onHashChange);
    if (this.frame) window.cancelAnimationFrame(this.frame);
    this.popover.unbind();
    this.downloads.unbind();
    this.charts.unbind();
  }

  /**
   * The bar over the article (the page's language nav): the deck's kicker on the left, the language
   * link on the right, kept on screen so switching language never needs a scroll back to the top.
   */
  private buildBar(): void {
    const nav = document.querySelector<HTMLElement>('nav.lang-nav') ?? document.createElement('nav');
    if (!nav.isConnected) {
      nav.className = 'lang-nav';
      document.body.prepend(nav);
    }
    nav.classList.add('read-bar');
    const kicker = this.element.querySelector('.kicker')?.textContent?.trim();
    if (kicker) {
      const title = document.createElement('span');
      title.className = 'read-bar-title';
      title.setAttribute('aria-hidden', 'true');
      title.textContent = kicker;
      nav.prepend(title);
    }
  }

  /** Height of the bar kept at the top of the screen: a slide scrolled to lands just under it. */
  private barHeight(): number {
    return document.querySelector('nav.read-bar')?.getBoundingClientRect().height ?? 0;
  }

  private ids(): string[] {
    return this.sections.map((section) => section.id);
  }

  /** Scrolls the slide a hash names to the top of the viewport (no animation: the reader asked for it). */
  private goTo(hash: string): void {
    const id = slideFromHash(hash, this.ids());
    const section = id ? document.getElementById(id) : null;
    if (!id || !section) return;
    window.scrollTo({ top: window.scrollY + section.getBoundingClientRect().top - this.barHeight(), behavior: 'instant' });
    this.pinnedY = window.scrollY;
    this.setCurrent(id);
  }

  private track(): void {
    // A slide near the end may not reach the top of the viewport: a deep link to it holds until the reader scrolls.
    if (this.pinnedY !== null && Math.abs(window.scrollY - this.pinnedY) < 4) return;
    this.pinnedY = null;
    const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    const index = currentIndex(
      this.sections.map((section) => section.getBoundingClientRect().top),
      window.innerHeight,
      atBottom && window.scrollY > 0,
    );
    const id = this.sections[index]?.id;
    if (id) this.setCurrent(id);
  }

  private setCurrent(id: string): void {
    if (id === this.currentId) return;
    this.currentId = id;
    const hash = hashFor(id);
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    this.updateLanguageLink(hash);
  }

  /** The 中文 ⇄ English link opens the other edition at the same slide (and keeps ?view=read if asked). */
  private updateLanguageLink(hash: string): void {
    const link = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    if (!link) return;
    const base = (link.getAttribute('href') ?? '').split('#')[0]?.split('?')[0] ?? '';
    const query = requestedView(window.location.search) === 'read' ? '?view=read' : '';
    link.setAttribute('href', `${base}${query}${hash}`);
  }
}
