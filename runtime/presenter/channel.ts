import { type Lang } from '../../contracts/lang.ts';
import type { Theme } from '../../charts/palette.ts';
import { describesOutline, type DeckOutline } from './outline.ts';
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
  readonly slideId: string;
  readonly position: DeckPosition;
  /** The slide after the current one, or null on the last slide. */
  readonly next: DeckPosition | null;
  /** 0-based index of the current slide among all slides, and their count. */
  readonly index: number;
  readonly total: number;
  /** Planned length of the talk. */
  readonly minutes: number;
  /** The deck window's theme (D key, ?theme=, the reader's scheme): the previews show the slides in it. */
  readonly theme?: Theme;
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

/** A whole number from `min` up (no NaN, no 2.5, no 1e300). */
function isWhole(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

/** Deck and slide ids are short kebab-case words; anything else names no slide. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(value);
}

function asPosition(value: unknown): DeckPosition | null {
  if (!isRecord(value) || !isWhole(value.h, 0) || !isWhole(value.v, 0)) return null;
  if (value.f === undefined) return { h: value.h, v: value.v };
  return isWhole(value.f, -1) ? { h: value.h, v: value.v, f: value.f } : null;
}

function asState(value: Record<string, unknown>): DeckStateMessage | null {
  const { driver, deck, slideId, index, total, minutes } = value;
  const position = asPosition(value.position);
  const next = value.next === null ? null : asPosition(value.next);
  if (driver !== 'deck' && driver !== 'preview') return null;
  if (!isId(deck) || !isId(slideId) || !position || (value.next !== null && !next)) return null;
  if (!isWhole(total, 1) || !isWhole(index, 0) || index >= total) return null;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) return null;
  const { theme } = value;
  if (theme !== undefined && theme !== 'dark' && theme !== 'light') return null;
  // A new object of the checked fields only: nothing else that came with the message is kept.
  const state: DeckStateMessage = { type: 'state', driver, deck, slideId, position, next, index, total, minutes };
  return theme === undefined ? state : { ...state, theme };
}

/**
 * Narrows whatever arrived on the channel: every field is checked (whole, non-negative positions,
 * an index within the count, a finite length, ids that are ids); anything else is ignored.
 * describesOutline (outline.ts) then checks a state against the deck itself.
 */
export function asPresenterMessage(value: unknown): PresenterMessage | null {
  if (!isRecord(value)) return null;
  if (value.type === 'request-state') return { type: 'request-state' };
  if (value.type === 'deck-closed') return { type: 'deck-closed' };
  if (value.type === 'command' && (value.action === 'next' || value.action === 'prev')) return { type: 'command', action: value.action };
  if (value.type === 'state') return asState(value);
  return null;
}

/**
 * Who may talk on a presenter channel: one deck (as its outline), one edition, and the secret
 * key of one presenter session (pairing-key.ts). A page that does not know the key cannot post
 * to the channel, nor hear it.
 */
export interface PresenterPairing {
  readonly outline: DeckOutline;
  readonly edition: Lang;
  readonly key: string;
}

/**
 * One channel per deck, edition and presenter session, so two decks open side by side do not
 * steer each other and no other page of the origin can steer either. A state reaches `onMessage`
 * only if it describes the deck exactly (describesOutline).
 */
export function openPresenterChannel(pairing: PresenterPairing, onMessage: (message: PresenterMessage) => void): BroadcastChannel {
  const channel = new BroadcastChannel(`hu-dian-presenter:${pairing.outline.deck}:${pairing.edition}:${pairing.key}`);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = asPresenterMessage(event.data);
    if (!message || (message.type === 'state' && !describesOutline(pairing.outline, message))) return;
    onMessage(message);
  });
  return channel;
}

/**
 * What a preview frame does: show the current slide or the next one, following whoever drives the
 * deck; or 'lead': show the current slide and drive the deck while no deck window is open.
 */
export type PreviewRole = 'current' | 'next' | 'lead';

export { audienceUrl, audienceWindowName, presenterUrl, presenterWindowName, previewUrl } from './addresses.ts';
