import type { BrowserContext, Page } from 'playwright-core';
import { CURRENT_CHART_CANVAS, READY } from '../../../contracts/readiness.ts';

/** What the probe records in each page, read back with readProbe. */
export interface ProbeResult {
  /** first-contentful-paint, ms from navigation start. */
  readonly firstPaint: number;
  /** When every chart of the current slide had data-chart-ready (a slide without a canvas: when the deck was ready), ms from navigation start. */
  readonly chartsReady: number | null;
}

interface ProbeWindow {
  benchChartsReady?: number;
}

/**
 * Installs, before any page script runs, an observer that notes the moment every canvas of the
 * current slide carries data-chart-ready (a MutationObserver, so no polling delay is added).
 * Plain source text, so no transpiler helper ends up in the page.
 */
const PROBE_SCRIPT = `
(() => {
  const check = () => {
    if (window.benchChartsReady !== undefined) return;
    const canvases = [...document.querySelectorAll(${JSON.stringify(CURRENT_CHART_CANVAS)})];
    // A slide with no canvas (a visual drawn at build time) is ready with the deck.
    const ready = canvases.length > 0
      ? canvases.every((canvas) => canvas.hasAttribute(${JSON.stringify(READY.chart)}))
      : document.documentElement.hasAttribute(${JSON.stringify(READY.deck)}) && document.querySelector('.reveal .slides section.present') !== null;
    if (ready) window.benchChartsReady = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: [${JSON.stringify(READY.chart)}, ${JSON.stringify(READY.deck)}, 'class'] });
})();`;

export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE_SCRIPT });
}

export async function waitForFirstPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
}

export async function waitForChartsReady(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as ProbeWindow).benchChartsReady !== undefined);
  return page.evaluate(() => (window as unknown as ProbeWindow).benchChartsReady ?? NaN);
}
