import type { RevealApi } from 'reveal.js';
import { editionOf, openPresenterChannel, presenterUrl, type DeckPosition, type DeckStateMessage } from './presenter-channel.ts';

const KEY_S = 83;

function positionOf(deck: RevealApi, slide: HTMLElement): DeckPosition {
  const { h, v } = deck.getIndices(slide);
  return { h, v: v ?? 0 };
}

/** What the presenter view needs to show the deck's current slide. */
export function deckState(deck: RevealApi, deckId: string, minutes: number): DeckStateMessage {
  const slides = deck.getSlides();
  const current = deck.getCurrentSlide();
  const index = Math.max(0, slides.indexOf(current));
  const after = slides[index + 1];
  const { h, v, f } = deck.getIndices();
  return {
    type: 'state',
    deck: deckId,
    title: document.title,
    slideId: current.id,
    position: { h, v: v ?? 0, f: f ?? -1 },
    next: after ? positionOf(deck, after) : null,
    notesHtml: deck.getSlideNotes(current) ?? '',
    index,
    total: slides.length,
    minutes,
  };
}

/**
 * Replaces reveal's popup speaker view (inline scripts and styles, blocked by the site's CSP) with
 * the presenter page: key S opens it, and the deck and the presenter stay in step over a
 * BroadcastChannel — the deck announces every move and follows the presenter's next/prev.
 */
export function bindPresenterLink(deck: RevealApi, deckId: string, minutes: number): void {
  // An offline single file has no presenter page beside it (and file:// pages share no channel):
  // there S shows the notes under the slide instead.
  if (window.location.protocol === 'file:') {
    deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: '显示/隐藏备注' }, () => deck.configure({ showNotes: !deck.getConfig().showNotes }));
    return;
  }
  const edition = editionOf(document.documentElement.lang);
  const publish = (): void => channel.postMessage(deckState(deck, deckId, minutes));
  const channel = openPresenterChannel(deckId, edition, (message) => {
    if (message.type === 'request-state') publish();
    else if (message.type === 'command') {
      if (message.action === 'next') deck.next();
      else deck.prev();
    }
  });
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, publish);
  deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: '讲者视图' }, () => {
    window.open(presenterUrl(deckId, edition, deck.getCurrentSlide().id), `hu-dian-presenter-${deckId}-${edition}`);
    publish();
  });
  publish();
}
