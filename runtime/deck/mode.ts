import type { DeckView } from './view-mode.ts';
import { OFFLINE_ATTR } from '../../contracts/offline.ts';

/**
 * What a deck page is doing, decided once at boot; each mode binds its own controllers
 * (controllers-for-mode.ts), so no controller asks which mode it is in:
 *
 * - `present`: the talk in a browser (and the presenter view's previews);
 * - `print`: ?print-pdf, every slide laid out as a page, charts drawn at once;
 * - `embed`: ?embed=<slide-id>, one slide in a frame (slides, or reflowed in a narrow frame);
 * - `read`: a phone, or ?view=read: the deck as a vertical article, without reveal;
 * - `offline`: the talk from a self-contained file (html[data-offline], or opened from file://):
 *   no site beside it, so no embed snippets and no presenter page (S shows the notes instead).
 */
export type RuntimeMode = 'present' | 'print' | 'embed' | 'read' | 'offline';

export interface ModeInputs {
  /** ?print-pdf */
  readonly print: boolean;
  /** ?embed=<slide-id> (null when not embedded) */
  readonly embedSlide: string | null;
  /** The view chosen for the window's width (view-mode.ts). */
  readonly view: DeckView;
  /** html[data-offline] is set, or the page was opened from file:// */
  readonly offline: boolean;
}

/** The one place that decides the mode; print wins over everything, then embed, then the view. */
export function decideMode(inputs: ModeInputs): RuntimeMode {
  if (inputs.print) return 'print';
  if (inputs.embedSlide !== null) return 'embed';
  if (inputs.view === 'read') return 'read';
  return inputs.offline ? 'offline' : 'present';
}

/** True for an offline single file (site/offline-decks.ts sets data-offline) or any page opened from disk. */
export function isOfflinePage(doc: Document = document, location: Location = window.location): boolean {
  return doc.documentElement.hasAttribute(OFFLINE_ATTR) || location.protocol === 'file:';
}
