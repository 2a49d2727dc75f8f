import type { Page } from 'playwright-core';
import { ChartNotReadyError, PrintLayoutTimeoutError, type PendingChart } from './errors.ts';

/** Attributes the deck runtime sets (slides/runtime/print-mode.ts, boot.ts, chart-lifecycle.ts). */
export const PDF_READY = 'html[data-pdf-ready]';
export const DECK_READY = 'html[data-deck-ready]';
export const CHART_SELECTOR = '.reveal canvas[data-chart-id]';

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

async function waitForAttribute(page: Page, deck: string, selector: string, what: string, deadline: number): Promise<void> {
  const timeout = Math.max(1, deadline - Date.now());
  try {
    await page.waitForSelector(selector, { state: 'attached', timeout });
  } catch (error) {
    if (isTimeout(error)) throw new PrintLayoutTimeoutError(deck, what, timeout);
    throw error;
  }
}

/** Every chart canvas that has no data-chart-ready yet, with its slide's number and id. */
export async function pendingCharts(page: Page): Promise<PendingChart[]> {
  return page.$$eval(CHART_SELECTOR, (canvases) => {
    const slides = [...document.querySelectorAll('.reveal .slides section:not(.stack)')];
    return canvases
      .filter((canvas) => !canvas.hasAttribute('data-chart-ready'))
      .map((canvas) => {
        const slide = canvas.closest('section');
        return {
          slideNumber: slide ? slides.indexOf(slide) + 1 : 0,
          slideId: slide?.id ?? '',
          chartId: canvas.getAttribute('data-chart-id') ?? '',
        };
      });
  });
}

/**
 * Waits, without sleeping, until the print view can be printed: reveal's print layout is done
 * ('pdf-ready'), the deck has booted, every web font has loaded and every chart canvas carries
 * data-chart-ready. One deadline covers all of it; a chart that misses it fails, naming its slide.
 */
export async function waitForPrintReady(page: Page, deck: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await waitForAttribute(page, deck, PDF_READY, "reveal's print layout ('pdf-ready')", deadline);
  await waitForAttribute(page, deck, DECK_READY, 'deck boot (html[data-deck-ready])', deadline);
  const fonts = await page.evaluate(async () => (await document.fonts.ready).status);
  if (fonts !== 'loaded') throw new PrintLayoutTimeoutError(deck, 'document.fonts.ready', timeoutMs);
  try {
    await page.waitForFunction(
      (selector) => [...document.querySelectorAll(selector)].every((canvas) => canvas.hasAttribute('data-chart-ready')),
      CHART_SELECTOR,
      { timeout: Math.max(1, deadline - Date.now()), polling: 'raf' },
    );
  } catch (error) {
    if (!isTimeout(error)) throw error;
    throw new ChartNotReadyError(deck, await pendingCharts(page), timeoutMs);
  }
}
