import type { RevealApi } from 'reveal.js';
import type { Controller } from '../deck/controller.ts';
import { openPresenterChannel, presenterUrl, presenterWindowName } from './channel.ts';
import type { DeckFacts } from '../deck/config.ts';
import { deckPairing, DeckPublisher } from './publisher.ts';

const KEY_S = 83;

/**
 * Replaces reveal's popup speaker view (inline scripts and styles, blocked by the site's CSP) with
 * the presenter page: key S opens it, paired by this window's key (pairing-key.ts), and the deck
 * and the presenter stay in step over a BroadcastChannel — the deck announces every move and
 * follows the presenter's next/prev.
 * (An offline single file has no presenter page beside it: there S shows the notes, notes-toggle.ts.)
 */
export class PresenterLink implements Controller {
  private channel: BroadcastChannel | null = null;
  private publisher: DeckPublisher | null = null;
  // A presenter view that was following this window drives the deck itself once it is gone. The
  // channel closes with the message, so a closing window cannot answer the presenter's handshake;
  // a window kept in the back/forward cache announces itself again when it is shown.
  private readonly onPageHide = (event: PageTransitionEvent): void => {
    this.channel?.postMessage({ type: 'deck-closed' });
    this.publisher?.unbind();
    if (!event.persisted) this.channel?.close();
  };
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.publisher?.bind();
  };

  constructor(
    private readonly deck: RevealApi,
    /** The deck's id, edition and planned length (deck/config.ts). */
    private readonly page: DeckFacts,
    private readonly pairingKey: string,
  ) {}

  bind(): void {
    const pairing = deckPairing(this.deck, this.page, this.pairingKey);
    const { edition, key } = pairing;
    const channel = openPresenterChannel(pairing, (message) => publisher.handle(message));
    const publisher = new DeckPublisher(this.deck, channel, pairing, 'deck');
    this.channel = channel;
    this.publisher = publisher;
    this.deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: '讲者视图' }, () => {
      window.open(presenterUrl(this.page.deckId, edition, this.deck.getCurrentSlide().id, key), presenterWindowName(this.page.deckId, edition));
      publisher.publish();
    });
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    publisher.bind();
  }

  unbind(): void {
    this.deck.removeKeyBinding(KEY_S);
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    this.publisher?.unbind();
    this.channel?.close();
    this.publisher = null;
    this.channel = null;
  }
}
