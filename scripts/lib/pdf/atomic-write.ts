import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
