import { publicEmbedUrl } from './embed-lookup.ts';

/** One slide to embed; URLs are made absolute against the site root where the snippet is made. */
export interface SnippetSlide {
  readonly deckId: string;
  readonly deckTitle: string;
  readonly slideId: string;
  readonly slideTitle: string;
}

function attribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Fills the host's width at 16:9; embed.js (optional) then applies the height the slide asks for. */
export const SNIPPET_STYLE = 'display:block;width:100%;max-width:100%;height:auto;aspect-ratio:16/9;border:0';

/**
 * The copy-paste snippet: an iframe with title, loading="lazy" and responsive 16:9 styling, a link
 * back to the full deck at this slide, and the optional auto-height script.
 */
export function embedSnippet(slide: SnippetSlide, siteRoot: URL): string {
  const src = publicEmbedUrl(slide.deckId, slide.slideId, siteRoot).href;
  const deck = new URL(`slides/${encodeURIComponent(slide.deckId)}/#/${encodeURIComponent(slide.slideId)}`, siteRoot).href;
  const script = new URL('embed.js', siteRoot).href;
  const title = `${slide.slideTitle}（${slide.deckTitle}）`;
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" loading="lazy" style="${SNIPPET_STYLE}" data-hu-dian-embed></iframe>`,
    `<p><a href="${attribute(deck)}">查看完整演示：${attribute(slide.deckTitle)}</a></p>`,
    `<script src="${attribute(script)}" async></script>`,
  ].join('\n');
}
