import type { Figure } from './types.ts';
import type { FigureEnglish } from './english.ts';
import { LedgerError } from './validate.ts';
import { englishUnitProblem } from './units.ts';
import { figureTokenProblems, unrenderedTokenProblems } from './token-syntax.ts';
import { forbiddenCharacterProblem } from './text-characters.ts';

const FIELDS = ['label', 'unit', 'factor', 'quote', 'note'];

/** How the English quote says the article's 近, 约 and 余 (formatValue writes nearly, about, more than). */
const APPROX_EN: Readonly<Record<string, RegExp>> = {
  近: /\b(?:nearly|almost|close to)\b/i,
  约: /\b(?:about|around|approximately|roughly|some)\b/i,
  余: /\b(?:more than|over)\b/i,
};

/**
 * Checks the English edition of the ledger against the ledger: one entry per figure and no other;
 * every text present and clean (no control characters, valid figure tokens in label and note, no
 * token-like text in unit and quote, which are not rendered); the unit one that may stand for the
 * Chinese unit, with the factor of its scale (ledger/units.ts: 万个 ⇒ “jobs” × 10000, never
 * “million jobs”); a note for every figure that is not stated; and the quote keeping the article's
 * approximation word. Every problem names ledger/english.ts, the entry and the field.
 */
export function validateEnglish(
  figures: readonly Figure[],
  translations: Readonly<Record<string, unknown>>,
  file = 'ledger/english.ts',
): LedgerError[] {
  const errors: LedgerError[] = [];
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  for (const id of Object.keys(translations)) {
    if (!byId.has(id)) errors.push(new LedgerError(file, id, '(entry)', 'translates no ledger entry; remove it or correct the id'));
  }
  for (const figure of figures) {
    const fail = (field: string, problem: string) => errors.push(new LedgerError(file, figure.id, field, problem));
    const raw = translations[figure.id];
    if (typeof raw !== 'object' || raw === null) {
      fail('(entry)', 'no English entry for this ledger figure');
      continue;
    }
    const en = raw as Partial<Record<keyof FigureEnglish, unknown>> & Record<string, unknown>;
    for (const field of Object.keys(en)) if (!FIELDS.includes(field)) fail(field, `not a field of an English entry (${FIELDS.join(', ')})`);
    for (const field of ['label', 'unit', 'quote', 'note'] as const) {
      const text = en[field];
      if (text === undefined) continue;
      if (typeof text !== 'string') {
        fail(field, 'must be a string');
        continue;
      }
      const problem = forbiddenCharacterProblem(text);
      if (problem) fail(field, problem);
      const tokens = field === 'label' || field === 'note' ? figureTokenProblems(text, (other) => byId.get(other)) : unrenderedTokenProblems(text);
      for (const tokenProblem of tokens) fail(field, tokenProblem);
    }
    if (typeof en.label !== 'string' || en.label.trim() === '') fail('label', 'must be a non-empty string');
    if (typeof en.quote !== 'string' || en.quote.trim() === '') fail('quote', 'must be a non-empty translation of the Chinese quote');
    if (figure.status !== 'stated' && (typeof en.note !== 'string' || en.note.trim() === '')) fail('note', `a ${figure.status} figure needs a note in English too`);
    const factor = en.factor ?? 1;
    if (typeof factor !== 'number' || !Number.isFinite(factor)) fail('factor', 'must be a number');
    else if (typeof en.unit !== 'string') fail('unit', 'must be a string ("" for none)');
    else {
      const unitProblem = englishUnitProblem(figure.unit, en.unit, factor);
      if (unitProblem) fail(unitProblem.field, unitProblem.problem);
    }
    const approx = figure.approx === undefined ? undefined : APPROX_EN[figure.approx];
    if (approx && typeof en.quote === 'string' && !approx.test(en.quote)) {
      fail('quote', `the article prints “${figure.approx ?? ''}” with this figure (“${figure.quote}”); the translation must say it too (${approx.source.replace(/\\b|\(\?:|\)/g, '').split('|').join(', ')})`);
    }
  }
  return errors;
}
