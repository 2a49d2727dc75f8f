import { parse } from 'node-html-parser';
import type { DeckEntry, Manifest } from './manifest.ts';
import { escapeHtml } from './render-figure.ts';
import { GALLERY_TEXT } from './gallery-text.ts';
import type { Lang } from '../ledger/format.ts';
import { EMBED_LABELS } from '../common/embed-labels.ts';
import { embedSnippet } from '../common/embed-snippet-text.ts';
import { renderThumbnail } from './thumbnail/render.ts';
import { insertPhraseBreaks } from './phrase-breaks.ts';

/** Stand-in site root for the snippet written into the page; the gallery script makes it absolute. */
const BUILD_ROOT = 'https://site.invalid/';

/** "复制嵌入代码": pick a slide, copy a ready <iframe> snippet (filled in by runtime/gallery/embed-picker.ts). */
function embedSnippetHtml(deck: DeckEntry): string {
  const first = deck.slides[0];
  if (!first) return '';
  const labels = EMBED_LABELS[deck.lang];
  const options = deck.slides
    .map(
      (slide) =>
        `<option value="${escapeHtml(slide.id)}" data-title="${escapeHtml(slide.title)}" data-embed-url="${escapeHtml(slide.embedUrl)}" data-url="${escapeHtml(slide.url)}">${escapeHtml(slide.title)}</option>`,
    )
    .join('');
  const initial = embedSnippet(
    { deckTitle: deck.title, slideTitle: first.title, embedUrl: first.embedUrl, deckUrl: first.url, lang: deck.lang },
    new URL(BUILD_ROOT),
  ).replaceAll(BUILD_ROOT, '');
  return (
    `<details class="embed-snippet" data-embed-snippet lang="${deck.lang}" data-deck-id="${escapeHtml(deck.id)}" data-deck-title="${escapeHtml(deck.title)}">` +
    `<summary>${escapeHtml(labels.galleryToggle)}</summary>` +
    `<label>${escapeHtml(labels.gallerySlide)}<select data-embed-slide>${options}</select></label>` +
    `<textarea class="embed-code" readonly rows="6" spellcheck="false" aria-label="${escapeHtml(labels.galleryToggle)}" data-embed-code>${escapeHtml(initial)}</textarea>` +
    `<p class="embed-actions"><button type="button" data-embed-copy>${escapeHtml(labels.copy)}</button>` +
    `<span class="embed-status" data-embed-status aria-live="polite"></span></p></details>`
  );
}

/** A deck's secondary links: print, offline file, data, the other edition. */
function deckLinks(deck: DeckEntry, text: (typeof GALLERY_TEXT)[Lang], other: DeckEntry | undefined): string {
  const links = [
    `<a href="${escapeHtml(deck.printUrl)}">${escapeHtml(text.print)}</a>`,
    deck.offlineUrl ? `<a href="${escapeHtml(deck.offlineUrl)}" download>${escapeHtml(text.offline)}</a>` : '',
    `<a href="${text.dataHref}" download>${escapeHtml(text.data)}</a>`,
    other ? `<a href="${escapeHtml(other.url)}" hreflang="${other.lang}" lang="${other.lang}">${escapeHtml(text.otherEdition)}</a>` : '',
  ].filter(Boolean);
  return `<ul class="deck-more">${links.map((link) => `<li>${link}</li>`).join('')}</ul>`;
}

/** One deck card: thumbnail of its key figure, title, subtitle, length, links, embed code. */
function deckCard(deck: DeckEntry, text: (typeof GALLERY_TEXT)[Lang], other: DeckEntry | undefined): string {
  return (
    `<li class="deck-card" data-deck="${escapeHtml(deck.id)}">${renderThumbnail(deck)}<div class="deck-body">` +
    `<h2><a href="${escapeHtml(deck.url)}">${escapeHtml(deck.title)}</a></h2>` +
    `<p class="deck-subtitle">${escapeHtml(deck.subtitle)}</p>` +
    `<p class="deck-meta"><span data-slide-count="${deck.slideCount}">${escapeHtml(text.slides(deck.slideCount))}</span> · <span>${escapeHtml(text.minutes(deck.minutes))}</span></p>` +
    `<div class="deck-links"><a class="button" href="${escapeHtml(deck.url)}">${escapeHtml(text.present)}</a>${deckLinks(deck, text, other)}</div>` +
    embedSnippetHtml(deck) +
    `<details class="deck-snapshots" data-snapshots hidden></details></div></li>`
  );
}

/** Fills the gallery in one language: a header, a card per deck, a footer on PDFs. */
/** injectScript: false when re-rendering an already built page (its scripts are bundled). */
export function renderGallery(source: string, manifest: Manifest, lang: Lang = 'zh-CN', injectScript = true): string {
  const root = parse(source, { comment: false });
  const text = GALLERY_TEXT[lang];
  const list = root.querySelector('[data-gallery]');
  if (!list) throw new Error('index.html: no element with data-gallery to fill');
  const header = root.querySelector('.gallery-header');
  // The header's one home: index.html leaves .gallery-header empty.
  header?.set_content(
    `<div class="gallery-top"><p class="gallery-kicker">${escapeHtml(text.kicker)}</p>` +
      `<a class="lang-switch" href="${text.switchHref}" hreflang="${lang === 'en' ? 'zh-CN' : 'en'}" lang="${lang === 'en' ? 'zh-CN' : 'en'}">${text.switchLabel}</a></div>` +
      `<h1>${escapeHtml(text.heading)}</h1><p class="gallery-intro">${text.intro}</p><p class="gallery-downloads">${text.downloads}</p>`,
  );
  const footer = root.querySelector('.gallery-footer');
  const footerHtml = `<p class="gallery-pdf">${text.pdf}</p>`;
  if (footer) footer.set_content(footerHtml);
  else root.querySelector('main')?.insertAdjacentHTML('afterend', `<footer class="gallery-footer">${footerHtml}</footer>`);
  root.querySelector('html')?.setAttribute('lang', lang);
  root.querySelector('title')?.set_content(escapeHtml(text.pageTitle));
  const other = new Map(manifest.decks.filter((deck) => deck.lang !== lang).map((deck) => [deck.id, deck]));
  list.set_content(
    manifest.decks
      .filter((deck) => deck.lang === lang)
      .map((deck) => deckCard(deck, text, other.get(deck.id)))
      .join(''),
  );
  const main = root.querySelector('body');
  if (main) insertPhraseBreaks(main);
  if (injectScript) root.querySelector('body')?.insertAdjacentHTML('beforeend', '<script type="module" src="./runtime/gallery/embed-picker.ts"></script>');
  return root.toString();
}
