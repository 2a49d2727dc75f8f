import type { DeckEntry, Manifest } from '../../../site/manifest.ts';
import { UnknownDeckError, UsageError } from '../cli/errors.ts';

export type { DeckEntry, Manifest };

export { buildSite, needsBuild } from '../build-site.ts';
export { pdfFileName } from '../export-files.ts';
export { readManifest } from '../manifest.ts';

/** A deck's edition in messages: "puer", or "puer (en)" for a translation. */
export function deckLabel(deck: { readonly id: string; readonly lang: string }): string {
  return deck.lang === 'zh-CN' ? deck.id : `${deck.id} (${deck.lang})`;
}

/**
 * The decks.json entries to export, in manifest order: every edition of the named ids (all ids when
 * none are named), only `lang` when given. Unknown ids or languages fail together, naming the known ones.
 */
export function selectDecks(manifest: Manifest, ids: readonly string[], lang?: string): DeckEntry[] {
  const known = [...new Set(manifest.decks.map((deck) => deck.id as string))];
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new UnknownDeckError(unknown, known);
  const langs = [...new Set(manifest.decks.map((deck) => deck.lang as string))];
  if (lang !== undefined && !langs.includes(lang)) throw new UsageError(`Unknown --lang ${lang}. Editions in decks.json: ${langs.join(', ')}.`);
  return manifest.decks.filter((deck) => (ids.length === 0 || ids.includes(deck.id)) && (lang === undefined || deck.lang === lang));
}
