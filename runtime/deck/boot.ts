import Reveal, { type RevealConfig } from 'reveal.js';
import 'reveal.js/reveal.css';
import '../../assets/theme/deck.css';
import '../../assets/theme/no-script.css';
import '../../assets/theme/qr.css';
import { readRuntimeConfig } from './config.ts';
import { ChartLifecycle } from './chart-lifecycle.ts';
import { InertSlides } from './inert-slides.ts';
import { ProvenancePopover } from './provenance-popover.ts';
import { LanguageSwitch } from './language-switch.ts';
import { waitForFonts } from '../shared/fonts-ready.ts';
import { EmbedMode, embedRevealOptions } from '../embed/mode.ts';
import { exposeReveal } from './reveal-global.ts';
import { OembedLink } from './oembed-link.ts';
import { EmbedSnippet } from '../embed/snippet.ts';
import { printOptions, watchPrintLayout } from './print-mode.ts';
import { bindPresenterLink } from '../presenter/link.ts';
import { followDeck, markPreview, previewConfig, previewOptions, previewRole } from '../presenter/preview.ts';
import { leadDeck } from '../presenter/lead.ts';
import { chooseView, watchViewChange, type ViewInputs } from './view-mode.ts';
// Static, not import(): the offline single files must not fetch a chunk or its stylesheet from file://.
import { ReadView } from '../read/read-view.ts';
import { CompactEmbed } from '../embed/compact.ts';
import { READY } from '../../contracts/readiness.ts';
import { SLIDE_SIZE } from '../../contracts/slide-size.ts';

/** Starts a deck: reveal with our settings, then charts, provenance and the mode controllers. */
async function boot(): Promise<void> {
  const element = document.querySelector<HTMLElement>('.reveal');
  if (!element) throw new Error('deck page has no .reveal element');
  const preview = previewRole(window.location);
  markPreview(preview);
  const config = previewConfig(readRuntimeConfig(window.location, (query) => window.matchMedia(query)), preview);
  // Phones and small frames (view-mode.ts): a reading view or a compact embed, without reveal.
  const viewInputs: Omit<ViewInputs, 'width'> = { search: window.location.search, print: config.print, embedSlide: config.embedSlide, preview: preview !== null };
  const view = chooseView({ ...viewInputs, width: window.innerWidth });
  if (view === 'read') {
    watchViewChange(view, viewInputs);
    await new ReadView(element, config.reducedMotion).start();
    return;
  }
  if (view === 'compact-embed' && (await new CompactEmbed(element, config).start())) {
    watchViewChange(view, viewInputs);
    return;
  }
  if (view === 'slides') watchViewChange(view, viewInputs);
  const minutes = Number(document.documentElement.dataset.minutes ?? '0');
  /** totalTime drives the presenter view's pacing timer; reveal reads it though its types omit it. */
  const options: RevealConfig & { totalTime?: number } = {
    hash: true,
    history: false,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    width: SLIDE_SIZE.width,
    height: SLIDE_SIZE.height,
    margin: 0.04,
    center: false,
    // Phones get the reading view (view-mode.ts), never reveal's scroll view; ?view=slides means slides.
    scrollActivationWidth: 0,
    // Every slide is a flex column (title, then the body filling the frame): the layout system in deck.css.
    display: 'flex',
    controls: true,
    progress: true,
    transition: config.reducedMotion ? 'none' : 'slide',
    backgroundTransition: config.reducedMotion ? 'none' : 'fade',
    // Only the neighbours stay laid out: less work at boot; charts are created when their slide is current anyway.
    viewDistance: 1,
    pdfSeparateFragments: false,
    totalTime: minutes > 0 ? minutes * 60 : undefined,
    ...printOptions(config),
    ...previewOptions(preview),
    ...embedRevealOptions(config),
  };
  watchPrintLayout(config);
  const deck = new Reveal(element, options);
  exposeReveal(deck);
  new EmbedMode(deck, config).bind();
  new EmbedSnippet(deck, config).bind();
  // Before initialize: it draws the current slide's charts as soon as reveal and the font allow.
  new ChartLifecycle(deck, config).bind();
  await Promise.all([deck.initialize(), waitForFonts()]);
  new ProvenancePopover(element).bind();
  new LanguageSwitch(deck).bind();
  new InertSlides(deck, config).bind();
  new OembedLink(deck).bind();
  const deckId = document.documentElement.dataset.deck ?? '';
  if (preview === 'lead') leadDeck(deck, deckId, minutes);
  else if (preview) followDeck(deck, deckId, preview);
  else if (!config.print) bindPresenterLink(deck, deckId, minutes);
  document.documentElement.setAttribute(READY.deck, '');
}

void boot();
