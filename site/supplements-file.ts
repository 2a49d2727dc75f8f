import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { FIGURES } from '../ledger/figures.ts';
import type { Figure } from '../ledger/types.ts';
import { NO_SUPPLEMENTS, SupplementError, supplementsFromRecords, type SupplementSet } from '../ledger/supplements.ts';
import { CsvSyntaxError, parseCsv } from '../common/csv-parse.ts';

/** The speaker's file of figures from other sources (header only: none). */
export const SUPPLEMENTS_FILE = 'assets/supplements.csv';

/** A supplements file's text, read as CSV and checked row by row (ledger/supplements.ts); throws a SupplementError naming file, row and column. */
export function parseSupplements(text: string, file: string, figures: readonly Figure[]): SupplementSet {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new SupplementError([`${file}: ${error.message}`]);
    throw error;
  }
  return supplementsFromRecords(records, file, figures);
}

/**
 * The figures the build shows as supplied: assets/supplements.csv, checked row by row (a bad row
 * stops the build naming the file, row and column). `DECKS_SUPPLEMENTS=off` builds the article
 * alone; `DECKS_SUPPLEMENTS_FILE=<path>` reads another file (a test fixture, a speaker's own copy).
 */
export function loadSupplements(root: string, env: NodeJS.ProcessEnv = process.env): SupplementSet {
  const switchValue = (env.DECKS_SUPPLEMENTS ?? '').trim().toLowerCase();
  if (switchValue === 'off') return NO_SUPPLEMENTS;
  if (switchValue !== '' && switchValue !== 'on') throw new Error(`DECKS_SUPPLEMENTS: “${env.DECKS_SUPPLEMENTS ?? ''}” is neither “off” (the article alone) nor “on” (the default)`);
  const chosen = env.DECKS_SUPPLEMENTS_FILE?.trim() || SUPPLEMENTS_FILE;
  const path = isAbsolute(chosen) ? chosen : join(root, chosen);
  const shown = isAbsolute(chosen) ? (relative(root, path).startsWith('..') ? path : relative(root, path)) : chosen;
  if (!existsSync(path)) {
    if (chosen === SUPPLEMENTS_FILE) return NO_SUPPLEMENTS;
    throw new Error(`DECKS_SUPPLEMENTS_FILE: ${shown} does not exist`);
  }
  return parseSupplements(readFileSync(path, 'utf8'), shown, FIGURES);
}
