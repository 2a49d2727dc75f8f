import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeckEntry, Manifest } from '../../../site/manifest.ts';
import { PdfExportError } from './errors.ts';
import { UnknownDeckError, UsageError } from '../cli/errors.ts';

export type { DeckEntry, Manifest };

export { buildSite, needsBuild } from '../build-site.ts';
export { pdfFileName } from '../export-files.ts';

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null || !('decks' in value) || !Array.isArray(value.decks)) return false;
  return value.decks.every(
    (deck: unknown) =>
      typeof deck === 'object' && deck !== null && 'id' in deck && typeof deck.id === 'string' &&
      'lang' in deck && typeof deck.lang === 'string' && 'printUrl' in deck && typeof deck.printUrl === 'string' &&
      'slideCount' in deck && typeof deck.slideCount === 'number',
  );
}

export function readManifest(dist: string): Manifest {
  const path = join(dist, 'decks.json');
  if (!existsSync(path)) throw new PdfExportError(`${path} is missing: run \`npx vite build\` (or drop --no-build).`);
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isManifest(value)) throw new PdfExportError(`${path} is not a deck manifest (decks[].id, lang, printUrl, slideCount).`);
  return value;
}

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
