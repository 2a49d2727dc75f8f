import { type Lang } from '../contracts/lang.ts';
import { EMBED_LABELS } from './embed-labels.ts';
import { escapeHtml as attribute } from './escape-html.ts';

/** One slide to embed. URLs are relative to the site root (as in decks.json) and made absolute here. */
export interface SnippetSlide {
  readonly deckTitle: string;
  readonly slideTitle: string;
  /** decks.json slides[].embedUrl */
  readonly embedUrl: string;
  /** decks.json slides[].url: the full deck at this slide. */
  readonly deckUrl: string;
  readonly lang: Lang;
}

/** Fills the host's width at 16:9; embed.js (optional) then applies the height the slide asks for. */
export const SNIPPET_STYLE = 'display:block;width:100%;max-width:100%;height:auto;aspect-ratio:16/9;border:0';

/**
 * The iframe's accessible name: the slide title, then the deck title only when it adds something
 * (a title slide's title is the deck title; "X（X）" would say it twice).
 */
export function iframeTitle(slide: Pick<SnippetSlide, 'slideTitle' | 'deckTitle' | 'lang'>): string {
  const slideTitle = slide.slideTitle.replace(/\s+/g, ' ').trim();
  const deckTitle = slide.deckTitle.replace(/\s+/g, ' ').trim();
  if (!deckTitle || slideTitle.includes(deckTitle)) return slideTitle || deckTitle;
  if (!slideTitle || deckTitle.includes(slideTitle)) return deckTitle;
  return slide.lang === 'en' ? `${slideTitle} (${deckTitle})` : `${slideTitle}（${deckTitle}）`;
}

/**
 * The copy-paste snippet: an iframe with title, loading="lazy" and responsive 16:9 styling, a link
 * back to the full deck at this slide, and the optional auto-height script.
 */
export function embedSnippet(slide: SnippetSlide, siteRoot: URL): string {
  const src = new URL(slide.embedUrl, siteRoot).href;
  const deck = new URL(slide.deckUrl, siteRoot).href;
  const script = new URL('embed.js', siteRoot).href;
  const title = iframeTitle(slide);
  const lang = slide.lang === 'en' ? ' lang="en"' : '';
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}"${lang} loading="lazy" style="${SNIPPET_STYLE}" data-hu-dian-embed></iframe>`,
    `<p${lang}><a href="${attribute(deck)}">${attribute(EMBED_LABELS[slide.lang].fullDeck)}${attribute(slide.deckTitle)}</a></p>`,
    `<script src="${attribute(script)}" async></script>`,
  ].join('\n');
}
