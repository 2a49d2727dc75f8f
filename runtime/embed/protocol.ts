import { SLIDE_SIZE } from '../../contracts/slide-size.ts';
/**
 * The public message an embedded slide posts to its parent window (see embed/host/embed.js):
 *
 *   { "type": "hu-dian:embed-height", "height": 405, "deck": "xishuangbanna", "slide": "jobs-offered" }
 *
 * height is the frame height in CSS pixels that shows the slide with no empty bands at the frame's
 * current width. It is posted when the slide is ready, whenever the frame is resized, and in answer
 * to { "type": "hu-dian:embed-height-request" } from the parent. Fields are only ever added.
 * Each is followed by { "sentinel": "amp", "type": "embed-size", "height": 405 } for amp-iframe.
 */
export const HEIGHT_MESSAGE = 'hu-dian:embed-height';
export const HEIGHT_REQUEST = 'hu-dian:embed-height-request';

/** Slides are laid out at 1280×720 and scaled to fit the frame. */
export const SLIDE_WIDTH = SLIDE_SIZE.width;
export const SLIDE_HEIGHT = SLIDE_SIZE.height;

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly height: number;
  readonly deck: string;
  readonly slide: string;
}

/** The frame height that fits a whole slide at this frame width (reveal keeps the aspect ratio). */
export function preferredHeight(frameWidth: number): number {
  return Math.max(1, Math.round((frameWidth * SLIDE_HEIGHT) / SLIDE_WIDTH));
}

export function heightMessage(deck: string, slide: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height, deck, slide };
}

/**
 * The same height in the form <amp-iframe resizable> reads (amp.dev, amp-iframe “Iframe resizing”):
 * an AMP page sizes the frame from it; other hosts ignore it.
 */
export interface AmpSizeMessage {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

export function ampSizeMessage(height: number): AmpSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** Posts a height to the parent window in both forms: ours (embed.js) and amp-iframe's. */
export function postHeightToParent(deck: string, slide: string, height: number): void {
  if (window.parent === window) return;
  window.parent.postMessage(heightMessage(deck, slide, height), '*');
  window.parent.postMessage(ampSizeMessage(height), '*');
}

export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST;
}
