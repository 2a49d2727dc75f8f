import type { RevealApi } from 'reveal.js';
import '../../assets/theme/embed.css';
import '../../assets/theme/embed-legible.css';
import type { DeckRuntimeConfig } from '../deck/config.ts';
import type { Controller } from '../deck/controller.ts';
import { isHeightRequest, postHeightToParent, preferredHeight } from './protocol.ts';
import { onceInView } from './in-view.ts';
import { publicEmbedUrl } from './lookup.ts';

import { chartsReady, READY } from '../../contracts/readiness.ts';


/**
 * Embed mode: the deck shows one slide alone. bind() runs before reveal initialises: it removes
 * every other slide and puts an empty slide in front, so the requested slide (and its chart
 * animation) starts only when the frame first scrolls into view — at once under reduced motion.
 * It keeps the deck on that slide, posts the preferred frame height to the parent window
 * (protocol.ts) and sets html[data-embed-ready] once the slide and its charts are drawn.
 * An unknown slide id shows the "not found" message instead.
 */
export class EmbedMode implements Controller {
  private target: HTMLElement | null = null;
  private shown = false;
  private readinessObserver: MutationObserver | null = null;
  private readonly onReady = (): void => this.start();
  private readonly onSlideChanged = (): void => this.keepOnTarget();
  private readonly onResize = (): void => this.postHeight();
  private readonly onMessage = (event: MessageEvent): void => {
    if (event.source === window.parent && isHeightRequest(event.data)) this.postHeight();
  };

  constructor(
    private readonly deck: RevealApi,
    private readonly slideId: string,
    private readonly config: Pick<DeckRuntimeConfig, 'reducedMotion' | 'deckId' | 'lang'>,
  ) {}

  bind(): void {
    const slideId = this.slideId;
    document.documentElement.dataset.embed = '';
    const container = document.querySelector<HTMLElement>('.reveal > .slides');
    const sections = container ? [...container.querySelectorAll<HTMLElement>(':scope > section')] : [];
    const target = sections.find((section) => section.id === slideId);
    if (!target) {
      void this.showNotFound(slideId, sections.map((section) => section.id));
      return;
    }
    for (const section of sections) if (section !== target) section.remove();
    const placeholder = document.createElement('section');
    placeholder.dataset.embedPlaceholder = '';
    placeholder.setAttribute('aria-hidden', 'true');
    target.before(placeholder);
    target.dataset.embedTarget = '';
    this.target = target;
    this.deck.on('ready', this.onReady);
  }

  unbind(): void {
    this.deck.off('ready', this.onReady);
    this.deck.off('slidechanged', this.onSlideChanged);
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('message', this.onMessage);
    this.readinessObserver?.disconnect();
  }

  private get deckId(): string {
    return this.config.deckId;
  }

  private start(): void {
    this.deck.on('slidechanged', this.onSlideChanged);
    window.addEventListener('resize', this.onResize);
    window.addEventListener('message', this.onMessage);
    this.postHeight();
    this.watchReadiness();
    const viewport = this.deck.getRevealElement() ?? document.body;
    if (this.config.reducedMotion) this.show();
    else onceInView(viewport, () => this.show());
  }

  private show(): void {
    this.shown = true;
    this.keepOnTarget();
    this.checkReady();
  }

  private keepOnTarget(): void {
    const target = this.target;
    if (!this.shown || !target || this.deck.getCurrentSlide() === target) return;
    this.deck.slide(this.deck.getIndices(target).h);
  }

  private postHeight(): void {
    if (!this.target) return;
    postHeightToParent(this.deckId, this.target.id, preferredHeight(window.innerWidth));
  }

  /** Ready = slide shown, fonts loaded (boot's data-deck-ready) and every chart on it drawn. */
  private watchReadiness(): void {
    this.readinessObserver = new MutationObserver(() => this.checkReady());
    this.readinessObserver.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: [READY.chart, READY.deck],
    });
  }

  private checkReady(): void {
    const target = this.target;
    if (!this.shown || !target || this.deck.getCurrentSlide() !== target) return;
    if (!document.documentElement.hasAttribute(READY.deck)) return;
    if (!chartsReady(target, 'canvas[data-chart-id]')) return;
    this.readinessObserver?.disconnect();
    document.documentElement.setAttribute(READY.embed, '');
  }

  private async showNotFound(slideId: string, validIds: readonly string[]): Promise<void> {
    const siteRoot = new URL('../../', window.location.href);
    const { lang } = this.config;
    const reveal = document.querySelector<HTMLElement>('.reveal');
    if (reveal) reveal.style.display = 'none';
    const main = document.createElement('main');
    main.className = 'embed-page';
    // Loaded only when a slide is not found: a deck page's first load does not pay for the error page.
    const { renderNotFound } = await import('./not-found.ts');
    main.append(
      renderNotFound({
        deck: this.deckId,
        slide: slideId,
        validKind: 'slide',
        validIds,
        linkFor: (id) => publicEmbedUrl(this.deckId, id, siteRoot, lang).href,
        galleryHref: siteRoot.href,
        lang,
      }),
    );
    document.body.append(main);
    document.documentElement.setAttribute(READY.embed, '');
  }
}
