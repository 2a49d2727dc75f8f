import type { DeckId } from '../../ledger/types.ts';
import { DECKS } from '../../slides/decks.ts';
import { UnknownDeckError } from './cli/errors.ts';

/** Every deck id of the project, in slides/decks.ts order. */
export const KNOWN_DECKS: readonly DeckId[] = DECKS.map((deck) => deck.id);

/**
 * The requested deck ids, checked against slides/decks.ts before any build or browser work: an
 * unknown id fails at once, naming it and the known ones (UnknownDeckError).
 */
export function requireKnownDecks(ids: readonly string[]): DeckId[] {
  const unknown = ids.filter((id) => !KNOWN_DECKS.some((known) => known === id));
  if (unknown.length > 0) throw new UnknownDeckError(unknown, [...KNOWN_DECKS]);
  return ids.flatMap((id) => KNOWN_DECKS.filter((known) => known === id));
}
