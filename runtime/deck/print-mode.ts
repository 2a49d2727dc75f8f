import type { RevealConfig } from 'reveal.js';
import type { DeckRuntimeConfig } from './config.ts';
import { waitForFonts } from '../shared/fonts-ready.ts';
import { adoptHandoutStyles, fitHandoutNotes } from './handout-layout.ts';
import { READY } from '../../contracts/readiness.ts';

/** Set on <html> once reveal has laid out the print view (its 'pdf-ready' event). */
export const PRINT_LAYOUT_READY_ATTR = READY.print;

/**
 * Reveal options for the print view (?print-pdf): no margin, so each PDF page is exactly the
 * 1280×720 slide (16:9), and never more than one page per slide. A handout (`&handout`) has reveal
 * put each slide's notes inside the slide's page, where handout-layout.ts places them below the slide.
 * Fragment steps use reveal's own query option: `?print-pdf&pdfSeparateFragments=true`.
 */
export function printOptions(config: Pick<DeckRuntimeConfig, 'handout'>): Partial<RevealConfig> {
  // view: reveal also looks for the letters print-pdf in the query itself (print-query.ts); here it is told.
  return { view: 'print', margin: 0, pdfMaxPagesPerSlide: 1, controls: false, progress: false, ...(config.handout ? { showNotes: true } : {}) };
}

/** True once reveal's print layout is done, even if 'pdf-ready' fired before anyone listened. */
export function isPrintLayoutReady(root: HTMLElement = document.documentElement): boolean {
  return root.hasAttribute(PRINT_LAYOUT_READY_ATTR);
}

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
 * PDF exporter) can tell the print layout is done, and keeps the theme's slide padding. In a
 * handout the layout is done once the notes fit their pages (measured with the deck font loaded).
 */
export function watchPrintLayout(config: Pick<DeckRuntimeConfig, 'handout'>, root: HTMLElement = document.documentElement): void {
  keepThemePadding();
  if (config.handout) adoptHandoutStyles(root);
  const done = async (): Promise<void> => {
    if (config.handout) {
      await waitForFonts();
      fitHandoutNotes();
    }
    root.setAttribute(PRINT_LAYOUT_READY_ATTR, '');
  };
  document.addEventListener('pdf-ready', () => void done(), { once: true, capture: true });
}
