import { parse } from 'node-html-parser';
import type { Manifest } from './manifest.ts';
import { escapeHtml } from './render-figure.ts';

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
          `<a href="data/figures.csv" download>数据下载（CSV）</a></p></li>`
        );
      })
      .join(''),
  );
  return root.toString();
}
