import type { Page } from 'playwright-core';

export interface OverflowingSlide {
  readonly slideNumber: number;
  readonly slideId: string;
  /** How far the lowest visible element reaches past the page's bottom edge, in CSS pixels. */
  readonly overflowPx: number;
}

/**
 * Slides whose content runs past the bottom of their PDF page (and would be cut off there).
 * Reported as warnings: it is the slide's content that is too long, on screen as in print.
 */
export async function overflowingSlides(page: Page, tolerancePx = 2): Promise<OverflowingSlide[]> {
  return page.$$eval(
    '.reveal .slides .pdf-page > section',
    (sections, tolerance) =>
      sections.flatMap((section, index) => {
        const pageBox = (section.parentElement ?? section).getBoundingClientRect();
        let lowest = 0;
        for (const element of section.querySelectorAll('*')) {
          const box = element.getBoundingClientRect();
          if (box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden') lowest = Math.max(lowest, box.bottom - pageBox.top);
        }
        const overflowPx = Math.round(lowest - pageBox.height);
        return overflowPx > tolerance ? [{ slideNumber: index + 1, slideId: section.id, overflowPx }] : [];
      }),
    tolerancePx,
  );
}
