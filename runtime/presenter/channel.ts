import { type Lang } from '../../contracts/lang.ts';
/** Messages between a deck window, its presenter view and the presenter's preview frames. */

export interface DeckPosition {
  readonly h: number;
  readonly v: number;
  /** Fragment index; -1 or absent: none shown yet. */
  readonly f?: number;
}

/**
 * Who sends a state: a deck window ('deck', the audience's view) or, when none is open, the
 * presenter view's own current-slide preview ('preview'), which then drives the deck itself.
 */
export type DeckDriver = 'deck' | 'preview';

export interface DeckStateMessage {
  readonly type: 'state';
  readonly driver: DeckDriver;
  readonly deck: string;
  readonly title: string;
  readonly slideId: string;
  readonly position: DeckPosition;
  /** The slide after the current one, or null on the last slide. */
  readonly next: DeckPosition | null;
  readonly notesHtml: string;
  /** 0-based index of the current slide among all slides, and their count. */
  readonly index: number;
  readonly total: number;
  /** Planned length of the talk. */
  readonly minutes: number;
  /** A slide that builds with fragments (a chart growing in steps): the step shown, from 1, and how many; null otherwise. */
  readonly steps?: { readonly current: number; readonly total: number } | null;
}

export interface RequestStateMessage {
  readonly type: 'request-state';
}

export interface CommandMessage {
  readonly type: 'command';
  readonly action: 'next' | 'prev';
}

/** A deck window is going away (pagehide): a presenter view may have to drive the deck itself again. */
export interface DeckClosedMessage {
  readonly type: 'deck-closed';
}

export type PresenterMessage = DeckStateMessage | RequestStateMessage | CommandMessage | DeckClosedMessage;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPosition(value: unknown): value is DeckPosition {
  return isRecord(value) && typeof value.h === 'number' && typeof value.v === 'number';
}

/** Narrows whatever arrived on the channel; anything else is ignored. */
export function asPresenterMessage(value: unknown): PresenterMessage | null {
  if (!isRecord(value)) return null;
  if (value.type === 'request-state') return { type: 'request-state' };
  if (value.type === 'deck-closed') return { type: 'deck-closed' };
  if (value.type === 'command' && (value.action === 'next' || value.action === 'prev')) return { type: 'command', action: value.action };
  if (
    value.type === 'state' &&
    (value.driver === 'deck' || value.driver === 'preview') &&
    typeof value.deck === 'string' &&
    typeof value.title === 'string' &&
    typeof value.slideId === 'string' &&
    isPosition(value.position) &&
    (value.next === null || isPosition(value.next)) &&
    typeof value.notesHtml === 'string' &&
    typeof value.index === 'number' &&
    typeof value.total === 'number' &&
    typeof value.minutes === 'number'
  ) {
    return value as unknown as DeckStateMessage;
  }
  return null;
}

/** A deck's edition: the Chinese page (index.html) or the English one (en.html). */

/** One channel per deck and edition, so two decks open side by side do not steer each other. */
export function openPresenterChannel(deck: string, edition: Lang, onMessage: (message: PresenterMessage) => void): BroadcastChannel {
  const channel = new BroadcastChannel(`hu-dian-presenter:${deck}:${edition}`);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = asPresenterMessage(event.data);
    if (message) onMessage(message);
  });
  return channel;
}

/** The presenter page for a deck, relative to the deck page (slides/<deck>/). */
export function presenterUrl(deck: string, edition: Lang, slideId: string): string {
  const lang = edition === 'en' ? '&lang=en' : '';
  return `../presenter/?deck=${encodeURIComponent(deck)}${lang}#/${encodeURIComponent(slideId)}`;
}

/** A deck page, relative to the presenter page (slides/presenter/). */
function deckPageUrl(deck: string, edition: Lang): string {
  return `../${encodeURIComponent(deck)}/${edition === 'en' ? 'en.html' : ''}`;
}

/** A deck page shown inside the presenter view, relative to the presenter page. */
export function previewUrl(deck: string, edition: Lang, role: PreviewRole): string {
  return `${deckPageUrl(deck, edition)}?presenter-preview=${role}`;
}

/** The audience window the presenter view opens: the deck at this slide. */
export function audienceUrl(deck: string, edition: Lang, slideId: string | null): string {
  return `${deckPageUrl(deck, edition)}${slideId ? `#/${encodeURIComponent(slideId)}` : ''}`;
}

/** Window names, so S pressed twice, or the audience button clicked twice, reuses one window. */
export function presenterWindowName(deck: string, edition: Lang): string {
  return `hu-dian-presenter-${deck}-${edition}`;
}
export function audienceWindowName(deck: string, edition: Lang): string {
  return `hu-dian-audience-${deck}-${edition}`;
}

/**
 * What a preview frame does: show the current slide or the next one, following whoever drives the
 * deck; or 'lead': show the current slide and drive the deck while no deck window is open.
 */
export type PreviewRole = 'current' | 'next' | 'lead';
