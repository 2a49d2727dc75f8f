import type { RevealApi, RevealConfig } from 'reveal.js';
import type { DeckRuntimeConfig } from '../deck/config.ts';
import type { PreviewRole } from './channel.ts';

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
