import { type Lang } from '../../contracts/lang.ts';
import { openPresenterChannel, type DeckStateMessage } from './channel.ts';

/**
 * How long a deck window may take to answer. A readiness bound, not a pause: the answer ends the
 * wait as soon as it arrives (a deck window answers within milliseconds, even while drawing a chart).
 */
export const DECK_ANSWER_TIMEOUT_MS = 1200;

/** Asks whether a deck window of this deck and edition is open: its state, or null if none answers in time. */
export function awaitDeckWindow(deckId: string, edition: Lang, timeoutMs = DECK_ANSWER_TIMEOUT_MS): Promise<DeckStateMessage | null> {
  return new Promise((resolve) => {
    const finish = (answer: DeckStateMessage | null): void => {
      window.clearTimeout(timer);
      channel.close();
      resolve(answer);
    };
    const channel = openPresenterChannel(deckId, edition, (message) => {
      if (message.type === 'state' && message.driver === 'deck') finish(message);
    });
    const timer = window.setTimeout(() => finish(null), timeoutMs);
    channel.postMessage({ type: 'request-state' });
  });
}
