import type { Lang } from '../../contracts/lang.ts';
import type { Theme } from '../../charts/palette.ts';
import type { PreviewRole } from './channel.ts';
import { pairedHash } from './pairing-key.ts';

/*
 * The addresses and window names of a presenter session's pages: apart from the channel (channel.ts),
 * so a deck page opens the presenter view without loading the channel until a session needs it.
 */

/** The presenter page for a deck, relative to the deck page (slides/<deck>/), paired by `key`. */
export function presenterUrl(deck: string, edition: Lang, slideId: string, key: string, theme: Theme | null = null): string {
  const lang = edition === 'en' ? '&lang=en' : '';
  return `../presenter/?deck=${encodeURIComponent(deck)}${lang}${themeParam('&', theme)}${pairedHash(slideId, key)}`;
}

/** A forced theme (D, ?theme=) passed on to the pages of a presenter session: `<sep>theme=dark`, or nothing. */
function themeParam(separator: '?' | '&', theme: Theme | null): string {
  return theme ? `${separator}theme=${theme}` : '';
}

/** A deck page, relative to the presenter page (slides/presenter/). */
function deckPageUrl(deck: string, edition: Lang): string {
  return `../${encodeURIComponent(deck)}/${edition === 'en' ? 'en.html' : ''}`;
}

/** A deck page shown inside the presenter view, relative to the presenter page, at a slide and paired by `key`. */
export function previewUrl(deck: string, edition: Lang, role: PreviewRole, slideId: string | null, key: string, theme: Theme | null = null): string {
  return `${deckPageUrl(deck, edition)}?presenter-preview=${role}${themeParam('&', theme)}${pairedHash(slideId, key)}`;
}

/** The audience window the presenter view opens: the deck at this slide, paired by `key`. */
export function audienceUrl(deck: string, edition: Lang, slideId: string | null, key: string, theme: Theme | null = null): string {
  return `${deckPageUrl(deck, edition)}${themeParam('?', theme)}${pairedHash(slideId, key)}`;
}

/** Window names, so S pressed twice, or the audience button clicked twice, reuses one window. */
export function presenterWindowName(deck: string, edition: Lang): string {
  return `hu-dian-presenter-${deck}-${edition}`;
}
export function audienceWindowName(deck: string, edition: Lang): string {
  return `hu-dian-audience-${deck}-${edition}`;
}
