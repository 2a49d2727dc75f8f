export interface PrintViewOptions {
  readonly notes: boolean;
  readonly fragments: boolean;
}

/**
 * The deck's print view: decks.json's printUrl (`?print-pdf`), plus reveal's own query options for
 * handouts (notes on their own page after each slide) and fragment steps.
 */
export function printUrl(siteUrl: string, deckPrintUrl: string, options: PrintViewOptions): string {
  const url = new URL(deckPrintUrl, siteUrl);
  if (options.notes) url.searchParams.set('showNotes', 'separate-page');
  if (options.fragments) url.searchParams.set('pdfSeparateFragments', 'true');
  // URLSearchParams writes "print-pdf=" for a bare flag; reveal only looks for the word.
  return url.href.replace('print-pdf=', 'print-pdf');
}
