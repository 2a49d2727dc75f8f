/**
 * What an offline single file (site/offline-decks.ts) carries so the runtime can tell it apart.
 *
 * - `data-offline` on <html>: the page is an offline single file (runtime/deck/mode.ts: mode
 *   `offline`; deck.css hides the language link and the embed button there).
 * - `data-reflow-styles`: marks the reflowed views' stylesheet (read.css) in a page — the <link> the
 *   runtime adds when a deck reflows (runtime/shared/reflow-styles.ts), or the inline <style> an
 *   offline file carries — so the runtime never fetches it from file://.
 */
export const OFFLINE_ATTR = 'data-offline';
export const REFLOW_STYLES_ATTR = 'data-reflow-styles';
