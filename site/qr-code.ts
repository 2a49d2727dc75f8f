import { correction, generate } from 'lean-qr';
import { deckUrl } from '../slides/decks.ts';
import { englishDeckUrl } from '../slides/english-decks.ts';
import type { DeckId } from '../ledger/types.ts';
import type { Lang } from '../ledger/format.ts';
import { escapeHtml } from '../common/escape-html.ts';
import { QR_LABELS } from '../common/qr-labels.ts';
import { BASE_URL_ENV } from './site-base-url.ts';

/** Modules of light margin around the code, as the QR standard asks (4). */
export const QUIET_ZONE = 4;
/** Drawn size on a 1280×720 slide, quiet zone included: 5–6 px a module for a deck URL, enough across a room. */
export const QR_PIXELS = 216;

/** A QR code (error correction M) as an inline SVG image named by its URL. */
export function qrSvg(text: string, label: string, pixels = QR_PIXELS): string {
  const code = generate(text, { minCorrectionLevel: correction.M, maxCorrectionLevel: correction.M });
  const size = code.size + 2 * QUIET_ZONE;
  let path = '';
  for (let y = 0; y < code.size; y++) {
    let x = 0;
    while (x < code.size) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`;
    }
  }
  return (
    `<svg class="qr-code" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${size} ${size}" width="${pixels}" height="${pixels}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">` +
    `<rect width="${size}" height="${size}" fill="#FFFFFF"/><path d="${path}" fill="#000000"/></svg>`
  );
}

/** What the codes point at: the deck in this edition, and the data download of this edition. */
export function qrTargets(deck: DeckId, lang: Lang, base: URL): { readonly deck: string; readonly data: string } {
  return {
    deck: new URL(lang === 'en' ? englishDeckUrl(deck) : deckUrl(deck), base).href,
    data: new URL(lang === 'en' ? 'data/figures-en.csv' : 'data/figures.csv', base).href,
  };
}

/** What the build prints when it makes no QR codes: for whoever runs the build, never on a slide. */
export function qrMissingMessage(): string {
  return `No QR codes on the source slides: set ${BASE_URL_ENV} (or package.json "decksBaseUrl") to the address the site is published at, e.g. ${BASE_URL_ENV}=https://example.org/talks/hu-dian/ npm run build`;
}

/**
 * The source slide's QR codes: one to the published deck, one to the data download. With no base
 * URL (DECKS_BASE_URL or package.json "decksBaseUrl") there is no published address to point at,
 * so the codes are left out (an empty, hidden marker) and the build's console says so.
 */
export function sourceQrHtml(deck: DeckId, lang: Lang, base: URL | undefined): string {
  const labels = QR_LABELS[lang];
  // Nothing for the audience to read: the build says on its console which setting makes the codes (qrMissingMessage).
  if (!base) return '<div data-qr-missing hidden></div>';
  const targets = qrTargets(deck, lang, base);
  const figure = (url: string, caption: string, kind: string): string =>
    `<figure class="qr" data-qr="${kind}" data-qr-url="${escapeHtml(url)}">${qrSvg(url, `${labels.aria}${url}`)}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
  return `<div class="source-qr">${figure(targets.deck, labels.deck, 'deck')}${figure(targets.data, labels.data, 'data')}</div>`;
}
