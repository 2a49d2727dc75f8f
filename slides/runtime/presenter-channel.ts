/** Messages between a deck window, its presenter view and the presenter's preview frames. */

export interface DeckPosition {
  readonly h: number;
  readonly v: number;
  /** Fragment index; -1 or absent: none shown yet. */
  readonly f?: number;
}

export interface DeckStateMessage {
  readonly type: 'state';
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
}

export interface RequestStateMessage {
  readonly type: 'request-state';
}

export interface CommandMessage {
  readonly type: 'command';
  readonly action: 'next' | 'prev';
}

export type PresenterMessage = DeckStateMessage | RequestStateMessage | CommandMessage;

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
  if (value.type === 'command' && (value.action === 'next' || value.action === 'prev')) return { type: 'command', action: value.action };
  if (
    value.type === 'state' &&
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
export type Edition = 'zh-CN' | 'en';

export function editionOf(lang: string | null | undefined): Edition {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/** One channel per deck and edition, so two decks open side by side do not steer each other. */
export function openPresenterChannel(deck: string, edition: Edition, onMessage: (message: PresenterMessage) => void): BroadcastChannel {
  const channel = new BroadcastChannel(`hu-dian-presenter:${deck}:${edition}`);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = asPresenterMessage(event.data);
    if (message) onMessage(message);
  });
  return channel;
}

/** The presenter page for a deck, relative to the deck page (slides/<deck>/). */
export function presenterUrl(deck: string, edition: Edition, slideId: string): string {
  const lang = edition === 'en' ? '&lang=en' : '';
  return `../presenter/?deck=${encodeURIComponent(deck)}${lang}#/${encodeURIComponent(slideId)}`;
}

/** A deck page shown inside the presenter view, relative to the presenter page. */
export function previewUrl(deck: string, edition: Edition, role: PreviewRole): string {
  return `../${encodeURIComponent(deck)}/${edition === 'en' ? 'en.html' : ''}?presenter-preview=${role}`;
}

export type PreviewRole = 'current' | 'next';
