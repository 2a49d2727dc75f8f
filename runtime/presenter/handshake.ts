import { openPresenterChannel, type DeckStateMessage, type PresenterPairing } from './channel.ts';

/**
 * How long a deck window may take to answer. A readiness bound, not a pause: the answer ends the
 * wait as soon as it arrives (a deck window answers within milliseconds, even while drawing a chart).
 */
export const DECK_ANSWER_TIMEOUT_MS = 1200;

/** Asks whether a deck window of this session is open: its state, or null if none answers in time. */
export function awaitDeckWindow(pairing: PresenterPairing, timeoutMs = DECK_ANSWER_TIMEOUT_MS): Promise<DeckStateMessage | null> {
  return new Promise((resolve) => {
    const finish = (answer: DeckStateMessage | null): void => {
      window.clearTimeout(timer);
      channel.close();
      resolve(answer);
    };
    const channel = openPresenterChannel(pairing, (message) => {
      if (message.type === 'state' && message.driver === 'deck') finish(message);
    });
    const timer = window.setTimeout(() => finish(null), timeoutMs);
    channel.postMessage({ type: 'request-state' });
  });
}
