/**
 * A hero number and its unit stay on one line (DESIGN.md): a long one (“100,000 mu”) is set smaller
 * so it fits its column. The build estimates the width from the text — digits and Latin letters at
 * their Noto Sans SC advance, the approximation word and unit at half size as the slide sets them —
 * and gives the figure a class that scales the hero size (deck.css: .hero-fit-90 … .hero-fit-60).
 */

/** px of a 1280×720 slide: the hero size, and the width of a hero's column in a two-column body. */
const HERO_PX = 132;
const COLUMN_PX = 520;

/** Advance of one character in em of the font size (Noto Sans SC Bold, close enough to choose a size). */
function advance(char: string): number {
  if (/[0-9]/.test(char)) return 0.57;
  if (/[,.]/.test(char)) return 0.27;
  if (char === ' ') return 0.24;
  if (/[A-Za-z]/.test(char)) return 0.58;
  return 1;
}

/** The hero's width in em of the hero size: the number part at full size, everything else at half. */
export function heroWidthEm(number: string, affixes: string): number {
  const sum = (text: string) => [...text].reduce((total, char) => total + advance(char), 0);
  return sum(number) + sum(affixes) * 0.5;
}

/** The class that fits the hero in its column, or '' when it fits at full size. */
export function heroFitClass(number: string, affixes: string): string {
  const scale = COLUMN_PX / (heroWidthEm(number, affixes) * HERO_PX);
  if (scale >= 1) return '';
  const step = Math.max(60, Math.floor(scale * 10) * 10);
  return `hero-fit-${step}`;
}
