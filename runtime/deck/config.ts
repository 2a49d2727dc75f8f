import { chooseView, type DeckView } from './view-mode.ts';
import { decideMode, type RuntimeMode } from './mode.ts';
import { isPrintQuery } from './print-query.ts';
import { normalizeLang, type Lang } from '../../contracts/lang.ts';

/** The deck runtime's one typed configuration; query parameters win last. */
export interface DeckRuntimeConfig {
  /** What the page is doing (mode.ts): decides which controllers boot binds (controllers-for-mode.ts). */
  readonly mode: RuntimeMode;
  /** Slides, the reading view or a compact embed, for the window's width at boot (view-mode.ts). */
  readonly view: DeckView;
  /** ?print-pdf: reveal's print layout, every chart drawn without animation. */
  readonly print: boolean;
  /** ?print-pdf&handout: each slide with its speaker notes below it, one page per slide (handout-layout.ts). */
  readonly handout: boolean;
  /** ?embed=<slide-id>: show that slide alone (see embed/mode.ts). */
  readonly embedSlide: string | null;
  /** prefers-reduced-motion: no transitions, no chart animation. */
  readonly reducedMotion: boolean;
  /** Backing-store multiplier when printing (crisp PDFs). */
  readonly printPixelRatio: number;
  /** The deck this page shows (html[data-deck], written by the build from slides/decks.ts). */
  readonly deckId: string;
  /** The page's edition (html[lang]). */
  readonly lang: Lang;
  /** The talk's planned length in minutes (html[data-minutes]), for the presenter's pacing; 0 when not given. */
  readonly minutes: number;
}

/** What the page knows about itself beyond its URL. */
export interface PageFacts {
  /** window.innerWidth at boot */
  readonly width: number;
  /** An offline single file, or opened from file:// (mode.ts isOfflinePage). */
  readonly offline: boolean;
  /** A presenter view's preview frame: always slides. */
  readonly preview: boolean;
  /** What the build wrote on <html> (deckFacts): read once at boot, never again from the DOM. */
  readonly deck: DeckFacts;
}

/** The deck page's own facts, as the build writes them on <html>. */
export interface DeckFacts {
  readonly deckId: string;
  readonly lang: Lang;
  readonly minutes: number;
}

/** Reads the deck's id, edition and planned length from <html> (data-deck, lang, data-minutes). */
export function deckFacts(root: HTMLElement): DeckFacts {
  const minutes = Number(root.dataset.minutes ?? '0');
  return { deckId: root.dataset.deck ?? '', lang: normalizeLang(root.lang), minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 0 };
}

export function readRuntimeConfig(location: Location, media: (query: string) => MediaQueryList, page: PageFacts): DeckRuntimeConfig {
  const params = new URLSearchParams(location.search);
  // The parameter print-pdf, not the letters anywhere in the query (?utm=noprint-pdfx is the talk).
  const print = isPrintQuery(location.search);
  const embedSlide = params.has('embed') ? params.get('embed') ?? '' : null;
  const view = chooseView({ search: location.search, width: page.width, print, embedSlide, preview: page.preview });
  return {
    mode: decideMode({ print, embedSlide, view, offline: page.offline }),
    view,
    print,
    handout: print && params.has('handout'),
    embedSlide,
    reducedMotion: media('(prefers-reduced-motion: reduce)').matches,
    printPixelRatio: 3,
    ...page.deck,
  };
}
