import type { RevealApi } from 'reveal.js';
import { openPresenterChannel } from './channel.ts';
import type { DeckFacts } from '../deck/config.ts';
import { deckPairing, DeckPublisher } from './publisher.ts';
import { showPosition } from './follow-deck.ts';
import type { Controller } from '../deck/controller.ts';
import { setTheme } from '../shared/theme.ts';

/**
 * The presenter view's current preview when no deck window answered: it drives the deck itself
 * (announces its slide, follows next/prev). When a deck window appears it hands over and follows
 * it; when that window closes and no other answers, it drives again from where it was.
 */
export class LeadDeck implements Controller {
  private channel: BroadcastChannel | null = null;
  private publisher: DeckPublisher | null = null;

  constructor(
    private readonly deck: RevealApi,
    /** The deck's id, edition and planned length (deck/config.ts). */
    private readonly page: DeckFacts,
    private readonly pairingKey: string,
  ) {}

  bind(): void {
    const { deck } = this;
    const pairing = deckPairing(deck, this.page, this.pairingKey);
    let leading = true;
    const lead = (): void => {
      if (leading) return;
      leading = true;
      publisher.bind();
    };
    const follow = (): void => {
      if (!leading) return;
      leading = false;
      publisher.unbind();
    };
    const channel = openPresenterChannel(pairing, (message) => {
      if (message.type === 'state' && message.driver === 'deck') {
        follow();
        if (message.theme) setTheme(message.theme);
        showPosition(deck, message.position, true);
      } else if (message.type === 'deck-closed' && !leading) {
        // The handshake is needed only when the deck window closes: loaded then, not with every deck page.
        void import('./handshake.ts')
          .then(({ awaitDeckWindow }) => awaitDeckWindow(pairing))
          .then((answer) => {
            if (!answer) lead();
          });
      } else if (leading) publisher.handle(message);
    });
    const publisher = new DeckPublisher(deck, channel, pairing, 'preview');
    this.channel = channel;
    this.publisher = publisher;
    publisher.bind();
  }

  unbind(): void {
    this.publisher?.unbind();
    this.channel?.close();
    this.publisher = null;
    this.channel = null;
  }
}
