export { FIGURES } from './figures.ts';
export { COVERAGE_EXCLUSIONS } from './exclusions.ts';
export type { Figure, FigureStatus, DeckId, Derivation, CoverageExclusion } from './types.ts';
export { DECK_IDS, STATUSES } from './types.ts';
