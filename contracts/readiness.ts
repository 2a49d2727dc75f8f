/**
 * The readiness contract: attributes the runtime sets when a page can be looked at, printed or
 * photographed. Public (README, “Public contracts”): the PDF and PPTX exporters, the snapshot and
 * contact-sheet tools, the benchmark and the browser tests wait on these and nothing else.
 *
 * - `data-deck-ready` on <html>: the deck has booted (reveal ready, fonts loaded, charts bound).
 * - `data-chart-ready` on a chart <canvas>: fully drawn, animation finished; removed when destroyed.
 * - `data-embed-ready` on <html>: an embed shows its slide, fonts loaded, every chart on it drawn.
 * - `data-pdf-ready` on <html>: reveal's print layout is done (`?print-pdf`).
 */
export const READY = {
  deck: 'data-deck-ready',
  chart: 'data-chart-ready',
  embed: 'data-embed-ready',
  print: 'data-pdf-ready',
} as const;

/** Every chart canvas of a deck page. */
export const CHART_CANVAS = '.reveal canvas[data-chart-id]';
/** The chart canvases of the current slide. */
export const CURRENT_CHART_CANVAS = '.reveal .slides section.present canvas[data-chart-id]';

/** True when every chart canvas matching the selector is drawn (also when there is none). */
export function chartsReady(root: ParentNode, selector: string = CHART_CANVAS): boolean {
  return [...root.querySelectorAll(selector)].every((canvas) => canvas.hasAttribute(READY.chart));
}
