/**
 * The characters a page asks the deck font to load with (`document.fonts.load`, runtime/shared/fonts-ready.ts):
 * a font face is fetched when its unicode-range meets them, so a slide embed's preloaded faces always
 * hold them (site/embed-pages.ts) and its late faces, fetched only on request, never do.
 */
export const FONT_PROBE_TEXT = '沪滇';
