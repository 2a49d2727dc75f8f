import type { HTMLElement } from 'node-html-parser';
import type { Lang } from '../contracts/lang.ts';
import type { DeckMeta } from '../slides/decks.ts';
import { ENGLISH_DECKS, type DeckTitlesText } from '../slides/english-decks.ts';
import { escapeHtml } from './render-figure.ts';

/** A deck page's title in one language: the tab's <title> and the title slide's h1. */
export interface DeckTitles {
  /** Plain text: the title and the subtitle's lead, figures left out (a tab cannot show a figure's sentence). */
  readonly tab: string;
  /** HTML: a figure in the title is an empty data-figure element, filled like any other. */
  readonly headingHtml: string;
}

/** A deck's titles in an edition, and where they are written (for errors: file, deck, field). */
export function deckTitlesIn(deck: DeckMeta, lang: Lang): DeckTitlesText & { readonly where: (field: keyof DeckTitlesText) => string } {
  const file = lang === 'en' ? 'slides/english-decks.ts' : 'slides/decks.ts';
  const where = (field: keyof DeckTitlesText): string => `${file}: deck “${deck.id}”, field “${field}”`;
  return lang === 'en' ? { ...ENGLISH_DECKS[deck.id], where } : { title: deck.title, subtitle: deck.subtitle, where };
}

/** The marker the title slide writes for its h1: `<h1 data-deck-title></h1>`. */
const MARKER = 'data-deck-title';
/** On the marker: the ledger figure the headline prints (“…红河州24年”), shown as that figure with its sentence. */
export const TITLE_FIGURE = 'data-title-figure';

/** The title slide's h1 marker, checked (one at most, on an h1), or null when the page has none. */
export function titleMarker(root: HTMLElement, file: string): HTMLElement | null {
  const markers = root.querySelectorAll(`[${MARKER}]`);
  const [marker] = markers;
  if (!marker) return null;
  if (markers.length > 1) throw new Error(`${file}: ${markers.length} elements carry ${MARKER}; only the title slide's <h1> does`);
  if (marker.tagName !== 'H1') throw new Error(`${file}: ${MARKER} is on a <${marker.tagName.toLowerCase()}>; it marks the title slide's <h1>`);
  return marker;
}

/** A deck page's title marker: a page with none is refused, naming the file. */
export function requireTitleMarker(root: HTMLElement, file: string): HTMLElement {
  const marker = titleMarker(root, file);
  if (!marker) throw new Error(`${file}: the title slide needs <h1 ${MARKER}></h1>; the title is written from slides/decks.ts`);
  return marker;
}

/** The ledger id the page's title marker names with data-title-figure, or null. */
export function titleFigureOf(marker: HTMLElement): string | null {
  return marker.getAttribute(TITLE_FIGURE) ?? null;
}

/**
 * Writes the page's <title> and the title slide's h1 from the deck's titles (the page leaves both
 * empty; the titles are the deck model's, site/model/deck-titles.ts). The h1's figure is filled
 * afterwards with the rest of the page's figures. A fragment without the marker is left alone;
 * every deck page has one (requireDeckMarkers in site-data.ts). `source`: where the titles are written.
 */
export function stampDeckTitles(root: HTMLElement, titles: DeckTitles, source: string, file: string): void {
  const marker = titleMarker(root, file);
  if (!marker) return;
  const empty = `leave it empty: the title is written from ${source}`;
  if (marker.innerHTML.trim() !== '') throw new Error(`${file}: the title slide's <h1 ${MARKER}> has content; ${empty}`);
  const tab = root.querySelector('head > title');
  if (!tab) throw new Error(`${file}: no <title> in <head> to write the deck's title into`);
  if (tab.innerHTML.trim() !== '') throw new Error(`${file}: <title> has content; ${empty}`);
  tab.set_content(escapeHtml(titles.tab));
  marker.removeAttribute(MARKER);
  marker.removeAttribute(TITLE_FIGURE);
  marker.set_content(titles.headingHtml);
}
