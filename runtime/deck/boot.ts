import Reveal, { type RevealConfig } from 'reveal.js';
import 'reveal.js/reveal.css';
import '../../assets/theme/deck.css';
import '../../assets/theme/no-script.css';
import '../../assets/theme/qr.css';
import { deckFacts, readRuntimeConfig } from './config.ts';
import { waitForFonts } from '../shared/fonts-ready.ts';
import { embedRevealOptions } from '../embed/reveal-options.ts';
import { exposeReveal } from './reveal-global.ts';
import { printOptions, watchPrintLayout } from './print-mode.ts';
import { keepRevealOutOfPrint } from './print-query.ts';
import { markPreview, previewConfig, previewOptions, previewRole } from '../presenter/preview.ts';
import { joinsPairing, takePairingKey } from '../presenter/pairing-key.ts';
import { watchViewChange, type ViewInputs } from './view-mode.ts';
import { isOfflinePage } from './mode.ts';
import { controllersFor, type DeckParts } from './controllers-for-mode.ts';
import { ownDeck } from './deck-runtime.ts';
import { SLIDE_DISPLAY } from './while-displayed.ts';
// Static, not import(): a compact embed brings embed.css, which an offline file has inline and must not fetch from file://.
import { CompactEmbed } from '../embed/compact.ts';
import { READY } from '../../contracts/readiness.ts';
import { SLIDE_SIZE } from '../../contracts/slide-size.ts';
import { applyThemeFromUrl } from '../shared/theme.ts';
import { supplementsOff } from './supplements-query.ts';

/**
 * Starts a deck page in its mode (mode.ts): the reading view or a compact embed without reveal, or
 * reveal with our settings and the controllers the mode binds (controllers-for-mode.ts).
 */
async function boot(): Promise<void> {
  // ?theme=dark / light (a print view: light unless asked), before anything is drawn.
  applyThemeFromUrl();
  const element = document.querySelector<HTMLElement>('.reveal');
  if (!element) throw new Error('deck page has no .reveal element');
  // The article alone, on request: before any slide is shown or chart drawn.
  if (supplementsOff(window.location.search)) (await import('./supplements-off.ts')).removeSupplements(document);
  const preview = previewRole(window.location);
  markPreview(preview);
  const page = { width: window.innerWidth, offline: isOfflinePage(), preview: preview !== null, deck: deckFacts(document.documentElement) };
  const config = previewConfig(readRuntimeConfig(window.location, (query) => window.matchMedia(query), page), preview);
  const { mode, view } = config;
  // Before reveal (or the reading view) reads the fragment: a presenter session's key comes as #/<slide-id>&pair=<key>.
  const pairingJoined = joinsPairing(config.deckId, config.lang);
  const pairingKey = takePairingKey(config.deckId, config.lang);
  // Later width changes reload the page if they call for another view (view-mode.ts).
  const viewInputs: Omit<ViewInputs, 'width'> = { search: window.location.search, print: config.print, embedSlide: config.embedSlide, preview: page.preview };
  // Phones and small frames: a reading view or a compact embed, without reveal.
  if (mode === 'read') {
    watchViewChange(view, viewInputs);
    // The reading view's code loads only when a page becomes one. It brings no stylesheet (read.css
    // loads on its own, reflow-styles.ts), so an offline file, which has the chunk folded in with
    // nothing left to preload (site/offline-inline.ts), fetches nothing.
    const { ReadView } = await import('../read/read-view.ts');
    await new ReadView(element, config).start();
    return;
  }
  if (view === 'compact-embed' && (await new CompactEmbed(element, config).start())) {
    watchViewChange(view, viewInputs);
    return;
  }
  if (view === 'slides') watchViewChange(view, viewInputs);
  const options: RevealConfig = {
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
    display: SLIDE_DISPLAY,
    controls: true,
    progress: true,
    transition: config.reducedMotion ? 'none' : 'slide',
    backgroundTransition: config.reducedMotion ? 'none' : 'fade',
    // Only the current slide is laid out (reveal displays slides nearer than viewDistance): less work at
    // boot and on each change. The charts of the slides beside it are sized ahead anyway (chart-lifecycle.ts).
    viewDistance: 1,
    pdfSeparateFragments: false,
    ...(mode === 'print' ? printOptions(config) : {}),
    ...previewOptions(preview),
    ...(mode === 'embed' ? embedRevealOptions() : {}),
  };
  if (mode === 'print') watchPrintLayout(config);
  keepRevealOutOfPrint(mode === 'print');
  const deck = new Reveal(element, options);
  exposeReveal(deck);
  // Reveal.destroy() (ours or any tool's) unbinds every controller bound below, then reveal.
  const runtime = ownDeck(deck);
  const parts: DeckParts = { deck, element, config, preview, pairingKey, pairingJoined };
  runtime.bind(await controllersFor(mode, 'before', parts));
  await Promise.all([deck.initialize(), waitForFonts()]);
  runtime.bind(await controllersFor(mode, 'after', parts));
  document.documentElement.setAttribute(READY.deck, '');
}

void boot();
