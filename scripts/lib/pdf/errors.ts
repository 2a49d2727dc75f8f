import { ExportError } from '../cli/errors.ts';

/** The PDF export's own failures; the ones all exporters share are in scripts/lib/cli/errors.ts. */
export class PdfExportError extends ExportError {
  override readonly name: string = 'PdfExportError';
}

/** A slide whose chart did not report data-chart-ready in time. */
export interface PendingChart {
  readonly slideNumber: number;
  readonly slideId: string;
  readonly chartId: string;
}

export class ChartNotReadyError extends PdfExportError {
  override readonly name = 'ChartNotReadyError';
  constructor(readonly deck: string, readonly pending: readonly PendingChart[], timeoutMs: number) {
    const list = pending.map((p) => `slide ${p.slideNumber} "${p.slideId}" (chart ${p.chartId})`).join(', ');
    super(`Deck ${deck}: chart not ready after ${timeoutMs} ms on ${list}. Nothing was written for this deck.`);
  }
}

export class PrintLayoutTimeoutError extends PdfExportError {
  override readonly name = 'PrintLayoutTimeoutError';
  constructor(readonly deck: string, readonly waitingFor: string, timeoutMs: number) {
    super(`Deck ${deck}: ${waitingFor} did not happen within ${timeoutMs} ms. Nothing was written for this deck.`);
  }
}

export class PageCountError extends PdfExportError {
  override readonly name = 'PageCountError';
  constructor(readonly deck: string, expected: number, actual: number) {
    super(`Deck ${deck}: the PDF has ${actual} pages but the deck has ${expected} slides. Nothing was written for this deck.`);
  }
}

/** A link in the finished PDF that points at this machine (the export server): dead for every reader. */
export class LocalLinkError extends PdfExportError {
  override readonly name = 'LocalLinkError';
  constructor(readonly deck: string, readonly links: readonly { readonly page: number; readonly uri: string }[]) {
    const list = links.map((link) => `page ${link.page}: ${link.uri}`).join(', ');
    super(`Deck ${deck}: the PDF links to this machine (${list}). Nothing was written for this deck.`);
  }
}

/** One deck that could not be exported, and why. */
export interface DeckFailure {
  readonly deck: string;
  readonly message: string;
}

/** Some decks failed: every failure is named, then a summary line; the decks that succeeded were written. */
export class DecksFailedError extends PdfExportError {
  override readonly name = 'DecksFailedError';
  constructor(readonly failures: readonly DeckFailure[], readonly written: number) {
    const lines = failures.map((failure) => `  ${failure.deck}: ${failure.message}`);
    const total = failures.length + written;
    super(`${failures.length} of ${total} deck${total === 1 ? '' : 's'} failed (${failures.map((f) => f.deck).join(', ')}); ${written} written.\n${lines.join('\n')}`);
  }
}

/** The page itself did not load within --timeout. */
export class PageLoadTimeoutError extends PdfExportError {
  override readonly name = 'PageLoadTimeoutError';
  constructor(readonly deck: string, timeoutMs: number) {
    super(`Deck ${deck}: the print page did not load within ${timeoutMs} ms (--timeout). Nothing was written for this deck.`);
  }
}
