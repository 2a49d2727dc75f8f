import { embedUrl } from '../../contracts/embed-url.ts';
import { normalizeLang, type Lang } from '../../contracts/lang.ts';
import type { Theme } from '../../charts/palette.ts';

/** The parts of decks.json an embed needs. */
export interface EmbedCatalogDeck {
  readonly id: string;
  /** decks.json lists each deck per language (same id); zh-CN when absent. */
  readonly lang: Lang;
  /** The deck's title in its language ('' if decks.json has none). */
  readonly title: string;
  readonly url: string;
  readonly slides: readonly { readonly id: string }[];
}

export type EmbedResolution =
  | { readonly kind: 'found'; readonly deck: EmbedCatalogDeck; readonly slideId: string }
  | { readonly kind: 'unknown-deck'; readonly validIds: readonly string[]; readonly decks: readonly EmbedCatalogDeck[] }
  | { readonly kind: 'unknown-slide'; readonly deck: EmbedCatalogDeck; readonly validIds: readonly string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads decks.json defensively: anything malformed is dropped rather than trusted. */
export function parseCatalog(json: unknown): EmbedCatalogDeck[] {
  if (!isRecord(json) || !Array.isArray(json.decks)) return [];
  const decks: EmbedCatalogDeck[] = [];
  for (const deck of json.decks as unknown[]) {
    if (!isRecord(deck) || typeof deck.id !== 'string' || typeof deck.url !== 'string' || !Array.isArray(deck.slides)) continue;
    const slides = (deck.slides as unknown[]).flatMap((slide) => (isRecord(slide) && typeof slide.id === 'string' ? [{ id: slide.id }] : []));
    decks.push({ id: deck.id, lang: normalizeLang(typeof deck.lang === 'string' ? deck.lang : null), title: typeof deck.title === 'string' ? deck.title : '', url: deck.url, slides });
  }
  return decks;
}

/** Matches the query's ids exactly against the catalog; the result carries only catalog values. */
export function resolveEmbed(catalog: readonly EmbedCatalogDeck[], deckId: string, slideId: string, lang: Lang = 'zh-CN'): EmbedResolution {
  const decks = catalog.filter((candidate) => candidate.lang === lang);
  const deck = decks.find((candidate) => candidate.id === deckId);
  if (!deck) return { kind: 'unknown-deck', validIds: decks.map((candidate) => candidate.id), decks };
  const slide = deck.slides.find((candidate) => candidate.id === slideId);
  if (!slide) return { kind: 'unknown-slide', deck, validIds: deck.slides.map((candidate) => candidate.id) };
  return { kind: 'found', deck, slideId: slide.id };
}

/** The deck page in embed mode, relative to the site root. */
export function embedModeUrl(deck: EmbedCatalogDeck, slideId: string, siteRoot: URL, theme: Theme | null = null): URL {
  const url = new URL(deck.url, siteRoot);
  // ?theme= (dark or light) goes on with the slide: the embed shows the theme the host asked for.
  url.search = new URLSearchParams(theme ? { embed: slideId, theme } : { embed: slideId }).toString();
  url.hash = '';
  return url;
}

/** The public embed URL (decks.json embedUrl: lang=en for the English edition), made absolute. */
export function publicEmbedUrl(deckId: string, slideId: string, siteRoot: URL, lang: Lang = 'zh-CN'): URL {
  return new URL(embedUrl(deckId, slideId, lang), siteRoot);
}
