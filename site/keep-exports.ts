import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Folders of dist/ that hold what people exported from the site, not the site itself: a rebuild
 * (including the one `npm run pdf` runs when sources changed) keeps them. Public: README lists them.
 */
export const EXPORT_DIRS: readonly string[] = ['pdf', 'pptx', 'snapshots', 'contact-sheet'];

/** Empties `outDir` except the export folders; returns what it removed (names in outDir). */
export function emptyExceptExports(outDir: string, keep: readonly string[] = EXPORT_DIRS): string[] {
  if (!existsSync(outDir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(outDir)) {
    if (keep.includes(name)) continue;
    rmSync(join(outDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Replaces Vite's emptyOutDir (vite.config.ts sets it to false): at the start of a build, dist/ is
 * emptied of the previous site, and exported PDFs, PPTX files, snapshots and contact sheets stay.
 */
export function keepExports(): Plugin {
  let outDir = '';
  let building = false;
  return {
    name: 'hu-dian-keep-exports',
    configResolved(config: ResolvedConfig) {
      building = config.command === 'build';
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      if (building) emptyExceptExports(outDir);
    },
  };
}
