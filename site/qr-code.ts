import { generate } from 'lean-qr';
import type { DeckId } from '../ledger/types.ts';
import type { Lang } from '../contracts/lang.ts';
import { escapeHtml } from '../common/escape-html.ts';
import { QR_LABELS } from '../common/qr-labels.ts';
import { BASE_URL_ENV } from './site-base-url.ts';
import type { SourceQr } from './model/types.ts';
import { MIN_MODULE_PIXELS, QR_MAX_VERSION, QR_OPTIONS, QR_PIXELS, qrRuns, qrTargets } from './qr-fit.ts';

/**
 * A QR code (error correction M) as an inline SVG image named by its URL; at most version
 * QR_MAX_VERSION, so its modules stay scannable (qr-fit.ts; the base URL is checked against it first).
 */
export function qrSvg(text: string, label: string, pixels = QR_PIXELS): string {
  let code: ReturnType<typeof generate>;
  try {
    code = generate(text, QR_OPTIONS);
  } catch {
    throw new Error(`QR code for "${text}": ${text.length} characters do not fit a version-${QR_MAX_VERSION} code (modules of at least ${MIN_MODULE_PIXELS} px in ${QR_PIXELS} px)`);
  }
  const { size, runs } = qrRuns(code);
  const path = runs.map(({ row, start, end }) => `M${start} ${row}h${end - start}v1h-${end - start}z`).join('');
  return (
    `<svg class="qr-code" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${size} ${size}" width="${pixels}" height="${pixels}" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">` +
    `<rect width="${size}" height="${size}" fill="#FFFFFF"/><path d="${path}" fill="#000000"/></svg>`
  );
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
  const targets = base ? qrTargets(deck, lang, base) : undefined;
  return qrFiguresHtml(targets ? [{ kind: 'deck', url: targets.deck, caption: labels.deck, aria: `${labels.aria}${targets.deck}` }, { kind: 'data', url: targets.data, caption: labels.data, aria: `${labels.aria}${targets.data}` }] : []);
}

/** The source slide's QR codes as the deck model lists them (its source block); none: the hidden marker. */
export function qrFiguresHtml(codes: readonly SourceQr[]): string {
  // Nothing for the audience to read: the build says on its console which setting makes the codes (qrMissingMessage).
  if (codes.length === 0) return '<div data-qr-missing hidden></div>';
  const figure = ({ url, caption, kind, aria }: SourceQr): string =>
    `<figure class="qr" data-qr="${kind}" data-qr-url="${escapeHtml(url)}">${qrSvg(url, aria)}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
  return `<div class="source-qr">${codes.map(figure).join('')}</div>`;
}
