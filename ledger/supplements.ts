import type { Figure } from './types.ts';
import { forbiddenCharacterProblem } from './text-characters.ts';

/**
 * A figure the article omits (or prints damaged), supplied by the speaker from another public source
 * (assets/supplements.csv). It never replaces the ledger's entry: the gap stays, and the supplied
 * value is shown beside it in a treatment of its own, with its source.
 */
export interface Supplement {
  /** The ledger id it supplies. */
  readonly figure: string;
  /** In the ledger entry's unit (1996 for 年, 120 for 万元). */
  readonly value: number;
  /** The value as written in the file (“1996”), which the excerpt prints with the unit. */
  readonly valueText: string;
  readonly sourceTitle: string;
  readonly sourceUrl: string;
  readonly publisher: string;
  /** The source's date as written: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly published: string;
  /** The source's own words, verbatim, holding the value with its unit. */
  readonly excerpt: string;
  readonly note?: string;
}

/** Supplements by ledger id. Empty: the decks are the article alone. */
export type SupplementSet = ReadonlyMap<string, Supplement>;

export const NO_SUPPLEMENTS: SupplementSet = new Map();

/** The file's columns, in order. Public: speakers write them. */
export const SUPPLEMENT_COLUMNS = ['figure', 'value', 'source_title', 'source_url', 'publisher', 'published', 'excerpt', 'note'] as const;
type Column = (typeof SUPPLEMENT_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['figure', 'value', 'source_title', 'source_url', 'publisher', 'published', 'excerpt'];

export class SupplementError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'SupplementError';
  }
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dateProblem(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return `“${text}” is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)`;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(Number(match[1]), month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `“${text}” is no date of the calendar`;
  return null;
}

function urlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `“${text}” is not an absolute URL; write the source's full address, starting with https:// or http://`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `“${text}” is not an http(s) address`;
  if (url.hostname === '' || /\s/.test(text)) return `“${text}” has no host name or holds a space`;
  return null;
}

/** Where the excerpt prints the value with its unit, not as the tail of a longer number (“1996年”, not “21996年”). */
export function excerptPrintsValue(excerpt: string, valueText: string, unit: string): boolean {
  const wanted = `${valueText}${unit}`;
  for (let at = excerpt.indexOf(wanted); at !== -1; at = excerpt.indexOf(wanted, at + 1)) {
    if (!/[\d.]/.test(excerpt[at - 1] ?? '')) return true;
  }
  return false;
}

/**
 * Whether a value agrees with what a damaged figure prints: a lower bound (“94.万元”) is met and its
 * digits start the value; otherwise the legible digits (“0户”, “.1万元”) end it, the lost ones in front.
 */
function damagedProblem(figure: Figure, value: number, valueText: string): string | null {
  const legible = (figure.printed ?? '').slice(0, Math.max(0, (figure.printed ?? '').length - figure.unit.length));
  if (figure.bound === 'lower' && figure.value !== null) {
    const prefix = legible.replace(/\.$/, '');
    if (value < figure.value || !valueText.startsWith(prefix)) {
      return `is ${valueText}, but the article prints “${figure.printed ?? ''}”: a supplied value must be at least ${figure.value} and begin with its legible digits “${prefix}”`;
    }
    return null;
  }
  if (legible !== '' && !valueText.endsWith(legible)) {
    return `is ${valueText}, but the article prints “${figure.printed ?? ''}”: a supplied value must end with its legible digits “${legible}”`;
  }
  return null;
}

/**
 * Reads and checks a supplements file: every row names a ledger figure that the article omits or
 * prints damaged, once, with a finite value in the figure's unit, a source (title, publisher, date,
 * absolute http(s) URL) and the source's own words printing that value with the unit. Throws a
 * SupplementError listing every problem as “<file>: row <n>, column “<column>”: …”, rows numbered
 * as a spreadsheet shows them (the header is row 1).
 */
/** A record of the file as read (site/supplements-file.ts reads the CSV): its cells. */
export interface SupplementRecord {
  readonly fields: readonly string[];
}

export function supplementsFromRecords(records: readonly SupplementRecord[], file: string, figures: readonly Figure[]): SupplementSet {
  const [header, ...rows] = records;
  if (!header) throw new SupplementError([`${file}: row 1: no header; the first row must name the columns ${SUPPLEMENT_COLUMNS.join(',')}`]);
  const problems: string[] = [];
  const names = header.fields.map((name) => name.trim());
  names.forEach((name, index) => {
    if (!(SUPPLEMENT_COLUMNS as readonly string[]).includes(name)) problems.push(`${file}: row 1, column ${index + 1} “${name}”: not a column of this file; the columns are ${SUPPLEMENT_COLUMNS.join(', ')}`);
    else if (names.indexOf(name) !== index) problems.push(`${file}: row 1, column “${name}”: named twice`);
  });
  for (const column of REQUIRED) if (!names.includes(column)) problems.push(`${file}: row 1, column “${column}”: missing from the header`);
  if (problems.length > 0) throw new SupplementError(problems);

  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const supplements = new Map<string, Supplement>();
  const firstRow = new Map<string, number>();
  rows.forEach((record, index) => {
    const row = index + 2;
    const at = (column: string) => `${file}: row ${row}, column “${column}”`;
    const cell = (column: Column): string => (record.fields[names.indexOf(column)] ?? '').trim();
    if (record.fields.length > names.length) problems.push(`${file}: row ${row}: ${record.fields.length} cells, but the header names ${names.length} columns (a comma in a text needs the text in double quotes)`);
    const rowProblems: string[] = [];
    for (const column of REQUIRED) if (cell(column) === '') rowProblems.push(`${at(column)}: empty; every supplied figure needs its ${column.replace('_', ' ')}`);
    for (const column of SUPPLEMENT_COLUMNS) {
      if (!names.includes(column)) continue;
      const problem = forbiddenCharacterProblem(cell(column));
      if (problem) rowProblems.push(`${at(column)}: ${problem}`);
    }
    const id = cell('figure');
    const figure = byId.get(id);
    if (id !== '' && !figure) rowProblems.push(`${at('figure')}: “${id}” is no figure of the ledger (ledger/figures.ts)`);
    else if (figure && figure.status !== 'omitted' && figure.status !== 'damaged') {
      rowProblems.push(`${at('figure')}: “${id}” is ${figure.status}; only a figure the article omits or prints damaged can be supplied`);
    }
    if (id !== '' && firstRow.has(id)) rowProblems.push(`${at('figure')}: “${id}” is supplied twice (rows ${firstRow.get(id) ?? ''} and ${row}); keep one source per figure`);
    else if (id !== '') firstRow.set(id, row);
    const valueText = cell('value');
    const value = Number(valueText);
    if (valueText !== '' && (!NUMBER.test(valueText) || !Number.isFinite(value))) {
      rowProblems.push(`${at('value')}: “${valueText}” is not a finite number; write digits only, in the figure's unit${figure ? ` (${figure.unit})` : ''}, e.g. 1996 or 94.5`);
    } else if (figure && valueText !== '' && figure.status === 'damaged') {
      const problem = damagedProblem(figure, value, valueText);
      if (problem) rowProblems.push(`${at('value')}: ${problem}`);
    }
    const excerpt = cell('excerpt');
    if (figure && excerpt !== '' && NUMBER.test(valueText) && !excerptPrintsValue(excerpt, valueText, figure.unit)) {
      rowProblems.push(`${at('excerpt')}: does not print “${valueText}${figure.unit}”; quote the source's own words that give the value with its unit`);
    }
    const url = cell('source_url');
    const urlError = url === '' ? null : urlProblem(url);
    if (urlError) rowProblems.push(`${at('source_url')}: ${urlError}`);
    const published = cell('published');
    const dateError = published === '' ? null : dateProblem(published);
    if (dateError) rowProblems.push(`${at('published')}: ${dateError}`);
    problems.push(...rowProblems);
    if (rowProblems.length === 0 && figure) {
      const note = names.includes('note') ? cell('note') : '';
      supplements.set(id, {
        figure: id, value, valueText, sourceTitle: cell('source_title'), sourceUrl: url, publisher: cell('publisher'), published, excerpt,
        ...(note === '' ? {} : { note }),
      });
    }
  });
  if (problems.length > 0) throw new SupplementError(problems);
  return supplements;
}
