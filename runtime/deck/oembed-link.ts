import type { Lang } from '../../contracts/lang.ts';
import type { RevealDeck } from './reveal-global.ts';
import type { Controller } from './controller.ts';

export const OEMBED_LINK_SELECTOR = 'link[rel="alternate"][type="application/json+oembed"]';

/** oembed/<deck>/<slide>.json (.en.json for the English edition), relative to the site root. */
export function oembedHref(siteRoot: URL, deckId: string, slideId: string, lang: Lang): string {
  return new URL(`oembed/${encodeURIComponent(deckId)}/${encodeURIComponent(slideId)}${lang === 'en' ? '.en' : ''}.json`, siteRoot).href;
}

/**
 * Keeps a deck page's oEmbed discovery link on the current slide: the build links the first slide
 * (site/oembed.ts, with a {slide} template); a reader, a bookmarklet or a CMS preview that runs
 * scripts then finds the slide actually shown, in embed mode too.
 */
export class OembedLink implements Controller {
  private readonly onChange = (): void => this.update();

  constructor(private readonly deck: RevealDeck, private readonly doc: Document = document) {}

  bind(): void {
    this.deck.on('slidechanged', this.onChange);
    this.update();
  }

  unbind(): void {
    this.deck.off('slidechanged', this.onChange);
  }

  private update(): void {
    const link = this.doc.querySelector<HTMLLinkElement>(OEMBED_LINK_SELECTOR);
    const template = link?.dataset.oembedTemplate;
    const slideId = this.deck.getCurrentSlide()?.id;
    if (!link || !template || !slideId) return;
    link.href = template.replace('%7Bslide%7D', encodeURIComponent(slideId)).replace('{slide}', encodeURIComponent(slideId));
  }
}

/** The embed page (embed/?deck=…&slide=…) announces the requested slide's oEmbed before it redirects. */
export function addOembedLink(doc: Document, href: string, title: string): void {
  if (doc.querySelector(OEMBED_LINK_SELECTOR)) return;
  const link = doc.createElement('link');
  link.rel = 'alternate';
  link.type = 'application/json+oembed';
  link.href = href;
  link.title = title;
  doc.head.append(link);
}
