import type { Lang } from './lang.ts';

/**
 * The public embed URL of one slide, relative to the site root (decks.json `embedUrl`):
 * `embed/?deck=<deck-id>&slide=<slide-id>`, with `&lang=en` for the English edition.
 */
export function embedUrl(deck: string, slide: string, lang: Lang = 'zh-CN'): string {
  const base = `embed/?deck=${encodeURIComponent(deck)}&slide=${encodeURIComponent(slide)}`;
  return lang === 'en' ? `${base}&lang=en` : base;
}
