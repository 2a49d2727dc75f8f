import type { Page } from 'playwright-core';

export interface OverflowingSlide {
  readonly slideNumber: number;
  readonly slideId: string;
  /** How far the lowest visible element reaches past the slide's (or, for notes, the notes box's) bottom edge, in CSS pixels. */
  readonly overflowPx: number;
  /** What runs over: the slide's content, or (in a handout) its speaker notes below it. */
  readonly part?: 'notes';
}

/**
 * Slides whose content runs past the bottom of the slide on their PDF page (and would be cut off
 * there), and in a handout, notes that do not fit below their slide even at the smallest size.
 * Reported as warnings: it is the content that is too long, on screen as in print.
 */
export async function overflowingSlides(page: Page, slideHeight: number, tolerancePx = 2): Promise<OverflowingSlide[]> {
  return page.$$eval(
    '.reveal .slides .pdf-page > section',
    (sections, { slideHeight, tolerance }) =>
      sections.flatMap((section, index) => {
        const top = section.getBoundingClientRect().top;
        let lowest = 0;
        for (const element of section.querySelectorAll('*')) {
          const box = element.getBoundingClientRect();
          if (box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden') lowest = Math.max(lowest, box.bottom - top);
        }
        const found: { slideNumber: number; slideId: string; overflowPx: number; part?: 'notes' }[] = [];
        const overflowPx = Math.round(lowest - slideHeight);
        if (overflowPx > tolerance) found.push({ slideNumber: index + 1, slideId: section.id, overflowPx });
        const notes = section.parentElement?.querySelector(':scope > .speaker-notes-pdf');
        const notesOverflow = notes ? notes.scrollHeight - notes.clientHeight : 0;
        if (notesOverflow > tolerance) found.push({ slideNumber: index + 1, slideId: section.id, overflowPx: notesOverflow, part: 'notes' });
        return found;
      }),
    { slideHeight, tolerance: tolerancePx },
  );
}
