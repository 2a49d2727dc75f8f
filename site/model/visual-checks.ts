import type { Figure } from '../../ledger/types.ts';

/**
 * What the designed visuals (site/visuals/) need of their figures, checked when the deck model is
 * built: a row of unit marks needs a small stated count, an open-ended bar a legible lower bound.
 */

/** The most marks a row holds and stays legible on a 1280×720 slide. */
export const MAX_UNIT_MARKS = 40;

/** The number of marks a count figure is drawn as; throws naming the file, slide and figure when it cannot be one mark each. */
export function unitMarkCount(figure: Figure, where: string): number {
  const value = figure.value;
  if (figure.status !== 'stated' || value === null || !Number.isInteger(value) || value < 1 || value > MAX_UNIT_MARKS) {
    throw new Error(`${where}, data-unit-marks “${figure.id}”: one mark per unit needs a stated whole number from 1 to ${MAX_UNIT_MARKS}; the ledger has ${figure.status} ${String(value)}`);
  }
  return value;
}

/** Throws naming the file, slide and figure unless the figure is a damaged one with a legible lower bound. */
export function requireLowerBound(figure: Figure, where: string): void {
  if (figure.status !== 'damaged' || figure.bound !== 'lower' || figure.value === null) {
    throw new Error(`${where}, data-open-bound “${figure.id}”: an open-ended mark needs a damaged figure with a legible lower bound; the ledger has ${figure.status}${figure.bound ? ` (${figure.bound})` : ''}`);
  }
}
