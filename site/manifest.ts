import { DECKS, deckUrl, englishDeckUrl } from '../slides/decks.ts';
import { ENGLISH_DECKS } from '../slides/english-decks.ts';
import { embedUrl } from '../contracts/embed-url.ts';
import type { Lang } from '../contracts/lang.ts';
import { renderFigureTokens } from '../ledger/format.ts';
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
  /** zh-CN for the Chinese decks; en for the English edition (same id and slide ids). */
  readonly lang: Lang;
  readonly minutes: number;
  readonly url: string;
  /** The deck's print layout: open it and use the browser's Print to save a PDF. */
  readonly printUrl: string;
  /** The deck as one self-contained HTML file that works from file://. */
  readonly offlineUrl?: string;
  /** The presenter view (notes, timer, previews); the deck opens it with key S. */
  readonly presenterUrl?: string;
  readonly slideCount: number;
  readonly slides: readonly SlideEntry[];
}

export interface Manifest {
  readonly decks: readonly DeckEntry[];
}

export { embedUrl };

/** decks.json: the Chinese decks in order, then their English editions (same ids, lang "en"). */
export function buildManifest(
  slidesByDeck: ReadonlyMap<DeckId, readonly SlideInfo[]>,
  englishSlidesByDeck: ReadonlyMap<DeckId, readonly SlideInfo[]> = new Map(),
): Manifest {
  const english: DeckEntry[] = DECKS.flatMap((deck) => {
    const en = ENGLISH_DECKS[deck.id];
    const slides = englishSlidesByDeck.get(deck.id);
    if (!slides) return [];
    const url = englishDeckUrl(deck.id);
    return [
      {
        id: deck.id,
        title: en.title,
        subtitle: renderFigureTokens(en.subtitle, 'en', `slides/english-decks.ts: deck “${deck.id}”, field “subtitle”`),
        lang: 'en' as const,
        minutes: deck.minutes,
        url,
        printUrl: `${url}?print-pdf`,
        offlineUrl: `offline/${deck.id}.en.html`,
        presenterUrl: `slides/presenter/?deck=${deck.id}&lang=en`,
        slideCount: slides.length,
        slides: slides.map((slide) => ({
          id: slide.id,
          title: slide.title,
          url: `${url}#/${slide.id}`,
          embedUrl: embedUrl(deck.id, slide.id, 'en'),
          figures: slide.figures,
        })),
      },
    ];
  });
  return {
    decks: [...DECKS.map((deck) => {
      const slides = slidesByDeck.get(deck.id) ?? [];
      const url = deckUrl(deck.id);
      return {
        id: deck.id,
        title: deck.title,
        subtitle: renderFigureTokens(deck.subtitle, 'zh-CN', `slides/decks.ts: deck “${deck.id}”, field “subtitle”`),
        lang: 'zh-CN' as const,
        minutes: deck.minutes,
        url,
        printUrl: `${url}?print-pdf`,
        offlineUrl: `offline/${deck.id}.html`,
        presenterUrl: `slides/presenter/?deck=${deck.id}`,
        slideCount: slides.length,
        slides: slides.map((slide) => ({
          id: slide.id,
          title: slide.title,
          url: `${url}#/${slide.id}`,
          embedUrl: embedUrl(deck.id, slide.id),
          figures: slide.figures,
        })),
      };
    }), ...english],
  };
}
