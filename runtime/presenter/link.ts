import { normalizeLang } from '../../contracts/lang.ts';
import type { RevealApi } from 'reveal.js';
import { openPresenterChannel, presenterUrl, presenterWindowName } from './channel.ts';
import { DeckPublisher } from './publisher.ts';

const KEY_S = 83;

/**
 * Replaces reveal's popup speaker view (inline scripts and styles, blocked by the site's CSP) with
 * the presenter page: key S opens it, and the deck and the presenter stay in step over a
 * BroadcastChannel — the deck announces every move and follows the presenter's next/prev.
 */
export function bindPresenterLink(deck: RevealApi, deckId: string, minutes: number): void {
  // An offline single file has no presenter page beside it (and file:// pages share no channel):
  // there S shows the notes under the slide instead.
  if (window.location.protocol === 'file:') {
    deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: '显示/隐藏备注' }, () => {
      deck.configure({ showNotes: !deck.getConfig().showNotes });
      // reveal lays the slide out before the notes panel narrows its frame: lay it out again in
      // the space left beside the notes (else it keeps the full width and runs off the left edge).
      deck.layout();
    });
    return;
  }
  const edition = normalizeLang(document.documentElement.lang);
  const channel = openPresenterChannel(deckId, edition, (message) => publisher.handle(message));
  const publisher = new DeckPublisher(deck, channel, deckId, minutes, 'deck');
  deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: '讲者视图' }, () => {
    window.open(presenterUrl(deckId, edition, deck.getCurrentSlide().id), presenterWindowName(deckId, edition));
    publisher.publish();
  });
  // A presenter view that was following this window drives the deck itself once it is gone. The
  // channel closes with the message, so a closing window cannot answer the presenter's handshake;
  // a window kept in the back/forward cache announces itself again when it is shown.
  window.addEventListener('pagehide', (event) => {
    channel.postMessage({ type: 'deck-closed' });
    publisher.unbind();
    if (!event.persisted) channel.close();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) publisher.bind();
  });
  publisher.bind();
}
