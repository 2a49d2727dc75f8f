import { parse } from 'node-html-parser';
import type { DeckEntry, Manifest } from './manifest.ts';
import { escapeHtml } from './render-figure.ts';
import { EMBED_LABELS } from '../slides/runtime/embed-labels.ts';
import { embedSnippet } from '../slides/runtime/embed-snippet-text.ts';

/** Stand-in site root for the snippet written into the page; the gallery script makes it absolute. */
const BUILD_ROOT = 'https://site.invalid/';

/** "复制嵌入代码": pick a slide, copy a ready <iframe> snippet (filled in by slides/runtime/embed-gallery.ts). */
function embedSnippetHtml(deck: DeckEntry): string {
  const first = deck.slides[0];
  if (!first) return '';
  const options = deck.slides
    .map((slide) => `<option value="${escapeHtml(slide.id)}" data-title="${escapeHtml(slide.title)}">${escapeHtml(slide.title)}</option>`)
    .join('');
  const initial = embedSnippet(
    { deckId: deck.id, deckTitle: deck.title, slideId: first.id, slideTitle: first.title },
    new URL(BUILD_ROOT),
  ).replaceAll(BUILD_ROOT, '');
  return (
    `<details class="embed-snippet" data-embed-snippet data-deck-id="${escapeHtml(deck.id)}" data-deck-title="${escapeHtml(deck.title)}">` +
    `<summary>${escapeHtml(EMBED_LABELS.galleryToggle)}</summary>` +
    `<label>${escapeHtml(EMBED_LABELS.gallerySlide)}<select data-embed-slide>${options}</select></label>` +
    `<textarea class="embed-code" readonly rows="6" spellcheck="false" aria-label="${escapeHtml(EMBED_LABELS.galleryToggle)}" data-embed-code>${escapeHtml(initial)}</textarea>` +
    `<p class="embed-actions"><button type="button" data-embed-copy>${escapeHtml(EMBED_LABELS.copy)}</button>` +
    `<span class="embed-status" data-embed-status aria-live="polite"></span></p></details>`
  );
}

/** Fills the gallery: each deck with its first slide, slide count, talk length and links. */
export function renderGallery(source: string, manifest: Manifest): string {
  const root = parse(source, { comment: false });
  const list = root.querySelector('[data-gallery]');
  if (!list) throw new Error('index.html: no element with data-gallery to fill');
  list.set_content(
    manifest.decks
      .map((deck) => {
        const first = deck.slides[0];
        const preview = first
          ? `<div class="deck-preview"><iframe src="${escapeHtml(first.embedUrl)}" title="${escapeHtml(deck.title)}：首页预览" loading="lazy" tabindex="-1" aria-hidden="true"></iframe></div>`
          : '';
        return (
          `<li class="deck-card" data-deck="${escapeHtml(deck.id)}">${preview}` +
          `<h2><a href="${escapeHtml(deck.url)}">${escapeHtml(deck.title)}</a></h2>` +
          `<p class="deck-subtitle">${escapeHtml(deck.subtitle)}</p>` +
          `<p class="deck-meta"><span data-slide-count="${deck.slideCount}">${deck.slideCount}页</span> · <span>约${deck.minutes}分钟</span></p>` +
          `<p class="deck-links"><a class="button" href="${escapeHtml(deck.url)}">放映</a>` +
          `<a href="${escapeHtml(deck.printUrl)}">打印版（可存为PDF）</a>` +
          `<a href="data/figures.csv" download>数据下载（CSV）</a></p>` +
          embedSnippetHtml(deck) +
          `<details class="deck-snapshots" data-snapshots hidden></details></li>`
        );
      })
      .join(''),
  );
  root.querySelector('body')?.insertAdjacentHTML('beforeend', '<script type="module" src="./slides/runtime/embed-gallery.ts"></script>');
  return root.toString();
}

/** PNG snapshots that exist in a built site, per deck, in slide order. */
export interface SnapshotLink {
  readonly slideId: string;
  readonly title: string;
  /** Relative to the site root, e.g. snapshots/xishuangbanna/jobs-offered.png */
  readonly href: string;
}

/** Offers the PNGs the build includes: fills each deck's data-snapshots block (empty = stays hidden). */
export function fillSnapshotLinks(html: string, snapshots: ReadonlyMap<string, readonly SnapshotLink[]>): string {
  const root = parse(html, { comment: false });
  for (const block of root.querySelectorAll('[data-snapshots]')) {
    const deckId = block.closest('[data-deck]')?.getAttribute('data-deck') ?? '';
    const links = snapshots.get(deckId) ?? [];
    if (links.length === 0) {
      block.set_content('');
      block.setAttribute('hidden', '');
      continue;
    }
    block.removeAttribute('hidden');
    block.set_content(
      `<summary>${escapeHtml(EMBED_LABELS.snapshots)}</summary><ul>` +
        links.map((link) => `<li><a href="${escapeHtml(link.href)}" download>${escapeHtml(link.title)}</a></li>`).join('') +
        '</ul>',
    );
  }
  return root.toString();
}
