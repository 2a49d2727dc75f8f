/**
 * The print view is asked for by the query parameter `print-pdf` (`?print-pdf`, with or without a
 * value, beside any others), never by those letters anywhere in the query: `?utm=noprint-pdfx` is
 * the talk. The exporter and decks.json's printUrl write `?print-pdf`.
 */
export const PRINT_PARAM = 'print-pdf';

/** True when the query has the parameter print-pdf. */
export function isPrintQuery(search: string): boolean {
  return new URLSearchParams(search).has(PRINT_PARAM);
}

/**
 * reveal.js 6 switches to its print view when /print-pdf/i matches anywhere in location.search, at
 * initialize(), after its options are read. For a page that is not printing, this returns the same
 * query with the hyphen of every such match percent-encoded (`noprint%2Dpdfx`): URLSearchParams
 * reads it exactly as before and reveal no longer sees it. A printing page keeps its query, and
 * print-mode.ts also sets reveal's `view: 'print'`, so the two never disagree.
 */
export function revealSafeSearch(search: string, print: boolean): string {
  return print ? search : search.replace(/(print)-(pdf)/gi, '$1%2D$2');
}

/** Rewrites the address (same page, same history entry) so reveal reads the query as we do. */
export function keepRevealOutOfPrint(print: boolean, win: Window = window): void {
  const { search, pathname, hash } = win.location;
  const safe = revealSafeSearch(search, print);
  if (safe === search) return;
  try {
    win.history.replaceState(win.history.state, '', `${pathname}${safe}${hash}`);
  } catch {
    // A browser that refuses (some file:// pages) keeps the address; reveal then prints, as before.
  }
}
