import type { RevealApi, RevealConfig } from 'reveal.js';
import type { DeckRuntimeConfig } from '../deck/config.ts';
import { openPresenterChannel, type DeckPosition, type PreviewRole } from './channel.ts';
import type { DeckFacts } from '../deck/config.ts';
import { deckPairing } from './publisher.ts';
import type { Controller } from '../deck/controller.ts';

/** ?presenter-preview=current|next|lead: this deck page is a preview frame inside the presenter view. */
export function previewRole(location: Location): PreviewRole | null {
  const role = new URLSearchParams(location.search).get('presenter-preview');
  return role === 'current' || role === 'next' || role === 'lead' ? role : null;
}

/**
 * A preview has no controls or keys of its own and draws its charts at once. It stays a slide at
 * any frame width: reveal would switch a frame narrower than 435 px (the next-slide preview on a
 * laptop screen) to its scroll view, where slide() no longer shows one slide.
 */
export function previewOptions(role: PreviewRole | null): Partial<RevealConfig> {
  if (!role) return {};
  return {
    controls: false, progress: false, keyboard: false, slideNumber: false, transition: 'none', backgroundTransition: 'none',
    hash: false, overview: false, help: false, scrollActivationWidth: 0,
  };
}

export function previewConfig(config: DeckRuntimeConfig, role: PreviewRole | null): DeckRuntimeConfig {
  return role ? { ...config, reducedMotion: true } : config;
}

/** Marks the page as a preview at once, so its stylesheet hides page chrome (the language link) before it paints. */
export function markPreview(role: PreviewRole | null): void {
  if (role) document.documentElement.dataset.presenterPreview = role;
}

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
