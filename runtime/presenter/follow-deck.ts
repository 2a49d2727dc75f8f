import type { RevealApi } from 'reveal.js';
import { openPresenterChannel, type DeckPosition } from './channel.ts';
import type { DeckFacts } from '../deck/config.ts';
import { deckPairing } from './publisher.ts';
import type { Controller } from '../deck/controller.ts';
import { setTheme } from '../shared/theme.ts';

/** Shows a position the driver announced: with its fragments for the current slide, fully built otherwise. */
export function showPosition(deck: RevealApi, target: DeckPosition, withFragments: boolean): void {
  deck.slide(target.h, target.v, withFragments ? target.f : -1);
}

/** The preview follows whoever drives the deck: the current slide (with fragments), or the one after it. */
export class FollowDeck implements Controller {
  private channel: BroadcastChannel | null = null;

  constructor(
    private readonly deck: RevealApi,
    /** The deck's id, edition and planned length (deck/config.ts). */
    private readonly page: DeckFacts,
    private readonly pairingKey: string,
    private readonly role: 'current' | 'next',
  ) {}

  bind(): void {
    const { deck, role } = this;
    this.channel = openPresenterChannel(deckPairing(deck, this.page, this.pairingKey), (message) => {
      if (message.type !== 'state') return;
      if (message.theme) setTheme(message.theme);
      const target = role === 'current' ? message.position : message.next;
      if (target) showPosition(deck, target, role === 'current');
      document.documentElement.dataset.previewEnd = target ? 'false' : 'true';
    });
    this.channel.postMessage({ type: 'request-state' });
  }

  unbind(): void {
    this.channel?.close();
    this.channel = null;
  }
}
