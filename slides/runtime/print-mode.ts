import type { RevealConfig } from 'reveal.js';
import type { DeckRuntimeConfig } from './config.ts';

/** Set on <html> once reveal has laid out the print view (its 'pdf-ready' event). */
export const PRINT_LAYOUT_READY_ATTR = 'data-pdf-ready';

/**
 * Reveal options for the print view (?print-pdf): no margin, so each PDF page is exactly the
 * 1280×720 slide (16:9), and never more than one page per slide.
 * Handouts and fragment steps use reveal's own query options, which win over these:
 * `?print-pdf&showNotes=separate-page` and `?print-pdf&pdfSeparateFragments=true`.
 */
export function printOptions(config: DeckRuntimeConfig): Partial<RevealConfig> {
  if (!config.print) return {};
  return { margin: 0, pdfMaxPagesPerSlide: 1, controls: false, progress: false };
}

/** True once reveal's print layout is done, even if 'pdf-ready' fired before anyone listened. */
export function isPrintLayoutReady(root: HTMLElement = document.documentElement): boolean {
  return root.hasAttribute(PRINT_LAYOUT_READY_ATTR);
}

/** A handout's notes page: a full page in readable type, labelled as notes; long notes run on to a second page. */
const PRINT_CSS = `
html.reveal-print .reveal .speaker-notes-pdf[data-layout="separate-page"] {
  box-sizing: border-box; width: 1280px; min-height: 719px; height: auto; overflow: visible;
  padding: 56px 96px; font-size: 24px; line-height: 1.6; color: #1D232A; background: #FBFAF7;
}
html.reveal-print .reveal .speaker-notes-pdf[data-layout="separate-page"]:last-child { page-break-after: avoid; }
html.reveal-print .reveal .speaker-notes-pdf[data-layout="separate-page"]::before {
  content: '讲者备注'; display: block; margin-bottom: 24px; font-size: 22px; font-weight: 700; color: #4B5560;
}
html.reveal-print:lang(en) .reveal .speaker-notes-pdf[data-layout="separate-page"]::before { content: 'Speaker notes'; }`;

/**
 * reveal's print stylesheet sets every slide's padding to 0 !important. Pin each slide's padding
 * from the theme (read now, before the print view starts) as an inline !important style, so each
 * page lays out as the slide does on screen, whatever padding the theme gives it.
 */
function keepThemePadding(): void {
  for (const section of document.querySelectorAll<HTMLElement>('.reveal .slides section')) {
    const style = getComputedStyle(section);
    section.style.setProperty('padding', `${style.paddingTop} ${style.paddingRight} ${style.paddingBottom} ${style.paddingLeft}`, 'important');
  }
}

/**
 * Call before reveal initialises: records 'pdf-ready' on <html> so late listeners (charts, the
 * PDF exporter) can tell the print layout is done, keeps the theme's slide padding and adds the
 * notes-page stylesheet above.
 */
export function watchPrintLayout(config: DeckRuntimeConfig, root: HTMLElement = document.documentElement): void {
  if (!config.print) return;
  keepThemePadding();
  // A constructed stylesheet, not a <style> element: the site's CSP (style-src 'self') allows it.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  document.addEventListener('pdf-ready', () => root.setAttribute(PRINT_LAYOUT_READY_ATTR, ''), { once: true, capture: true });
}
