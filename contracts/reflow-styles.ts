/**
 * Marks the reflowed views' stylesheet (read.css) in a page: the <link> the runtime adds when a deck
 * reflows (runtime/shared/reflow-styles.ts), or the inline <style> an offline file carries
 * (site/offline-decks.ts), so the runtime never fetches it from file://.
 */
export const REFLOW_STYLES_ATTR = 'data-reflow-styles';
