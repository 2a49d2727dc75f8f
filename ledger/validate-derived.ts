import type { Figure } from './types.ts';
import { computeDerived, derivationInputs } from './derive.ts';
import { numbersBeforeUnit } from './quote-place.ts';
import { unitParts } from './units.ts';

/** One problem of a derived figure: the field and what is wrong. */
export interface FieldProblem {
  readonly field: string;
  readonly problem: string;
}

/** The shape of a derivation as typed: its kind and input ids, and nothing else (no scale: it follows from the units). */
export function derivationShapeProblems(derivation: Record<string, unknown>): FieldProblem[] {
  const keys = derivation.kind === 'ratio' ? ['kind', 'numerator', 'denominator'] : derivation.kind === 'percent-change' ? ['kind', 'from', 'to'] : null;
  if (!keys) return [{ field: 'derivation', problem: `unknown kind ${JSON.stringify(derivation.kind)}; expected ratio or percent-change` }];
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(derivation)) {
    if (keys.includes(key)) continue;
    problems.push({
      field: `derivation.${key}`,
      problem: key === 'numeratorScale'
        ? 'a scale is not typed: it follows from each input’s unit (万 = 10000, 亿 = 100000000, none = 1; ledger/units.ts); remove it'
        : `not a field of a ${String(derivation.kind)} derivation (${keys.join(', ')})`,
    });
  }
  for (const key of keys.slice(1)) {
    if (typeof derivation[key] !== 'string' || derivation[key] === '') problems.push({ field: `derivation.${key}`, problem: 'must be the id of a stated ledger entry' });
  }
  return problems;
}

/**
 * A derived figure against its inputs, once every entry is known: the value is what the formula
 * gives; the unit is what the formula yields (% for a change; for a ratio the numerator's counter
 * without its scale, 万个 ÷ 场 ⇒ 个); a change compares like with like; the inputs belong to the
 * same deck; and the quote prints every input's number before its unit, so the sentence a viewer
 * reads says the numbers the figure is made of.
 */
export function derivedProblems(figure: Figure, lookup: (id: string) => Figure | undefined): FieldProblem[] {
  const d = figure.derivation;
  if (!d) return [];
  const result = computeDerived(figure, lookup);
  if (typeof result === 'string') return [{ field: 'derivation', problem: result }];
  const problems: FieldProblem[] = [];
  const inputs = derivationInputs(figure).map((id) => lookup(id)).filter((input): input is Figure => input !== undefined);
  if (d.kind === 'percent-change') {
    const [from, to] = inputs;
    if (from && to && from.unit !== to.unit) problems.push({ field: 'derivation', problem: `a change compares like with like, but “${from.id}” is in “${from.unit}” and “${to.id}” in “${to.unit}”` });
    if (figure.unit !== '%') problems.push({ field: 'unit', problem: `is “${figure.unit}” but a percent-change is in “%”` });
  } else {
    const [numerator] = inputs;
    const counter = numerator ? unitParts(numerator.unit).counter : figure.unit;
    if (numerator && figure.unit !== counter) {
      problems.push({ field: 'unit', problem: `is “${figure.unit}” but ${numerator.id} (“${numerator.unit}”) ÷ ${d.denominator} counts “${counter}”, the numerator’s unit without its scale` });
    }
  }
  for (const input of inputs) {
    if (input.deck !== figure.deck) problems.push({ field: 'derivation', problem: `input “${input.id}” belongs to deck “${input.deck}”, not “${figure.deck}”` });
    if (input.value !== null && !numbersBeforeUnit(figure.quote, input.unit).some((digits) => Number(digits) === input.value)) {
      problems.push({ field: 'quote', problem: `does not print the input “${input.id}” (${input.value}${input.unit}); the quote must hold the numbers the figure is computed from` });
    }
  }
  if (result !== figure.value) problems.push({ field: 'value', problem: `is ${figure.value} but the formula gives ${result}` });
  return problems;
}
