import type { Lang } from './lang.ts';

/**
 * The public embed URL of one slide, relative to the site root (decks.json `embedUrl`): the
 * slide's own static page, `embed/<deck-id>/<slide-id>.html`, or `embed/<deck-id>/<slide-id>.en.html`
 * for the English edition (site/embed-pages.ts writes them).
 */
export function embedUrl(deck: string, slide: string, lang: Lang = 'zh-CN'): string {
  return `embed/${encodeURIComponent(deck)}/${encodeURIComponent(slide)}${lang === 'en' ? '.en' : ''}.html`;
}

/**
 * The embed URL before issue 23, `embed/?deck=<deck-id>&slide=<slide-id>` (`&lang=en` for English):
 * still answered, by a small page that checks the ids and replaces itself with embedUrl's page.
 */
export function legacyEmbedUrl(deck: string, slide: string, lang: Lang = 'zh-CN'): string {
  const base = `embed/?deck=${encodeURIComponent(deck)}&slide=${encodeURIComponent(slide)}`;
  return lang === 'en' ? `${base}&lang=en` : base;
}
