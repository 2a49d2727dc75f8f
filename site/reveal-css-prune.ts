import type { Plugin } from 'vite';
import { splitSelectorList } from './css-selectors.ts';

/**
 * reveal.css carries styles for features these decks never use: the zoom, convex, concave and
 * linear slide transitions and their background variants, fragment effects (the decks' fragments
 * are reveal's plain fade-in), right-to-left layout, the r-stack / r-fit-text layout helpers, the playback widget,
 * vertical stacks, the preview-link overlay, auto-animate, “roll” links, the zoom and highlight
 * plugins, parallax and video backgrounds. A selector that names one of them is dropped; a rule left with no selector goes. What
 * the decks use (slide/fade/none transitions, overview, print, controls) is untouched; the scroll view
 * is not used (phones get the reading view).
 */
const UNUSED = [
  /\.reveal\.(?:zoom|convex|concave|linear|default)\b/,
  /data-(?:background-)?transition[~^]?=["']?(?:zoom|convex|concave|linear|default)/,
  /data-background-transition[~^]?=["']?slide/,
  /\.fragment\.(?:grow|shrink|zoom-in|fade-(?:up|down|left|right|out|in-then-out|in-then-semi-out)|semi-fade-out|strike|highlight-[a-z-]+|current-visible)/,
  /\.r-(?:stretch|fit-text|stack|vstack|hstack)\b|\.stretch\b/,
  /\.(?:items|justify)-(?:stretch|start|center|end|between|around)\b/,
  /\.rtl\b/,
  /\.playback\b/,
  // No vertical stacks: no up/down arrows, nested sections or stack backgrounds.
  /navigate-(?:up|down)\b|has-vertical-slides|section\s*>\s*section|\.stack\b/,
  // No preview links or lightboxes (data-preview-link): reveal's r-overlay.
  /\.r-overlay/,
  // No scroll view: phones get the reading view (runtime/deck/view-mode.ts), and scrollActivationWidth is 0.
  /\.reveal-scroll\b|\.scroll-page|\.scrollbar\b|loading-scroll-mode/,
  // No auto-animate, preview links (data-preview-link/-image/-video), “roll” links, zoom or highlight
  // plugins, parallax or video backgrounds, or media.
  /data-auto-animate|data-preview-(?:link|image|video)|\.roll\b|\.zoomed\b|\.hljs|has-parallax-background|\.slide-background\S* video|\.r-media-play-button|data-background-interactive/,
];

/** The index of the brace closing the block that opens at `open`. */
function closingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i += 1) {
    if (css[i] === '{') depth += 1;
    else if (css[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw new Error('reveal.css: unbalanced braces');
}

/** reveal.css without the rules for features the decks never use. */
export function pruneRevealCss(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open === -1) {
      out += css.slice(i);
      break;
    }
    const prelude = css.slice(i, open);
    const close = closingBrace(css, open);
    const body = css.slice(open + 1, close);
    const head = prelude.trim();
    if (head.startsWith('@media') || head.startsWith('@supports')) {
      const inner = pruneRevealCss(body);
      if (inner.trim() !== '') out += `${prelude}{${inner}}`;
    } else if (head.startsWith('@')) {
      out += `${prelude}{${body}}`;
    } else {
      // What a selector requires, not what it excludes: `.reveal:not(.rtl)` is the ordinary left-to-right deck.
      const kept = splitSelectorList(prelude).filter((selector) => !UNUSED.some((pattern) => pattern.test(selector.replace(/:not\([^)]*\)/g, ''))));
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
    i = close + 1;
  }
  return out;
}

/** Applies pruneRevealCss to reveal.js's stylesheet as Vite loads it. */
export function revealCssPrune(): Plugin {
  return {
    name: 'reveal-css-prune',
    enforce: 'pre',
    transform(code, id) {
      if (!/reveal\.js[\\/]dist[\\/]reveal\.css(?:\?|$)/.test(id)) return null;
      return { code: pruneRevealCss(code), map: null };
    },
  };
}
