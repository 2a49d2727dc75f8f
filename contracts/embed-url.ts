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

/** The ids an address of embedUrl's form names (its last two path segments, `.en.html` for English), whether or not they exist; null for any other address. */
export function parseEmbedPath(pathname: string): { deck: string; slide: string; lang: Lang } | null {
  const match = /\/embed\/([^/]+)\/([^/]+?)(\.en)?\.html$/.exec(pathname);
  if (!match) return null;
  try {
    return { deck: decodeURIComponent(match[1] ?? ''), slide: decodeURIComponent(match[2] ?? ''), lang: match[3] ? 'en' : 'zh-CN' };
  } catch {
    return null;
  }
}

/** A path, relative to the site root, of embedUrl's form (embed/<deck>/<slide>.html or .en.html): a missing one gets EMBED_NOT_FOUND_PAGE. */
export const EMBED_PAGE_PATH = /^embed\/[^/]+\/[^/]+\.html$/;

/** The page a static host answers a missing embed/<deck>/<slide>.html with (README “Embed a slide”): the not-found message of the old address, for ids from the path. */
export const EMBED_NOT_FOUND_PAGE = 'embed/404.html';
