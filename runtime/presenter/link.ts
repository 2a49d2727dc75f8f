import type { RevealApi } from 'reveal.js';
import type { Controller } from '../deck/controller.ts';
import { presenterUrl, presenterWindowName } from './addresses.ts';
import type { DeckFacts } from '../deck/config.ts';
import type { DeckPublisher } from './publisher.ts';
import { forcedTheme } from '../shared/theme.ts';
import { supplementsOff } from '../deck/supplements-query.ts';

const KEY_S = 83;

/**
 * Replaces reveal's popup speaker view (inline scripts and styles, blocked by the site's CSP) with
 * the presenter page: key S opens it, paired by this window's key (pairing-key.ts), and the deck
 * and the presenter stay in step over a BroadcastChannel — the deck announces every move and
 * follows the presenter's next/prev. The channel's code loads when a session needs it: at once in
 * a window that came with a session's key, else when S is pressed (the presenter view waits for
 * the deck's answer: presenter/handshake.ts), so a deck page's first load does not carry it.
 * (An offline single file has no presenter page beside it: there S shows the notes, notes-toggle.ts.)
 */
export class PresenterLink implements Controller {
  private channel: BroadcastChannel | null = null;
  private publisher: DeckPublisher | null = null;
  private connecting: Promise<DeckPublisher | null> | null = null;
  private bound = false;
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
    /** The page came with a session's key: open the channel now, not on S. */
    private readonly joined: boolean = true,
  ) {}

  bind(): void {
    this.bound = true;
    this.deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: '讲者视图' }, () => {
      // Opened while the key press counts as a user gesture (no await before it), then the channel.
      window.open(presenterUrl(this.page.deckId, this.page.lang, this.deck.getCurrentSlide().id, this.pairingKey, forcedTheme(), supplementsOff(window.location.search)), presenterWindowName(this.page.deckId, this.page.lang));
      void this.connect().then((publisher) => publisher?.publish());
    });
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    if (this.joined) void this.connect();
  }

  /** Opens the session's channel once (loading its code), unless unbound meanwhile. */
  private connect(): Promise<DeckPublisher | null> {
    this.connecting ??= Promise.all([import('./channel.ts'), import('./publisher.ts')]).then(([{ openPresenterChannel }, { deckPairing, DeckPublisher }]) => {
      if (!this.bound) return null;
      const pairing = deckPairing(this.deck, this.page, this.pairingKey);
      const channel = openPresenterChannel(pairing, (message) => publisher.handle(message));
      const publisher = new DeckPublisher(this.deck, channel, pairing, 'deck');
      this.channel = channel;
      this.publisher = publisher;
      publisher.bind();
      return publisher;
    });
    return this.connecting;
  }

  unbind(): void {
    this.bound = false;
    this.deck.removeKeyBinding(KEY_S);
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    this.publisher?.unbind();
    this.channel?.close();
    this.publisher = null;
    this.channel = null;
    this.connecting = null;
  }
}
