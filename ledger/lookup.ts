import { FIGURES } from './figures.ts';
import type { Figure } from './types.ts';

const BY_ID: ReadonlyMap<string, Figure> = new Map(FIGURES.map((figure) => [figure.id, figure]));

/** The ledger entry with this id, or undefined. */
export function findFigure(id: string): Figure | undefined {
  return BY_ID.get(id);
}

/** The ledger entry with this id; throws naming the id when there is none. */
export function figureById(id: string): Figure {
  const figure = BY_ID.get(id);
  if (!figure) throw new Error(`ledger/figures.ts: no entry with id “${id}”`);
  return figure;
}

export type FigureLookup = (id: string) => Figure;
