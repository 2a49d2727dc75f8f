import type { RevealApi, RevealConfig } from 'reveal.js';
import type { DeckRuntimeConfig } from './config.ts';
import { editionOf, openPresenterChannel, type PreviewRole } from './presenter-channel.ts';

/** ?presenter-preview=current|next: this deck page is a preview frame inside the presenter view. */
export function previewRole(location: Location): PreviewRole | null {
  const role = new URLSearchParams(location.search).get('presenter-preview');
  return role === 'current' || role === 'next' ? role : null;
}

/** A preview has no controls or keys of its own and draws its charts at once. */
export function previewOptions(role: PreviewRole | null): Partial<RevealConfig> {
  if (!role) return {};
  return { controls: false, progress: false, keyboard: false, slideNumber: false, transition: 'none', backgroundTransition: 'none', hash: false, overview: false, help: false };
}

export function previewConfig(config: DeckRuntimeConfig, role: PreviewRole | null): DeckRuntimeConfig {
  return role ? { ...config, reducedMotion: true } : config;
}

/** The preview follows the deck window: the current slide (with fragments), or the one after it. */
export function followDeck(deck: RevealApi, deckId: string, role: PreviewRole): void {
  const channel = openPresenterChannel(deckId, editionOf(document.documentElement.lang), (message) => {
    if (message.type !== 'state') return;
    const target = role === 'current' ? message.position : message.next;
    if (target) deck.slide(target.h, target.v, role === 'current' ? target.f : -1);
    document.documentElement.dataset.previewEnd = target ? 'false' : 'true';
  });
  channel.postMessage({ type: 'request-state' });
}
