import type { HTMLElement } from 'node-html-parser';
import type { Figure } from '../ledger/types.ts';
import { figureById } from '../ledger/lookup.ts';
import { chartById, type ChartSpec } from '../charts/catalog/index.ts';
import { DeckError } from './deck-error.ts';

/**
 * The ledger figures and catalog charts a slide source names, looked up with errors that name the
 * file, the slide and the attribute. The deck model (site/model/deck-model.ts) checks every slide's
 * references with them before it reads the slide; the HTML renderer (site/render-deck.ts) reads no ledger and no catalog.
 * A slide's problem names the file, the slide and the field: DeckError (site/deck-error.ts).
 */
export { DeckError };

export function lookupFigure(id: string, file: string, slide: string): Figure {
  try {
    return figureById(id);
  } catch {
    throw new DeckError(file, slide, 'data-figure', `no ledger entry “${id}”`);
  }
}

/**
 * The chart a slide places, refused when it belongs to another deck unless the slide declares it
 * with data-chart-from="<that deck>" (a chart of another section must be placed on purpose).
 */
export function chartForSlide(element: HTMLElement, deck: string, file: string, slide: string): ChartSpec {
  const id = element.getAttribute('data-chart') ?? '';
  let spec: ChartSpec;
  try {
    spec = chartById(id);
  } catch (error) {
    throw new DeckError(file, slide, 'data-chart', (error as Error).message);
  }
  const declared = element.getAttribute('data-chart-from');
  if (spec.deck !== deck && declared !== spec.deck) {
    throw new DeckError(
      file, slide, `data-chart “${id}”`,
      `the chart belongs to deck “${spec.deck}”, not “${deck}”; to place it here on purpose add data-chart-from="${spec.deck}"`,
    );
  }
  return spec;
}

/** The figures a chart shows, each a ledger entry. */
export function chartFigures(spec: ChartSpec, file: string, slide: string): Figure[] {
  return spec.figures.map((figureId) => {
    try {
      return figureById(figureId);
    } catch {
      throw new DeckError(file, slide, `data-chart “${spec.id}”`, `the chart (charts/catalog/index.ts) shows “${figureId}”, which has no ledger entry`);
    }
  });
}

/** Every figure and chart a slide names (its notes too), checked: the first unknown id throws. */
export function checkSlideReferences(section: HTMLElement, deck: string, file: string, slide: string): void {
  for (const element of section.querySelectorAll('figure[data-chart]')) chartFigures(chartForSlide(element, deck, file, slide), file, slide);
  for (const element of section.querySelectorAll('[data-figure]')) lookupFigure(element.getAttribute('data-figure') ?? '', file, slide);
  for (const name of ['data-unit-marks', 'data-open-bound']) {
    for (const element of section.querySelectorAll(`[${name}]`)) lookupFigure(element.getAttribute(name) ?? '', file, slide);
  }
}
