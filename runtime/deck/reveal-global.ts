import type Reveal from 'reveal.js';

/** The deck's reveal.js instance, as reveal's own examples publish it: `window.Reveal`. */
export type RevealDeck = InstanceType<typeof Reveal>;

declare global {
  interface Window {
    /** The same reveal.js instance the runtime drives; for exporters and plugins written for reveal.js. */
    Reveal?: RevealDeck;
  }
}

/**
 * Publishes the deck as the global `Reveal` that reveal.js tooling looks for (getTotalSlides, next,
 * on('slidechanged'), isReady …). Set from the bundled module, so no inline script and the site's
 * Content-Security-Policy is unchanged.
 */
export function exposeReveal(deck: RevealDeck, target: Window = window): void {
  target.Reveal = deck;
}
