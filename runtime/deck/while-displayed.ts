/** How reveal displays a slide it keeps laid out (boot's `display` option): every slide is a flex column. */
export const SLIDE_DISPLAY = 'flex';

/**
 * reveal lays out only the current slide (viewDistance 1) and sets `display: none` on the rest.
 * To size a chart on another slide ahead of time, that slide is displayed for as long as `measure`
 * runs — within one task, so it is never painted — and then hidden again, as reveal left it.
 */
export function whileDisplayed<T>(slide: HTMLElement | null, measure: () => T): T {
  if (!slide || slide.style.display !== 'none') return measure();
  slide.style.display = SLIDE_DISPLAY;
  try {
    return measure();
  } finally {
    slide.style.display = 'none';
  }
}
