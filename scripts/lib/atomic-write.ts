import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputNotWritableError } from './cli/errors.ts';
import { exportFileNames } from './export-files.ts';

/**
 * Makes `dir` and its missing parents one level at a time. Node's `mkdirSync(dir, { recursive: true })`
 * retries for ever at 100 % CPU where mkdir answers ENOENT under an existing parent (/proc/self/x);
 * here that answer is an error like any other.
 */
export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  let current = resolve(dir);
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  // Under a file, mkdir itself fails with ENOTDIR.
  for (const path of missing) mkdirSync(path);
  if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory: '${dir}'`), { code: 'ENOTDIR' });
}

/**
 * Creates the output directory and checks it is writable, before any build or browser work starts.
 * `files` names what goes there in the error ("PDFs", "PowerPoint files", "snapshots").
 */
export function prepareOutputDir(dir: string, files: string): void {
  try {
    makeDirectory(dir);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new OutputNotWritableError(dir, error, files);
  }
}

/** The hidden temporary sibling a file is written to before the rename. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes to a temporary file in the same directory, then renames it over `path`: readers see the
 * old file or the whole new one, never half of it, and a failure leaves no temporary file behind.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array, files: string): void {
  const temporary = temporaryPathFor(path);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new OutputNotWritableError(dirname(path), error, files);
  }
}

/** The name temporaryPathFor gives to one of `names`: “.<name>.<pid>-<8 hex>.tmp”; the pid is captured. */
function temporaryName(names: readonly string[]): RegExp {
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\.(?:${escaped.join('|')})\\.(\\d+)-[0-9a-f]{8}\\.tmp$`);
}

/** True while process `pid` exists (ours, or anyone's). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Removes our temporary files left in `dir` by an export that was killed before its rename (a
 * truncated hidden file nobody would find): only the names temporaryPathFor makes for a file the
 * exporters write (`ownNames`: each deck's .pdf and .pptx in each edition), only when the process
 * that made them is gone. Anything else, such as another program's `.thesis.docx.<pid>-<hex>.tmp`,
 * is left alone. Returns the names removed.
 */
export function removeStaleTemporaryFiles(dir: string, running: (pid: number) => boolean = isRunning, ownNames: readonly string[] = exportFileNames()): string[] {
  const pattern = temporaryName(ownNames);
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const match = pattern.exec(name);
    if (!match || running(Number(match[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
