import { SLIDE_SIZE } from '../../contracts/slide-size.ts';
/**
 * The handout (?print-pdf&handout): one page per slide, the slide at the top and its speaker notes
 * (with the build's "本页数字的原文出处" list) below it. The page has A4's proportions (1 : √2, 1408 × 1992 px) at
 * the slide's own scale, so the slide needs no transform (charts stay crisp) and the PDF prints on A4 at
 * 56 %: 26 px notes come out at 11 pt. Notes too long for the page shrink, down to 18 px (7.6 pt on A4).
 */
export const HANDOUT_PAGE = { width: 1408, height: 1992, margin: 64, slideWidth: SLIDE_SIZE.width, slideHeight: SLIDE_SIZE.height, gap: 40 } as const;

export const NOTES_FONT_PX = { largest: 26, smallest: 18 } as const;

/** Marks <html> in handout print view; the stylesheet below keys on it. */
export const HANDOUT_CLASS = 'print-handout';

const { width, height, margin, slideWidth, slideHeight, gap } = HANDOUT_PAGE;
const notesTop = margin + slideHeight + gap;
const notesHeight = height - notesTop - margin;

const PAGE = `html.${HANDOUT_CLASS} .reveal .slides .pdf-page`;

/** reveal sizes the body and each page to the slide, places the slide at 0,0 and the notes at its foot: these win over its inline styles. */
const HANDOUT_CSS = `
@page { size: ${width}px ${height}px; margin: 0; }
html.${HANDOUT_CLASS} body { width: ${width}px !important; height: auto !important; }
/* 1 px short of the page, as reveal does (pdfPageHeightOffset): rounding to points never spills a page over. */
${PAGE} { width: ${width}px; height: ${height - 1}px !important; background: #FFFFFF !important; }
${PAGE} > section { left: ${margin}px !important; top: ${margin}px !important; height: ${slideHeight}px; }
${PAGE} > .slide-background {
  left: ${margin}px; top: ${margin}px; width: ${slideWidth}px; height: ${slideHeight}px;
  background-color: var(--c-bg, #FBFAF7); outline: 1px solid #D6D2C8;
}
${PAGE} > .slide-number-pdf { left: auto; right: ${margin}px; top: auto; bottom: ${margin / 2}px; font-size: 16px; color: #4B5560; }
${PAGE} > .speaker-notes-pdf {
  position: absolute; box-sizing: border-box; left: ${margin}px !important; top: ${notesTop}px !important; bottom: auto !important;
  width: ${slideWidth}px !important; height: ${notesHeight}px;
  overflow: hidden; padding: 0; border: 0; background: transparent;
  font-size: ${NOTES_FONT_PX.largest}px; line-height: 1.55; color: #1D232A; text-align: start;
}
${PAGE} > .speaker-notes-pdf::before {
  content: '讲者备注'; display: block; margin-bottom: 0.5em; font-size: 0.85em; font-weight: 700; color: #4B5560;
}
html.${HANDOUT_CLASS}:lang(en) .reveal .slides .pdf-page > .speaker-notes-pdf::before { content: 'Speaker notes'; }
${PAGE} > .speaker-notes-pdf .notes-sources { margin: 0.8em 0 0.3em; font-weight: 700; color: #4B5560; }
${PAGE} > .speaker-notes-pdf ul { margin: 0; padding-inline-start: 1.2em; font-size: 0.9em; }
${PAGE} > .speaker-notes-pdf li { margin: 0.2em 0; }`;

/** Adds the handout's page size and layout (a constructed stylesheet: the site's CSP allows it). */
export function adoptHandoutStyles(root: HTMLElement = document.documentElement): void {
  root.classList.add(HANDOUT_CLASS);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HANDOUT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const overflows = (element: HTMLElement): boolean => element.scrollHeight > element.clientHeight + 1;

/**
 * Shrinks each page's notes, 1 px at a time, until they fit below the slide (call once reveal's
 * print layout is done and the fonts have loaded). Notes that still overflow at the smallest size
 * are left so; the exporter reports them.
 */
export function fitHandoutNotes(container: ParentNode = document): void {
  for (const notes of container.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page > .speaker-notes-pdf')) {
    for (let size = NOTES_FONT_PX.largest; overflows(notes) && size > NOTES_FONT_PX.smallest; size -= 1) {
      notes.style.fontSize = `${size - 1}px`;
    }
  }
}
