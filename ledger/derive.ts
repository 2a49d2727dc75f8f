import type { Figure } from './types.ts';

function inputValue(id: string, byId: ReadonlyMap<string, Figure>): number | string {
  const input = byId.get(id);
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

/** Computes a derived figure from its inputs, rounded to its decimals; a string explains why it cannot. */
export function computeDerived(figure: Figure, byId: ReadonlyMap<string, Figure>): number | string {
  const d = figure.derivation;
  if (!d) return 'no derivation';
  const decimals = figure.decimals ?? 0;
  if (d.kind === 'percent-change') {
    const from = inputValue(d.from, byId);
    const to = inputValue(d.to, byId);
    if (typeof from === 'string') return from;
    if (typeof to === 'string') return to;
    return round(((to - from) / from) * 100, decimals);
  }
  if (d.kind === 'ratio') {
    const numerator = inputValue(d.numerator, byId);
    const denominator = inputValue(d.denominator, byId);
    if (typeof numerator === 'string') return numerator;
    if (typeof denominator === 'string') return denominator;
    return round((numerator * d.numeratorScale) / denominator, decimals);
  }
  return 'unknown derivation kind';
}

/** The formula of a derived figure in words and numbers, for the data download. */
export function describeFormula(figure: Figure): string {
  const d = figure.derivation;
  if (!d) return '';
  if (d.kind === 'percent-change') return `(${d.to} − ${d.from}) ÷ ${d.from} × 100`;
  const scale = d.numeratorScale === 1 ? '' : ` × ${d.numeratorScale}`;
  return `${d.numerator}${scale} ÷ ${d.denominator}`;
}
