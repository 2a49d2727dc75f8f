import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../site/manifest.ts';
import { ExportError } from './cli/errors.ts';

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null || !('decks' in value) || !Array.isArray(value.decks)) return false;
  return value.decks.every(
    (deck: unknown) =>
      typeof deck === 'object' && deck !== null && 'id' in deck && typeof deck.id === 'string' &&
      'lang' in deck && typeof deck.lang === 'string' && 'printUrl' in deck && typeof deck.printUrl === 'string' &&
      'slideCount' in deck && typeof deck.slideCount === 'number' && 'slides' in deck && Array.isArray(deck.slides),
  );
}

/**
 * The built site's decks.json, as every tool over dist/ reads it (pdf, snapshot, the contact sheet,
 * the benchmark), checked; the errors name no tool's own options, so each command reads them as its own.
 */
export function readManifest(dist: string): Manifest {
  const path = join(dist, 'decks.json');
  if (!existsSync(path)) throw new ExportError(`${path} is missing: build the site first (\`npx vite build\`).`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ExportError(`${path} is not JSON (${error instanceof Error ? error.message : String(error)}): build the site again (\`npx vite build\`).`);
  }
  if (!isManifest(value)) throw new ExportError(`${path} is not a deck manifest (decks[].id, lang, printUrl, slideCount, slides).`);
  return value;
}
