import type { Figure } from './types.ts';
import { findFigure } from './lookup.ts';
import { unitScale } from './units.ts';

type Lookup = (id: string) => Figure | undefined;

function inputValue(id: string, lookup: Lookup): number | string {
  const input = lookup(id);
  if (!input) return `input “${id}” does not exist`;
  if (input.value === null) return `input “${id}” has no value`;
  if (input.status !== 'stated') return `input “${id}” is ${input.status}, not stated`;
  return input.value;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The ids a derived figure is computed from. */
export function derivationInputs(figure: Figure): string[] {
  const d = figure.derivation;
  if (!d) return [];
  return d.kind === 'percent-change' ? [d.from, d.to] : [d.numerator, d.denominator];
}

/** The scales a ratio's inputs are taken at, from their units (万个 ⇒ 10000); 1 for an input that cannot be found. */
export function ratioScales(figure: Figure, lookup: Lookup = findFigure): { numerator: number; denominator: number } {
  const d = figure.derivation;
  if (d?.kind !== 'ratio') return { numerator: 1, denominator: 1 };
  return { numerator: unitScale(lookup(d.numerator)?.unit ?? ''), denominator: unitScale(lookup(d.denominator)?.unit ?? '') };
}

/** Computes a derived figure from its inputs, rounded to its decimals; a string explains why it cannot. */
export function computeDerived(figure: Figure, lookup: Lookup = findFigure): number | string {
  const d = figure.derivation;
  if (!d) return 'no derivation';
  const decimals = figure.decimals ?? 0;
  if (d.kind === 'percent-change') {
    const from = inputValue(d.from, lookup);
    const to = inputValue(d.to, lookup);
    if (typeof from === 'string') return from;
    if (typeof to === 'string') return to;
    return round(((to - from) / from) * 100, decimals);
  }
  if (d.kind === 'ratio') {
    const numerator = inputValue(d.numerator, lookup);
    const denominator = inputValue(d.denominator, lookup);
    if (typeof numerator === 'string') return numerator;
    if (typeof denominator === 'string') return denominator;
    const scales = ratioScales(figure, lookup);
    return round((numerator * scales.numerator) / (denominator * scales.denominator), decimals);
  }
  return 'unknown derivation kind';
}

/** The formula of a derived figure in words and numbers, for the data download. */
export function describeFormula(figure: Figure, lookup: Lookup = findFigure): string {
  const d = figure.derivation;
  if (!d) return '';
  if (d.kind === 'percent-change') return `(${d.to} − ${d.from}) ÷ ${d.from} × 100`;
  const scales = ratioScales(figure, lookup);
  const scaled = (id: string, scale: number) => (scale === 1 ? id : `${id} × ${scale}`);
  const denominator = scales.denominator === 1 ? d.denominator : `(${scaled(d.denominator, scales.denominator)})`;
  return `${scaled(d.numerator, scales.numerator)} ÷ ${denominator}`;
}
