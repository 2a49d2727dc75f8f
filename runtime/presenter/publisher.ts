import type { RevealApi } from 'reveal.js';
import type { DeckDriver, DeckPosition, DeckStateMessage, PresenterMessage, PresenterPairing } from './channel.ts';
import { deckOutline } from './outline.ts';
import type { DeckFacts } from '../deck/config.ts';

function positionOf(deck: RevealApi, slide: HTMLElement): DeckPosition {
  const { h, v } = deck.getIndices(slide);
  return { h, v: v ?? 0 };
}

/** A running deck's side of a presenter session: its own slides, its edition, and the session's key. */
export function deckPairing(deck: RevealApi, page: DeckFacts, key: string): PresenterPairing {
  const slides = deck.getSlidesElement();
  if (!slides) throw new Error('deck page has no .slides element');
  return { outline: deckOutline(slides, page.deckId, page.minutes), edition: page.lang, key };
}

/**
 * Where the deck is, for the presenter view and its previews. Positions only: the presenter view
 * takes the notes and the title from the deck page itself, never from a message.
 */
export function deckState(deck: RevealApi, deckId: string, minutes: number, driver: DeckDriver): DeckStateMessage {
  const slides = deck.getSlides();
  const current = deck.getCurrentSlide();
  const index = Math.max(0, slides.indexOf(current));
  const after = slides[index + 1];
  const { h, v, f } = deck.getIndices();
  return {
    type: 'state',
    driver,
    deck: deckId,
    slideId: current.id,
    position: { h, v: v ?? 0, f: f ?? -1 },
    next: after ? positionOf(deck, after) : null,
    index,
    total: slides.length,
    minutes,
  };
}

const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const;

/**
 * A deck that drives the presenter view: it announces every move on the channel, answers state
 * requests and follows the presenter's next/prev. A deck window is one; so is the presenter
 * view's own preview while no deck window is open.
 */
export class DeckPublisher {
  private readonly onMove = (): void => this.publish();

  constructor(
    private readonly deck: RevealApi,
    private readonly channel: BroadcastChannel,
    private readonly pairing: PresenterPairing,
    private readonly driver: DeckDriver,
  ) {}

  bind(): void {
    for (const event of MOVES) this.deck.on(event, this.onMove);
    this.publish();
  }

  unbind(): void {
    for (const event of MOVES) this.deck.off(event, this.onMove);
  }

  /** A presenter view asked for the state or sent a command. */
  handle(message: PresenterMessage): void {
    if (message.type === 'request-state') this.publish();
    else if (message.type === 'command') {
      if (message.action === 'next') this.deck.next();
      else this.deck.prev();
    }
  }

  publish(): void {
    const { deck, minutes } = this.pairing.outline;
    this.channel.postMessage(deckState(this.deck, deck, minutes, this.driver));
  }
}
