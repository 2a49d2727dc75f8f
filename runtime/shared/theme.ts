import type { Theme } from '../../charts/palette.ts';
import { isPrintQuery } from '../deck/print-query.ts';

/**
 * Light or dark, for every page of the site. A page follows the reader's `prefers-color-scheme`;
 * `?theme=dark` or `?theme=light` forces one, as `data-theme` on <html> (tokens.css switches the
 * colour scheme on it, and light-dark() picks each colour). A print view (`?print-pdf`) is light
 * unless `?theme=dark` asks, so PDFs stay light whatever the machine prefers. The D key on a deck
 * (runtime/deck/theme-key.ts) forces the other theme.
 */
export const THEME_ATTR = 'data-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const CHANGE_EVENT = 'hu-dian:theme-change';

/** `?theme=` as a theme, or null when absent or neither word. */
export function themeFromQuery(search: string): Theme | null {
  const value = new URLSearchParams(search).get('theme');
  return value === 'dark' || value === 'light' ? value : null;
}

/** The theme a page forces at load: its ?theme=, else light for a print view, else none (follow the reader). */
export function themeForAddress(search: string): Theme | null {
  return themeFromQuery(search) ?? (isPrintQuery(search) ? 'light' : null);
}

/** Sets `data-theme` from the page's address (call once, first thing). */
export function applyThemeFromUrl(doc: Document = document, location: Location = window.location): void {
  const forced = themeForAddress(location.search);
  if (forced) doc.documentElement.setAttribute(THEME_ATTR, forced);
}

/** The theme forced on the page now (?theme= or the D key), or null when it follows the reader. */
export function forcedTheme(doc: Document = document): Theme | null {
  const forced = doc.documentElement.getAttribute(THEME_ATTR);
  return forced === 'dark' || forced === 'light' ? forced : null;
}

/** The theme the page shows now. */
export function currentTheme(doc: Document = document): Theme {
  return forcedTheme(doc) ?? (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light');
}

/** Forces a theme (the D key), telling every listener. */
export function setTheme(theme: Theme, doc: Document = document): void {
  if (doc.documentElement.getAttribute(THEME_ATTR) === theme) return;
  doc.documentElement.setAttribute(THEME_ATTR, theme);
  doc.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

/** Calls `listener` with the new theme whenever the page's theme changes (a forced one, or the reader's scheme); returns the unsubscribe. */
export function onThemeChange(listener: (theme: Theme) => void, doc: Document = document): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const notify = (): void => listener(currentTheme(doc));
  media.addEventListener('change', notify);
  doc.addEventListener(CHANGE_EVENT, notify);
  return () => {
    media.removeEventListener('change', notify);
    doc.removeEventListener(CHANGE_EVENT, notify);
  };
}
