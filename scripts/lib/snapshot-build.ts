import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { ExportError } from './cli/errors.ts';

/** Builds the site with the project's vite.config.ts when dist/ has no decks.json yet. */
export async function ensureBuilt(root: string, dist: string): Promise<void> {
  if (existsSync(join(dist, 'decks.json'))) return;
  console.log('dist/ is missing: building the site first (vite build)…');
  await buildSite(root);
  if (!existsSync(join(dist, 'decks.json'))) throw new ExportError(`vite build finished but ${join(dist, 'decks.json')} is missing`);
}
