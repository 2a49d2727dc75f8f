import type { Frame, Page } from 'playwright-core';
import { CHART_CANVAS, CURRENT_CHART_CANVAS, READY } from '../../contracts/readiness.ts';

/**
 * What a tool waits for before it looks:
 * - `deck`: the deck has booted and its fonts have loaded;
 * - `slide`: that, and the current slide is `slideId` (when given) with every chart on it drawn;
 * - `embed`: the embed shows its slide, fonts loaded, every chart on it drawn;
 * - `print`: reveal's print layout, the deck's boot, the fonts and every chart of the deck.
 */
export type ReadyMode = 'deck' | 'slide' | 'embed' | 'print';

export interface WaitOptions {
  readonly timeoutMs?: number;
  /** `slide` mode: the slide that must be current. */
  readonly slideId?: string;
}

/** Waits until <html> carries the readiness attribute. */
export async function waitForAttribute(target: Page | Frame, name: string, timeout?: number): Promise<void> {
  await target.waitForSelector(`html[${name}]`, { state: 'attached', ...(timeout === undefined ? {} : { timeout }) });
}

/** Waits for document.fonts.ready; returns its status. */
export async function waitForFonts(target: Page | Frame): Promise<string> {
  return target.evaluate(async () => (await document.fonts.ready).status);
}

/** Waits until every canvas matching `selector` carries data-chart-ready (and, given `slideId`, that slide is current). */
export async function waitForCharts(target: Page | Frame, selector: string, slideId?: string, timeout?: number): Promise<void> {
  await target.waitForFunction(
    ({ selector: canvases, attribute: ready, slide }) => {
      if (slide !== undefined && document.querySelector('.reveal .slides section.present')?.id !== slide) return false;
      return [...document.querySelectorAll(canvases)].every((canvas) => canvas.hasAttribute(ready));
    },
    { selector, attribute: READY.chart, slide: slideId },
    { polling: 'raf', ...(timeout === undefined ? {} : { timeout }) },
  );
}

/**
 * The one wait on the readiness contract (contracts/readiness.ts): no sleeps, no polling of
 * pixels. Rejects with Playwright's TimeoutError when `timeoutMs` passes (default: Playwright's).
 */
export async function waitForReady(target: Page | Frame, mode: ReadyMode, options: WaitOptions = {}): Promise<void> {
  const timeout = options.timeoutMs;
  switch (mode) {
    case 'deck':
      await waitForAttribute(target, READY.deck, timeout);
      await waitForFonts(target);
      return;
    case 'slide':
      await waitForAttribute(target, READY.deck, timeout);
      await waitForFonts(target);
      await waitForCharts(target, CURRENT_CHART_CANVAS, options.slideId, timeout);
      return;
    case 'embed':
      await waitForAttribute(target, READY.embed, timeout);
      await waitForFonts(target);
      return;
    case 'print':
      await waitForAttribute(target, READY.print, timeout);
      await waitForAttribute(target, READY.deck, timeout);
      await waitForFonts(target);
      await waitForCharts(target, CHART_CANVAS, undefined, timeout);
      return;
  }
}
