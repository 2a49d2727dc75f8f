import { DECK_IDS, STATUSES, type Figure, type FigureStatus } from './types.ts';
import type { BodySection } from './article.ts';
import { APPROX_WORDS, omittedPlace, statedPlace } from './quote-place.ts';
import { figureTokenProblems } from './token-syntax.ts';
import { forbiddenCharacterProblem } from './text-characters.ts';
import { derivationShapeProblems, derivedProblems } from './validate-derived.ts';
import { derivationInputs } from './derive.ts';

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

/** The fields every entry may carry, and those only some statuses may: anything else is refused. */
const COMMON_FIELDS = ['id', 'deck', 'label', 'value', 'unit', 'status', 'quote', 'note', 'approx'];
const STATUS_FIELDS: Readonly<Record<FigureStatus, readonly string[]>> = {
  stated: [],
  omitted: [],
  damaged: ['printed', 'bound'],
  derived: ['derivation', 'decimals'],
};
/** Fields whose text a viewer reads (label and note also carry figure tokens). */
const TEXT_FIELDS = ['label', 'unit', 'quote', 'note', 'printed'] as const;
const MAX_DECIMALS = 6;

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
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

type Fail = (field: string, problem: string) => void;

/**
 * The approximation word a figure carries must be the one its quote prints at the figure's place
 * (近/约 right before the number, 余 right after it; for a gap, right before the unit), and a word
 * the quote prints there must be in the ledger: every label, value and English text is written from it.
 */
function checkApprox(raw: Record<string, unknown>, status: FigureStatus, fail: Fail): void {
  const { approx, quote, unit } = raw;
  if (approx !== undefined && !(APPROX_WORDS as readonly unknown[]).includes(approx)) {
    return fail('approx', `unknown approximation word ${JSON.stringify(approx)}; expected one of ${APPROX_WORDS.join(', ')} as the quote prints it`);
  }
  if (status === 'damaged' || status === 'derived') {
    if (approx !== undefined) fail('approx', `a ${status} figure is not written with “${String(approx)}” (${status === 'derived' ? 'a computed value is always shown with 约, or as a percentage' : 'it shows what is printed'}); remove it`);
    return;
  }
  if (typeof quote !== 'string' || typeof unit !== 'string') return;
  const place = status === 'stated' ? statedPlace(quote, unit) : omittedPlace(quote, unit);
  if (!place) return;
  if (approx === place.approx) return;
  const where = `“${place.text}” in “${quote}”`;
  if (approx === undefined) fail('approx', `is not set, but the quote prints “${place.approx ?? ''}” with the figure (${where}); set approx: '${place.approx ?? ''}' so every label keeps it`);
  else if (place.approx === undefined) fail('approx', `is “${String(approx)}”, but the quote prints no “${String(approx)}” ${approx === '余' ? 'right after' : 'right before'} the ${status === 'stated' ? 'number' : 'missing number'} (${where}); remove it or correct the quote`);
  else fail('approx', `is “${String(approx)}”, but the quote prints “${place.approx}” (${where})`);
}

/**
 * Checks every entry against the article body. Returns all problems found (empty when the
 * ledger is sound); `assertLedger` throws the first. With `sections` (ledger/article.ts
 * bodySections), each quote must lie in its deck's section of the article.
 */
export function validateLedger(
  entries: readonly unknown[],
  body: string,
  file = 'ledger/figures.ts',
  sections?: ReadonlyMap<string, BodySection>,
): LedgerError[] {
  const errors: LedgerError[] = [];
  const seen = new Set<string>();
  const valid: Figure[] = [];
  const byIdRaw = new Map(entries.flatMap((raw) => (isRecord(raw) && typeof raw.id === 'string' ? [[raw.id, raw] as const] : [])));
  const tokenLookup = (id: string) => {
    const entry = byIdRaw.get(id);
    return entry === undefined ? undefined : { printed: typeof entry.printed === 'string' ? entry.printed : undefined };
  };

  entries.forEach((raw, index) => {
    const name = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
    const before = errors.length;
    const fail: Fail = (field, problem) => errors.push(new LedgerError(file, name, field, problem));
    if (!isRecord(raw)) return fail('(entry)', 'not an object');

    const { id, deck, label, value, unit, status, quote, note, printed, bound, derivation, decimals } = raw;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) fail('id', 'must be kebab-case ASCII (a-z, 0-9, -)');
    else if (seen.has(id)) fail('id', 'duplicate id');
    else seen.add(id);
    if (typeof deck !== 'string' || !(DECK_IDS as readonly string[]).includes(deck)) {
      fail('deck', `unknown deck ${JSON.stringify(deck)}; expected one of ${DECK_IDS.join(', ')}`);
    }
    if (typeof label !== 'string' || label.trim() === '') fail('label', 'must be a non-empty string');
    if (typeof unit !== 'string' || unit.trim() === '') fail('unit', 'must be a non-empty string');
    for (const field of TEXT_FIELDS) {
      const text = raw[field];
      if ((field === 'note' || field === 'printed') && text !== undefined && typeof text !== 'string') fail(field, 'must be a string');
      const problem = typeof text === 'string' ? forbiddenCharacterProblem(text) : null;
      if (problem) fail(field, problem);
    }
    for (const field of ['label', 'note'] as const) {
      const text = raw[field];
      if (typeof text === 'string') for (const problem of figureTokenProblems(text, tokenLookup)) fail(field, problem);
    }
    let quoteFound = false;
    if (typeof quote !== 'string' || quote === '') fail('quote', 'must be a non-empty string');
    else {
      const found = countOccurrences(body, quote);
      quoteFound = found === 1;
      if (found === 0) fail('quote', `not found verbatim in the article body: “${quote}”`);
      else if (found > 1) fail('quote', `found ${found} times in the article body; make it longer so it points at one sentence`);
      else if (sections && typeof deck === 'string' && sections.has(deck)) {
        const at = body.indexOf(quote);
        const section = sections.get(deck);
        if (section && (at < section.start || at + quote.length > section.end)) {
          const actual = [...sections].find(([, range]) => at >= range.start && at < range.end)?.[0] ?? '?';
          fail('deck', `is “${deck}” but the quote is in the article's “${actual}” section; the figure would be listed and counted in the wrong deck`);
        }
      }
    }
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      fail('value', 'must be a finite number or null');
    }
    if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
      return fail('status', `unknown status ${JSON.stringify(status)}; expected one of ${STATUSES.join(', ')}`);
    }
    const figureStatus = status as FigureStatus;
    for (const field of Object.keys(raw)) {
      if (COMMON_FIELDS.includes(field) || STATUS_FIELDS[figureStatus].includes(field)) continue;
      const owner = STATUSES.find((other) => STATUS_FIELDS[other].includes(field));
      fail(field, owner ? `only a ${owner} figure has “${field}”; a ${status} figure shows none, so remove it` : 'not a ledger field (see ledger/types.ts)');
    }
    const needsNote = status !== 'stated';
    if (needsNote && (typeof note !== 'string' || note.trim() === '')) fail('note', `a ${status} figure needs a note saying what is missing or how it is computed`);
    if (quoteFound) checkApprox(raw, figureStatus, fail);

    switch (figureStatus) {
      case 'stated':
        if (typeof value !== 'number' || !Number.isFinite(value)) fail('value', 'a stated figure needs a finite number');
        else if (typeof quote === 'string' && typeof unit === 'string') {
          const place = statedPlace(quote, unit);
          if (place === null) fail('quote', `prints no number directly before the unit “${unit}”; the quote must contain the figure as printed`);
          else if (Number(place.digits) !== value) {
            fail('value', `is ${value} but the quote prints “${place.text}” (the first number before the unit “${unit}” in “${quote}”)`);
          }
        }
        break;
      case 'omitted':
        if (value !== null) fail('value', 'an omitted figure must have value null, never 0 or a guess');
        else if (quoteFound && typeof quote === 'string' && typeof unit === 'string' && omittedPlace(quote, unit) === null) {
          if (!quote.includes(unit.split('/')[0] ?? unit)) fail('unit', `“${unit}” is not in the quote “${quote}”; an omitted figure's quote shows its unit where the number is missing`);
          else fail('status', `the quote prints a number before every “${unit}” (“${quote}”): an omitted figure's quote shows the place where its number is missing; a printed figure is stated`);
        }
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
        if (bound !== undefined && bound !== 'lower') fail('bound', `unknown bound ${JSON.stringify(bound)}; the only bound is "lower"`);
        else if (value !== null && bound !== 'lower') fail('bound', 'a damaged figure with a value must say it is a lower bound (bound: "lower")');
        if (value === null && bound !== undefined) fail('bound', 'a bound needs a legible value');
        break;
      case 'derived':
        if (typeof value !== 'number' || !Number.isFinite(value)) fail('value', 'a derived figure needs the value its formula gives');
        if (!isRecord(derivation)) fail('derivation', 'a derived figure needs a derivation');
        else for (const problem of derivationShapeProblems(derivation)) fail(problem.field, problem.problem);
        if (decimals !== undefined && (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS)) {
          fail('decimals', `must be a whole number from 0 to ${MAX_DECIMALS}, the decimals the value is rounded to`);
        }
        break;
    }
    if (errors.length === before) valid.push(raw as unknown as Figure);
  });

  // Derived figures are checked once every entry is known.
  // A derived figure whose input has errors of its own is left until that input is sound.
  const byId = new Map(valid.map((figure) => [figure.id, figure]));
  for (const figure of valid) {
    if (figure.status !== 'derived') continue;
    if (derivationInputs(figure).some((id) => byIdRaw.has(id) && !byId.has(id))) continue;
    for (const problem of derivedProblems(figure, (id) => byId.get(id))) errors.push(new LedgerError(file, figure.id, problem.field, problem.problem));
  }
  return errors;
}

/** Throws the first problem, with a count of the rest. */
export function assertLedger(entries: readonly unknown[], body: string, file?: string, sections?: ReadonlyMap<string, BodySection>): void {
  const errors = validateLedger(entries, body, file, sections);
  if (errors.length === 0) return;
  const more = errors.length > 1 ? `\n(and ${errors.length - 1} more:\n  ${errors.slice(1).map((e) => e.message).join('\n  ')})` : '';
  throw new Error(`${errors[0]?.message}${more}`);
}
