import { DECKS, deckUrl } from '../slides/decks.ts';
import type { DeckId } from '../ledger/types.ts';
import type { SlideInfo } from './render-deck.ts';

/** One slide in decks.json. Public contract: fields are only ever added. */
export interface SlideEntry {
  readonly id: string;
  readonly title: string;
  /** Relative to the site root: the deck at this slide. */
  readonly url: string;
  /** Relative to the site root: this slide alone, for an iframe. */
  readonly embedUrl: string;
  readonly figures: readonly string[];
}

export interface DeckEntry {
  readonly id: DeckId;
  readonly title: string;
  readonly subtitle: string;
  readonly lang: 'zh-CN';
  readonly minutes: number;
  readonly url: string;
  /** The deck's print layout: open it and use the browser's Print to save a PDF. */
  readonly printUrl: string;
  readonly slideCount: number;
  readonly slides: readonly SlideEntry[];
}

export interface Manifest {
  readonly decks: readonly DeckEntry[];
}

export function embedUrl(deck: string, slide: string): string {
  return `embed/?deck=${encodeURIComponent(deck)}&slide=${encodeURIComponent(slide)}`;
}

export function buildManifest(slidesByDeck: ReadonlyMap<DeckId, readonly SlideInfo[]>): Manifest {
  return {
    decks: DECKS.map((deck) => {
      const slides = slidesByDeck.get(deck.id) ?? [];
      const url = deckUrl(deck.id);
      return {
        id: deck.id,
        title: deck.title,
        subtitle: deck.subtitle,
        lang: 'zh-CN' as const,
        minutes: deck.minutes,
        url,
        printUrl: `${url}?print-pdf`,
        slideCount: slides.length,
        slides: slides.map((slide) => ({
          id: slide.id,
          title: slide.title,
          url: `${url}#/${slide.id}`,
          embedUrl: embedUrl(deck.id, slide.id),
          figures: slide.figures,
        })),
      };
    }),
  };
}
