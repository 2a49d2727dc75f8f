import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
/** A supplements file for tests only: the real 1996 row, an omitted amount and a damaged lower bound with made-up test sources. */
export const FIXTURE = 'tests/fixtures/supplements.csv';
/** Private builds of the tests, beside dist/ (the shipped dist/ stays as it is). */
export const TEST_BUILDS = resolve(ROOT, '.cache/supplement-builds');

/** Builds the site (of `root`: the project, or a copy of its sources) into `outDir` with these environment variables (DECKS_SUPPLEMENTS, DECKS_SUPPLEMENTS_FILE). */
export async function buildSiteInto(outDir: string, env: Readonly<Record<string, string>>, root = ROOT): Promise<void> {
  await run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, DECKS_SUPPLEMENTS: '', DECKS_SUPPLEMENTS_FILE: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  const walk = (current: string): string[] =>
    readdirSync(current).flatMap((name) => {
      const path = join(current, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dir, path)];
    });
  return walk(dir).sort();
}

/** What differs between two trees: files only in one, and files whose bytes differ. */
export function treeDifferences(a: string, b: string): string[] {
  const left = filesUnder(a);
  const right = new Set(filesUnder(b));
  const differences: string[] = [];
  for (const file of left) {
    if (!right.has(file)) differences.push(`only in the first: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differences.push(`differs: ${file}`);
    right.delete(file);
  }
  for (const file of right) differences.push(`only in the second: ${file}`);
  return differences;
}
