import type { Lang } from '../../contracts/lang.ts';
import type { Theme } from '../../charts/palette.ts';
import type { PreviewRole } from './channel.ts';
import { pairedHash } from './pairing-key.ts';

/*
 * The addresses and window names of a presenter session's pages: apart from the channel (channel.ts),
 * so a deck page opens the presenter view without loading the channel until a session needs it.
 */

/**
 * The presenter page for a deck, relative to the deck page (slides/<deck>/), paired by `key`.
 * `articleOnly`: the deck was opened with ?supplements=off, and every page of the session shows the article alone.
 */
export function presenterUrl(deck: string, edition: Lang, slideId: string, key: string, theme: Theme | null = null, articleOnly = false): string {
  const lang = edition === 'en' ? '&lang=en' : '';
  return `../presenter/?deck=${encodeURIComponent(deck)}${lang}${carried('&', theme, articleOnly)}${pairedHash(slideId, key)}`;
}

/**
 * What every page of a presenter session passes on: a forced theme (D, ?theme=) and the article alone
 * (?supplements=off): `<sep>theme=dark&supplements=off`, or nothing.
 */
function carried(separator: '?' | '&', theme: Theme | null, articleOnly: boolean): string {
  const params = [...(theme ? [`theme=${theme}`] : []), ...(articleOnly ? ['supplements=off'] : [])];
  return params.length === 0 ? '' : `${separator}${params.join('&')}`;
}

/** A deck page, relative to the presenter page (slides/presenter/). */
function deckPageUrl(deck: string, edition: Lang): string {
  return `../${encodeURIComponent(deck)}/${edition === 'en' ? 'en.html' : ''}`;
}

/** A deck page shown inside the presenter view, relative to the presenter page, at a slide and paired by `key`. */
export function previewUrl(deck: string, edition: Lang, role: PreviewRole, slideId: string | null, key: string, theme: Theme | null = null, articleOnly = false): string {
  return `${deckPageUrl(deck, edition)}?presenter-preview=${role}${carried('&', theme, articleOnly)}${pairedHash(slideId, key)}`;
}

/** The audience window the presenter view opens: the deck at this slide, paired by `key`. */
export function audienceUrl(deck: string, edition: Lang, slideId: string | null, key: string, theme: Theme | null = null, articleOnly = false): string {
  return `${deckPageUrl(deck, edition)}${carried('?', theme, articleOnly)}${pairedHash(slideId, key)}`;
}

/** Window names, so S pressed twice, or the audience button clicked twice, reuses one window. */
export function presenterWindowName(deck: string, edition: Lang): string {
  return `hu-dian-presenter-${deck}-${edition}`;
}
export function audienceWindowName(deck: string, edition: Lang): string {
  return `hu-dian-audience-${deck}-${edition}`;
}
