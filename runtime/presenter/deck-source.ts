import type { Lang } from '../../contracts/lang.ts';
import { parseCatalog, type EmbedCatalogDeck } from '../embed/lookup.ts';
import { copyNotes } from './notes-copy.ts';
import { deckOutline, type DeckOutline } from './outline.ts';

/** What the presenter view knows of its deck, all read from the deck page itself. */
export interface PresenterDeck {
  readonly outline: DeckOutline;
  /** The deck page's <title>. */
  readonly title: string;
  /** A slide's notes, copied from the deck page (notes-copy.ts); null if it has none. */
  notesOf(slideId: string): DocumentFragment | null;
}

export type DeckLookup =
  | { readonly kind: 'found'; readonly deck: PresenterDeck }
  | { readonly kind: 'unknown'; readonly known: readonly EmbedCatalogDeck[] };

async function fetchOk(url: URL): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response;
}

function presenterDeck(page: Document, entry: EmbedCatalogDeck): PresenterDeck {
  const slides = page.querySelector('.reveal .slides');
  const deckId = page.documentElement.getAttribute('data-deck');
  const minutes = Number(page.documentElement.getAttribute('data-minutes'));
  if (!slides || deckId !== entry.id || !Number.isFinite(minutes) || minutes <= 0) throw new Error(`${entry.url} is not the deck page of "${entry.id}"`);
  return {
    outline: deckOutline(slides, entry.id, minutes),
    title: page.title,
    notesOf: (slideId) => {
      const slide = [...slides.querySelectorAll('section')].find((section) => section.id === slideId);
      const notes = slide?.querySelector(':scope > aside.notes');
      return notes ? copyNotes(notes, document) : null;
    },
  };
}

/**
 * Finds `?deck=` in decks.json (exactly, in this edition) and reads that deck page: its slides,
 * length, title and notes. An id decks.json does not list is unknown, whatever it looks like.
 */
export async function lookUpDeck(siteRoot: URL, requested: string, edition: Lang, articleOnly = false): Promise<DeckLookup> {
  const known = parseCatalog(await (await fetchOk(new URL('decks.json', siteRoot))).json()).filter((deck) => deck.lang === edition);
  const entry = known.find((deck) => deck.id === requested);
  if (!entry) return { kind: 'unknown', known };
  const pageUrl = new URL(entry.url, siteRoot);
  if (pageUrl.origin !== siteRoot.origin) throw new Error(`decks.json: the page of "${entry.id}" is on another site`);
  const page = new DOMParser().parseFromString(await (await fetchOk(pageUrl)).text(), 'text/html');
  // ?supplements=off: the notes as the deck page shows them then, without the supplied figures' sources.
  if (articleOnly) (await import('../deck/supplements-off.ts')).removeSupplements(page);
  return { kind: 'found', deck: presenterDeck(page, entry) };
}
