/**
 * Which view a deck page shows, chosen once at boot from the URL and the window's width:
 *
 * - `slides`: reveal.js, the talk (and print, presenter previews, wide embeds);
 * - `read`: a vertical article, each slide reflowed for a phone (read-view.ts) — below
 *   READ_VIEW_MAX_WIDTH, or anywhere with ?view=read (?view=slides forces the talk);
 * - `compact-embed`: one slide reflowed for a narrow frame (embed/compact.ts) — an embed below
 *   COMPACT_EMBED_MAX_WIDTH, where the scaled 16:9 slide would set its 18 px source line under 12 px.
 *
 * Crossing a threshold later (a phone rotated to landscape, a host page resizing its frame) reloads
 * the page at the same slide (watchViewChange), so each view boots clean.
 */
export type DeckView = 'slides' | 'read' | 'compact-embed';

/** Narrower than this (CSS px) a deck page is a reading view: phones in portrait; a phone in landscape gets slides. */
export const READ_VIEW_MAX_WIDTH = 640;
/** Narrower than this an embedded slide is compact: at 800 px the slide's scale puts every text at ≥ 12 px. */
export const COMPACT_EMBED_MAX_WIDTH = 800;

export interface ViewInputs {
  /** location.search */
  readonly search: string;
  /** window.innerWidth */
  readonly width: number;
  /** ?print-pdf */
  readonly print: boolean;
  /** ?embed=<slide-id> (null when not embedded) */
  readonly embedSlide: string | null;
  /** The page is a presenter view's preview (presenter/preview.ts): always the talk. */
  readonly preview: boolean;
}

/** ?view=read or ?view=slides, as asked in the URL; null when not asked. */
export function requestedView(search: string): 'read' | 'slides' | null {
  const view = new URLSearchParams(search).get('view');
  return view === 'read' || view === 'slides' ? view : null;
}

export function chooseView(inputs: ViewInputs): DeckView {
  if (inputs.print || inputs.preview) return 'slides';
  if (inputs.embedSlide !== null) return inputs.width < COMPACT_EMBED_MAX_WIDTH ? 'compact-embed' : 'slides';
  const asked = requestedView(inputs.search);
  if (asked) return asked;
  return inputs.width < READ_VIEW_MAX_WIDTH ? 'read' : 'slides';
}

/**
 * Reloads the page when the view chosen at this width would differ from the one shown (rotation,
 * a resized frame). The hash names the current slide in every view, so the reader keeps the place.
 * Call it before reveal is created, so this listener runs first and can keep reveal out of it.
 */
export function watchViewChange(shown: DeckView, inputs: Omit<ViewInputs, 'width'>, win: Window = window): () => void {
  const check = (event: Event): void => {
    if (chooseView({ ...inputs, width: win.innerWidth }) === shown) return;
    // Registered before reveal's own listener: reveal must not react (its scroll view would rewrite the hash to #/title).
    event.stopImmediatePropagation();
    win.location.reload();
  };
  win.addEventListener('resize', check);
  return () => win.removeEventListener('resize', check);
}
