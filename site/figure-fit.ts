/**
 * How wide a hero number is, in ems of its own font size, so the stylesheet can size it to its
 * column instead of wrapping it (assets/theme/deck.css: `.hero > .fig[data-fit="n"]`, font size
 * at most 1/n of the column). The number is set at 1 em, its approximation word and unit at
 * AFFIX_SCALE em; widths are those of a bold sans (Noto Sans SC), rounded up so it always fits.
 */
const AFFIX_SCALE = 0.5;
/** The steps the stylesheet has a rule for. */
export const FIT_STEPS = { min: 2, max: 12 } as const;

function charWidth(char: string): number {
  if (/[\p{Script=Han}？（）“”，、：]/u.test(char)) return 1;
  if (/[.,:;'’ ]/.test(char)) return 0.3;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[mwMW]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.7;
  return 0.58;
}

/** The step (an integer number of ems) for a value split as valueHtml splits it: before, number, after. */
export function fitStep(before: string, number: string, after: string): number {
  const width = (text: string): number => [...text].reduce((sum, char) => sum + charWidth(char), 0);
  const ems = width(number) + AFFIX_SCALE * (width(before) + width(after));
  return Math.min(FIT_STEPS.max, Math.max(FIT_STEPS.min, Math.ceil(ems * 1.04)));
}
