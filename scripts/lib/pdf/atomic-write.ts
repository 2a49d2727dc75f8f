import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputNotWritableError } from './errors.ts';

/** Creates the output directory and checks it is writable, before any browser work starts. */
export function prepareOutputDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new OutputNotWritableError(dir, error);
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
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temporary = temporaryPathFor(path);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new OutputNotWritableError(dirname(path), error);
  }
}

/** The name temporaryPathFor gives: “.<file>.<pid>-<8 hex>.tmp”. */
const TEMPORARY_NAME = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;

function isRunning(pid: number): boolean {
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
 * truncated hidden file nobody would find): only names temporaryPathFor makes, only when the
 * process that made them is gone. Returns the names removed.
 */
export function removeStaleTemporaryFiles(dir: string, running: (pid: number) => boolean = isRunning): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match || running(Number(match[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
