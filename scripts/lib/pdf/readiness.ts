import type { Page } from 'playwright-core';
import { CHART_CANVAS, READY } from '../../../contracts/readiness.ts';
import { waitForAttribute, waitForCharts, waitForFonts } from '../wait-for-ready.ts';
import { ChartNotReadyError, PrintLayoutTimeoutError, type PendingChart } from './errors.ts';

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}

async function waitForStage(page: Page, deck: string, attribute: string, what: string, deadline: number): Promise<void> {
  const timeout = Math.max(1, deadline - Date.now());
  try {
    await waitForAttribute(page, attribute, timeout);
  } catch (error) {
    if (isTimeout(error)) throw new PrintLayoutTimeoutError(deck, what, timeout);
    throw error;
  }
}

/** Every chart canvas that has no data-chart-ready yet, with its slide's number and id. */
async function pendingCharts(page: Page): Promise<PendingChart[]> {
  return page.$$eval(CHART_CANVAS, (canvases, ready) => {
    const slides = [...document.querySelectorAll('.reveal .slides section:not(.stack)')];
    return canvases
      .filter((canvas) => !canvas.hasAttribute(ready))
      .map((canvas) => {
        const slide = canvas.closest('section');
        return {
          slideNumber: slide ? slides.indexOf(slide) + 1 : 0,
          slideId: slide?.id ?? '',
          chartId: canvas.getAttribute('data-chart-id') ?? '',
        };
      });
  }, READY.chart);
}

/**
 * Waits, without sleeping, until the print view can be printed: reveal's print layout is done
 * ('pdf-ready'), the deck has booted, every web font has loaded and every chart canvas carries
 * data-chart-ready. One deadline covers all of it; a chart that misses it fails, naming its slide.
 */
export async function waitForPrintReady(page: Page, deck: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // waitForReady(page, 'print') stage by stage, so a timeout names the stage that missed it.
  await waitForStage(page, deck, READY.print, "reveal's print layout ('pdf-ready')", deadline);
  await waitForStage(page, deck, READY.deck, 'deck boot (html[data-deck-ready])', deadline);
  const fonts = await waitForFonts(page);
  if (fonts !== 'loaded') throw new PrintLayoutTimeoutError(deck, 'document.fonts.ready', timeoutMs);
  try {
    await waitForCharts(page, CHART_CANVAS, undefined, Math.max(1, deadline - Date.now()));
  } catch (error) {
    if (!isTimeout(error)) throw error;
    throw new ChartNotReadyError(deck, await pendingCharts(page), timeoutMs);
  }
}
