import readCssUrl from '../../assets/theme/read.css?url';
import { REFLOW_STYLES_ATTR } from '../../contracts/offline.ts';

/**
 * Loads read.css, the stylesheet of the reflowed views (the reading view and compact embeds), and
 * resolves once it applies. Only those views fetch it: a deck shown as slides never downloads it.
 * An offline single file carries it inline (site/offline-decks.ts), so nothing is fetched from file://.
 */
export function loadReflowStyles(doc: Document = document): Promise<void> {
  if (doc.querySelector(`[${REFLOW_STYLES_ATTR}]`)) return Promise.resolve();
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = readCssUrl;
  link.setAttribute(REFLOW_STYLES_ATTR, '');
  return new Promise((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load the reading view's stylesheet (${readCssUrl})`)), { once: true });
    doc.head.append(link);
  });
}
