/**
 * How wide a figure's value is, in ems of its own font size, so the stylesheet can size it to its
 * box instead of wrapping it (assets/theme/deck.css: `.fig[data-fit="n"]`, the value set at most
 * 1/n of the box's width): a hero number, a big number or a “？” tile. Widths are those of a
 * bold sans (Noto Sans SC), rounded up so the value always fits.
 */
/** The steps the stylesheet has a rule for. */
export const FIT_STEPS = { min: 2, max: 16 } as const;

/**
 * Where a figure is sized to fit, by the class of the box it sits in: how large its approximation
 * word and unit are set beside the number (em of the number), and its own padding and border (em).
 */
export const FIT_CONTEXTS = {
  hero: { affix: 0.5, pad: 0 },
  // Units beside a big number are set at half its size but never under 24 px (deck.css): up to 0.8 em when it shrinks.
  big: { affix: 0.8, pad: 1 },
  tile: { affix: 1, pad: 0.8 },
} as const;
export type FitContext = keyof typeof FIT_CONTEXTS;

function charWidth(char: string): number {
  if (/[\p{Script=Han}？（）“”，、：]/u.test(char)) return 1;
  if (/[.,:;'’ ]/.test(char)) return 0.3;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[mwMW]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.7;
  return 0.58;
}

/** The step (an integer number of ems) for a value split as valueHtml splits it (before, number, after), in its box. */
export function fitStep([before, number, after]: readonly [string, string, string], context: FitContext): number {
  const { affix, pad } = FIT_CONTEXTS[context];
  const width = (text: string): number => [...text].reduce((sum, char) => sum + charWidth(char), 0);
  const ems = width(number) + affix * (width(before) + width(after)) + pad;
  return Math.min(FIT_STEPS.max, Math.max(FIT_STEPS.min, Math.ceil(ems * 1.04)));
}
