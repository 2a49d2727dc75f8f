/** The family every slide text and chart is set in (assets/theme/tokens.css, runtime/shared/fonts-ready.ts). */
const FAMILY = 'Noto Sans SC Deck';

/** What a figure's popover or a data toggle answers to: a reader about to open one. */
const ASKS = '[data-quote], [data-note], .chart-table summary';

/**
 * Declares a slide embed page's own font from its preloads (`<link rel="preload" as="font"
 * data-font-face="<weight>">`, site/page-fonts.ts): one FontFace per weight, fetched by the preload
 * already under way. A deck page declares the same faces in a stylesheet; here that would be one
 * more request, and the page cannot carry them inline under the site's Content-Security-Policy.
 *
 * The characters only the popover's sentences or an opened data table show are a face of their own
 * (`<meta name="late-font" data-unicode-range>`): same family and weight, a unicode-range of exactly
 * them, not preloaded. The browser fetches it when such text is drawn; a reader pointing at or
 * focusing a figure (or the table's toggle) starts it a moment earlier.
 */
export function declarePageFonts(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"][data-font-face]')) {
    const face = new FontFace(FAMILY, `url("${link.href}") format("woff2")`, { weight: link.dataset.fontFace ?? '400', style: 'normal', display: 'block' });
    doc.fonts.add(face);
    void face.load().catch(() => undefined);
  }
  const late: FontFace[] = [];
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="late-font"][data-font-face][data-unicode-range]')) {
    const url = new URL(meta.content, doc.baseURI).href;
    const face = new FontFace(FAMILY, `url("${url}") format("woff2")`, { weight: meta.dataset.fontFace ?? '400', style: 'normal', display: 'block', unicodeRange: meta.dataset.unicodeRange ?? '' });
    doc.fonts.add(face);
    late.push(face);
  }
  if (late.length === 0) return;
  const ask = (event: Event): void => {
    if (!(event.target instanceof Element) || !event.target.closest(ASKS)) return;
    for (const type of ['pointerover', 'focusin'] as const) doc.removeEventListener(type, ask, true);
    for (const face of late) void face.load().catch(() => undefined);
  };
  for (const type of ['pointerover', 'focusin'] as const) doc.addEventListener(type, ask, true);
}
