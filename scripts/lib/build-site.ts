import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Sources whose change makes dist/ stale. */
const SOURCES = ['slides', 'runtime', 'common', 'contracts', 'charts', 'ledger', 'assets', 'site', 'embed', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when dist/decks.json is missing or older than any source file. */
export function needsBuild(root: string, dist: string): boolean {
  const manifest = join(dist, 'decks.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

/** Runs the Vite build in-process (same config as `npm run build`). */
export async function buildSite(root: string): Promise<void> {
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}
