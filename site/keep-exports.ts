import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

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

/** The sibling folders a build of `target` uses: the new site while it is built, the old one while it is swapped out. */
const STAGES = ['building', 'previous'] as const;

/** `<target>.building-<pid>` (the new site, written by Vite) or `<target>.previous-<pid>` (the old one, for a moment). */
export function stageDir(target: string, stage: (typeof STAGES)[number], pid: number = process.pid): string {
  return join(dirname(target), `${basename(target)}.${stage}-${pid}`);
}

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return !(error instanceof Error && 'code' in error && error.code === 'EPERM');
  }
}

/** Moves the export folders of `from` into `to` where `to` has none of that name yet. */
function moveExports(from: string, to: string): void {
  for (const name of EXPORT_DIRS) {
    if (existsSync(join(from, name)) && !existsSync(join(to, name))) renameSync(join(from, name), join(to, name));
  }
}

/**
 * Removes the stage folders a killed build left beside `target` (their process is gone), first
 * giving back to `target` any export folder one of them still held.
 */
export function removeStaleStages(target: string): string[] {
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:${STAGES.join('|')})-(\\d+)$`);
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (!match || !processGone(Number(match[1]))) continue;
    if (existsSync(target) && statSync(target).isDirectory()) moveExports(join(parent, name), target);
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Puts the finished site `staging` in the place of `target`, keeping target's export folders: they
 * move into the new site, the old site is renamed aside and removed. Readers see the old site or the
 * new one. Where `target` cannot be renamed (a mount point), it is emptied and filled instead.
 */
export function swapIn(staging: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  moveExports(target, staging);
  const previous = stageDir(target, 'previous');
  try {
    renameSync(target, previous);
  } catch {
    emptyExceptExports(target);
    moveExports(staging, target);
    for (const name of readdirSync(staging)) renameSync(join(staging, name), join(target, name));
    rmSync(staging, { recursive: true, force: true });
    return;
  }
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Vite's emptyOutDir is off (vite.config.ts); this plugin replaces it so that a build never leaves
 * dist/ empty or half-written: Vite writes the new site into `dist.building-<pid>` beside dist/, and
 * only when every file is written (the last writeBundle: this plugin runs after all others) is it
 * swapped in for dist/, with dist/pdf, pptx, snapshots and contact-sheet moved into it. A build that
 * fails — a bad ledger at buildStart, a bundling error, an offline file too large at writeBundle —
 * or is interrupted leaves the previous dist/ exactly as it was, so a running preview keeps serving
 * it; its building folder is removed (on the next build if the process was killed).
 */
export function keepExports(): Plugin {
  let target = '';
  let staging = '';
  let written = false;
  const discard = (): void => {
    if (staging !== '') rmSync(staging, { recursive: true, force: true });
  };
  return {
    name: 'hu-dian-keep-exports',
    apply: 'build',
    // After every other plugin, so its writeBundle is the last one to run.
    enforce: 'post',
    config(config: UserConfig) {
      target = resolve(resolve(config.root ?? process.cwd()), config.build?.outDir ?? 'dist');
      staging = stageDir(target, 'building');
      return { build: { outDir: staging } };
    },
    buildStart() {
      written = false;
      removeStaleStages(target);
      discard();
      mkdirSync(staging, { recursive: true });
      // Ctrl-C in `npm run pdf` exits the process mid-build: leave no building folder behind.
      process.once('exit', discard);
    },
    writeBundle: {
      order: 'post',
      handler() {
        written = true;
      },
    },
    closeBundle() {
      process.off('exit', discard);
      // Vite also calls this after a failed build: only a build whose every file was written is swapped in.
      if (written) {
        swapIn(staging, target);
        // Vite listed the files under the building folder's name.
        this.environment.logger.info(`${basename(staging)}/ is now ${basename(target)}/ (exports kept: ${EXPORT_DIRS.join(', ')})`);
      } else discard();
      written = false;
    },
  };
}
