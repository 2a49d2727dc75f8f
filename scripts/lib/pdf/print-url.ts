import type { Theme } from '../../../charts/palette.ts';

export interface PrintViewOptions {
  readonly notes: boolean;
  readonly fragments: boolean;
  /** The slides dark (`theme=dark`); a print view is light otherwise (runtime/shared/theme.ts). */
  readonly theme?: Theme;
  /** false: the article alone, without supplied figures (?supplements=off). Default true. */
  readonly supplements?: boolean;
}

/**
 * The deck's print view: decks.json's printUrl (`?print-pdf`), plus `handout` (each slide with its
 * notes below it on one page, runtime/deck/handout-layout.ts), reveal's own fragment-step option and
 * the dark theme when asked.
 */
export function printUrl(siteUrl: string, deckPrintUrl: string, options: PrintViewOptions): string {
  const url = new URL(deckPrintUrl, siteUrl);
  if (options.notes) url.searchParams.set('handout', '');
  if (options.fragments) url.searchParams.set('pdfSeparateFragments', 'true');
  if (options.theme === 'dark') url.searchParams.set('theme', 'dark');
  if (options.supplements === false) url.searchParams.set('supplements', 'off');
  // URLSearchParams writes "print-pdf=" for a bare flag; reveal and the runtime only look for the word.
  return url.href.replace('print-pdf=', 'print-pdf').replace(/([?&]handout)=(?=&|$)/, '$1');
}
