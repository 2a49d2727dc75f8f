import { DECKS, deckUrl, englishDeckUrl } from '../slides/decks.ts';
import { embedUrl } from '../contracts/embed-url.ts';
import type { Lang } from '../contracts/lang.ts';
import type { DeckId } from '../ledger/types.ts';
import type { DeckModel } from './model/types.ts';

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

/** One deck edition's entry, from its model (site/model/): titles, length and slides as the model has them. */
function deckEntry(model: DeckModel): DeckEntry {
  const english = model.lang === 'en';
  const url = english ? englishDeckUrl(model.id) : deckUrl(model.id);
  const query = english ? '&lang=en' : '';
  return {
    id: model.id,
    title: model.title,
    subtitle: model.subtitle,
    lang: model.lang,
    minutes: model.minutes,
    url,
    printUrl: `${url}?print-pdf`,
    offlineUrl: `offline/${model.id}${english ? '.en' : ''}.html`,
    presenterUrl: `slides/presenter/?deck=${model.id}${query}`,
    slideCount: model.slides.length,
    slides: model.slides.map((slide) => ({
      id: slide.id,
      title: slide.title.text,
      url: `${url}#/${slide.id}`,
      embedUrl: english ? embedUrl(model.id, slide.id, 'en') : embedUrl(model.id, slide.id),
      figures: slide.figures,
    })),
  };
}

/** decks.json: the Chinese decks in order, then their English editions (same ids, lang "en"), each from its deck model. */
export function buildManifest(models: ReadonlyMap<DeckId, ReadonlyMap<Lang, DeckModel>>): Manifest {
  const edition = (lang: Lang): DeckEntry[] => DECKS.flatMap((deck) => {
    const model = models.get(deck.id)?.get(lang);
    return model ? [deckEntry(model)] : [];
  });
  return { decks: [...edition('zh-CN'), ...edition('en')] };
}
