import type { RevealConfig } from 'reveal.js';

/**
 * Reveal options for ?embed=<slide-id>, spread over the deck's options before `new Reveal`: no
 * chrome, no input that could change slides (keys, touch, wheel, hash, postMessage API, overview),
 * never the responsive scroll view, and a scale range wide enough for 320×180 to 3840×2160 frames.
 */
export function embedRevealOptions(): Partial<RevealConfig> {
  return {
    embedded: true,
    controls: false,
    progress: false,
    slideNumber: false,
    keyboard: false,
    touch: false,
    mouseWheel: false,
    hash: false,
    history: false,
    respondToHashChanges: false,
    jumpToSlide: false,
    overview: false,
    help: false,
    pause: false,
    postMessage: false,
    postMessageEvents: false,
    previewLinks: false,
    // An embed shows the slide built: every fragment shown, every chart at its last step.
    fragments: false,
    scrollActivationWidth: 0,
    transition: 'none',
    backgroundTransition: 'none',
    viewDistance: 1,
    // 2% of the frame absorbs reveal's scale rounding (to 0.01) down to 320 px wide: never a cropped edge.
    margin: 0.02,
    minScale: 0.05,
    maxScale: 8,
  };
}
