/** The family every slide text and chart is set in (assets/theme/tokens.css, runtime/shared/fonts-ready.ts). */
const FAMILY = 'Noto Sans SC Deck';

/**
 * Declares a slide embed page's own font from its preloads (`<link rel="preload" as="font"
 * data-font-face="<weight>">`, site/page-fonts.ts): one FontFace per weight, fetched by the preload
 * already under way. A deck page declares the same faces in a stylesheet; here that would be one
 * more request, and the page cannot carry them inline under the site's Content-Security-Policy.
 */
export function declarePageFonts(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"][data-font-face]')) {
    const face = new FontFace(FAMILY, `url("${link.href}") format("woff2")`, { weight: link.dataset.fontFace ?? '400', style: 'normal', display: 'block' });
    doc.fonts.add(face);
    void face.load().catch(() => undefined);
  }
}
