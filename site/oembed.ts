import type { Lang } from '../contracts/lang.ts';
import type { Plugin } from 'vite';
import type { DeckEntry, Manifest, SlideEntry } from './manifest.ts';
import { embedSnippet, iframeTitle } from '../common/embed-snippet-text.ts';
import { escapeHtml } from '../common/escape-html.ts';
import { GALLERY_TEXT } from './gallery-text.ts';
import { siteBaseUrl } from './site-base-url.ts';

/** Size the iframe is offered at (16:9; the snippet itself fills its host's width). */
export const OEMBED_WIDTH = 960;
export const OEMBED_HEIGHT = 540;
/** Snapshots (npm run snapshot) are 2560×1440 PNGs. */
export const THUMBNAIL_WIDTH = 2560;
export const THUMBNAIL_HEIGHT = 1440;
export const OEMBED_TYPE = 'application/json+oembed';
/** Stands in for the site root when no base URL is known; stripped again, leaving site-relative URLs. */
const NO_BASE = 'https://site-root.invalid/';

/** oEmbed 1.0 “rich” response for one slide. */
export interface OembedResponse {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly provider_name: string;
  readonly provider_url?: string;
  readonly thumbnail_url?: string;
  readonly thumbnail_width?: number;
  readonly thumbnail_height?: number;
}

/** oembed/<deck>/<slide>.json, or <slide>.en.json for the English edition; relative to the site root. */
export function oembedPath(deckId: string, slideId: string, lang: Lang): string {
  return `oembed/${deckId}/${slideId}${lang === 'en' ? '.en' : ''}.json`;
}

/** The oEmbed JSON of a slide: the embed snippet (the same code the deck's Embed dialog gives) as html. */
export function oembedResponse(deck: DeckEntry, slide: SlideEntry, base: URL | undefined, thumbnail?: string): OembedResponse {
  const root = base ?? new URL(NO_BASE);
  const unbase = (text: string): string => (base ? text : text.split(NO_BASE).join(''));
  const html = embedSnippet({ deckTitle: deck.title, slideTitle: slide.title, embedUrl: slide.embedUrl, deckUrl: slide.url, lang: deck.lang }, root);
  return {
    version: '1.0',
    type: 'rich',
    title: iframeTitle({ slideTitle: slide.title, deckTitle: deck.title, lang: deck.lang }),
    html: unbase(html),
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
    provider_name: GALLERY_TEXT[deck.lang].pageTitle,
    ...(base ? { provider_url: base.href } : {}),
    ...(thumbnail ? { thumbnail_url: unbase(new URL(thumbnail, root).href), thumbnail_width: THUMBNAIL_WIDTH, thumbnail_height: THUMBNAIL_HEIGHT } : {}),
  };
}

/** Every slide's oEmbed file: path relative to the site root, JSON text. */
export function oembedFiles(manifest: Manifest, base: URL | undefined, thumbnailOf: (deck: DeckEntry, slide: SlideEntry) => string | undefined = () => undefined): Map<string, string> {
  const files = new Map<string, string>();
  for (const deck of manifest.decks) {
    for (const slide of deck.slides) {
      files.set(oembedPath(deck.id, slide.id, deck.lang), `${JSON.stringify(oembedResponse(deck, slide, base, thumbnailOf(deck, slide)), null, 2)}\n`);
    }
  }
  return files;
}

/**
 * The discovery link of a deck page: its first slide's oEmbed (a page URL has no slide in it; the
 * runtime points the link at the current slide as the reader moves, runtime/deck/oembed-link.ts).
 * `fromPage` is the page's folder relative to the site root (“slides/puer/”).
 */
export function oembedLinkTag(deck: DeckEntry, base: URL | undefined, fromPage: string): string {
  const first = deck.slides[0];
  if (!first) return '';
  const up = fromPage.split('/').filter(Boolean).map(() => '..').join('/');
  const template = oembedPath(deck.id, '{slide}', deck.lang);
  const href = (path: string): string => (base ? new URL(path, base).href : `${up}/${path}`);
  return `<link rel="alternate" type="${OEMBED_TYPE}" href="${escapeHtml(href(oembedPath(deck.id, first.id, deck.lang)))}" title="${escapeHtml(iframeTitle({ slideTitle: first.title, deckTitle: deck.title, lang: deck.lang }))}" data-oembed-template="${escapeHtml(href(template))}">`;
}

/** Adds the discovery link to a page's head, once. */
export function withOembedLink(html: string, tag: string): string {
  if (tag === '' || html.includes(`type="${OEMBED_TYPE}"`)) return html;
  return html.replace('</head>', `${tag}\n</head>`);
}

/**
 * Vite: writes oembed/<deck>/<slide>.json for every slide of decks.json and links each deck page
 * (both editions) to it. Runs after the decks plugin, which emits decks.json and the English pages.
 */
export function oembedPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'hu-dian-oembed',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const manifestAsset = bundle['decks.json'];
        if (!manifestAsset || manifestAsset.type !== 'asset') throw new Error('oEmbed: decks.json was not built');
        const manifest = JSON.parse(String(manifestAsset.source)) as Manifest;
        const base = siteBaseUrl(root);
        for (const [fileName, source] of oembedFiles(manifest, base)) this.emitFile({ type: 'asset', fileName, source });
        for (const deck of manifest.decks) {
          const page = bundle[deck.lang === 'en' ? `slides/${deck.id}/en.html` : `slides/${deck.id}/index.html`];
          if (!page || page.type !== 'asset') throw new Error(`oEmbed: no page for deck ${deck.id} (${deck.lang})`);
          page.source = withOembedLink(String(page.source), oembedLinkTag(deck, base, `slides/${deck.id}/`));
        }
      },
    },
  };
}
