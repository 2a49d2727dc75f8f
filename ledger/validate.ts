import { DECK_IDS, STATUSES, type Figure } from './types.ts';
import { computeDerived } from './derive.ts';

/** One problem in the ledger, naming the file, the entry and the field. */
export class LedgerError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: entry “${entry}”, field “${field}”: ${problem}`);
    this.name = 'LedgerError';
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a stated figure sits in its quote: the first number that the quote prints directly before
 * the figure's unit (“57名” in “11批57名干部”; “余” may sit between, as in “20余载”). A compound
 * unit is matched by its first part (“每亩5吨” for 吨/亩). Returns the digits as printed, or null when
 * the quote prints no number before that unit.
 */
export function statedNumberInQuote(quote: string, unit: string, approx?: string): string | null {
  const marker = unit.split('/')[0] ?? unit;
  const between = approx === '余' ? '余' : '';
  const match = new RegExp(`(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)${escapeRegExp(between)}${escapeRegExp(marker)}`).exec(quote);
  return match?.[1] ?? null;
}

/**
 * The legible number of a damaged figure's printed text: the digits before the damage
 * (94 for “94.万元”); null when nothing before the damage is legible (“.1万元”).
 */
export function legibleNumber(printed: string): number | null {
  const match = /^([0-9]+)/.exec(printed);
  return match?.[1] === undefined ? null : Number(match[1]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks every entry against the article body. Returns all problems found (empty when the
 * ledger is sound); `assertLedger` throws the first.
 */
export function validateLedger(entries: readonly unknown[], body: string, file = 'ledger/figures.ts'): LedgerError[] {
  const errors: LedgerError[] = [];
  const seen = new Set<string>();
  const valid: Figure[] = [];

  entries.forEach((raw, index) => {
    const name = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
    const fail = (field: string, problem: string) => errors.push(new LedgerError(file, name, field, problem));
    if (!isRecord(raw)) return fail('(entry)', 'not an object');

    const { id, deck, label, value, unit, status, quote, note, printed, bound, derivation } = raw;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) fail('id', 'must be kebab-case ASCII (a-z, 0-9, -)');
    else if (seen.has(id)) fail('id', 'duplicate id');
    else seen.add(id);
    if (typeof deck !== 'string' || !(DECK_IDS as readonly string[]).includes(deck)) {
      fail('deck', `unknown deck ${JSON.stringify(deck)}; expected one of ${DECK_IDS.join(', ')}`);
    }
    if (typeof label !== 'string' || label.trim() === '') fail('label', 'must be a non-empty string');
    if (typeof unit !== 'string' || unit.trim() === '') fail('unit', 'must be a non-empty string');
    if (typeof quote !== 'string' || quote === '') fail('quote', 'must be a non-empty string');
    else {
      const found = countOccurrences(body, quote);
      if (found === 0) fail('quote', `not found verbatim in the article body: “${quote}”`);
      else if (found > 1) fail('quote', `found ${found} times in the article body; make it longer so it points at one sentence`);
    }
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      fail('value', 'must be a finite number or null');
    }
    if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
      return fail('status', `unknown status ${JSON.stringify(status)}; expected one of ${STATUSES.join(', ')}`);
    }
    const needsNote = status !== 'stated';
    if (needsNote && (typeof note !== 'string' || note.trim() === '')) fail('note', `a ${status} figure needs a note saying what is missing or how it is computed`);

    switch (status) {
      case 'stated':
        if (typeof value !== 'number' || !Number.isFinite(value)) fail('value', 'a stated figure needs a finite number');
        else if (typeof quote === 'string' && typeof unit === 'string') {
          const printedNumber = statedNumberInQuote(quote, unit, typeof raw.approx === 'string' ? raw.approx : undefined);
          if (printedNumber === null) fail('quote', `prints no number directly before the unit “${unit}”; the quote must contain the figure as printed`);
          else if (Number(printedNumber) !== value) {
            fail('value', `is ${value} but the quote prints “${printedNumber}${raw.approx === '余' ? '余' : ''}${unit.split('/')[0] ?? ''}” (the first number before the unit “${unit}” in “${quote}”)`);
          }
        }
        break;
      case 'omitted':
        if (value !== null) fail('value', 'an omitted figure must have value null, never 0 or a guess');
        break;
      case 'damaged':
        if (typeof printed !== 'string' || printed === '') fail('printed', 'a damaged figure needs the text as printed');
        else if (typeof quote === 'string' && !quote.includes(printed)) fail('printed', `“${printed}” is not in the quote`);
        if (typeof printed === 'string' && value !== null && typeof value === 'number') {
          const legible = legibleNumber(printed);
          if (legible === null) fail('value', `is ${value} but “${printed}” has no legible digits before the damage; the value must be null`);
          else if (legible === 0) fail('value', `is ${value} but the legible part of “${printed}” is 0, which bounds nothing; the value must be null`);
          else if (legible !== value) fail('value', `is ${value} but the legible part of “${printed}” is ${legible}`);
        }
        if (typeof printed === 'string' && typeof unit === 'string' && !printed.endsWith(unit)) fail('printed', `“${printed}” does not end with the unit “${unit}”`);
        if (value !== null && bound !== 'lower') fail('bound', 'a damaged figure with a value must say it is a lower bound (bound: "lower")');
        if (value === null && bound !== undefined) fail('bound', 'a bound needs a legible value');
        break;
      case 'derived':
        if (!isRecord(derivation)) fail('derivation', 'a derived figure needs a derivation');
        break;
    }
    if (errors.length === 0 || errors.every((e) => e.entry !== name)) valid.push(raw as unknown as Figure);
  });

  // Derived values are checked once every entry is known.
  const byId = new Map(valid.map((figure) => [figure.id, figure]));
  for (const figure of valid) {
    if (figure.status !== 'derived' || !figure.derivation) continue;
    const result = computeDerived(figure, byId);
    if (typeof result === 'string') errors.push(new LedgerError(file, figure.id, 'derivation', result));
    else if (result !== figure.value) {
      errors.push(new LedgerError(file, figure.id, 'value', `is ${figure.value} but the formula gives ${result}`));
    }
  }
  return errors;
}

/** Throws the first problem, with a count of the rest. */
export function assertLedger(entries: readonly unknown[], body: string, file?: string): void {
  const errors = validateLedger(entries, body, file);
  if (errors.length === 0) return;
  const more = errors.length > 1 ? `\n(and ${errors.length - 1} more:\n  ${errors.slice(1).map((e) => e.message).join('\n  ')})` : '';
  throw new Error(`${errors[0]?.message}${more}`);
}
