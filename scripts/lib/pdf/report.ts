import { relative } from 'node:path';
import type { DeckResult, ExportReport } from './export.ts';

export function pagesPerSecond(pages: number, ms: number): number {
  return ms > 0 ? pages / (ms / 1000) : 0;
}

export function formatDeckLine(result: DeckResult, cwd: string = process.cwd()): string {
  return `  ${result.deck.padEnd(14)} ${String(result.pages).padStart(3)} pages  ${(result.ms / 1000).toFixed(2)} s  ${relative(cwd, result.path)}`;
}

/** One warning line per slide whose content (or, in a handout, whose notes) runs past its page (cut off in the PDF). */
export function formatOverflowWarnings(result: DeckResult): string[] {
  return result.overflowing.map((slide) =>
    slide.part === 'notes'
      ? `  warning: ${result.deck} slide ${slide.slideNumber} "${slide.slideId}": speaker notes run ${slide.overflowPx} px past the bottom of the handout page at the smallest size and are cut off`
      : `  warning: ${result.deck} slide ${slide.slideNumber} "${slide.slideId}": content runs ${slide.overflowPx} px past the bottom of the page and is cut off`,
  );
}

/** The closing line: total time and pages per second. */
export function formatSummary(report: ExportReport): string {
  const seconds = report.ms / 1000;
  return `${report.decks.length} deck${report.decks.length === 1 ? '' : 's'}, ${report.pages} pages in ${seconds.toFixed(2)} s (${pagesPerSecond(report.pages, report.ms).toFixed(1)} pages/s)`;
}
