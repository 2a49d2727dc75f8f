/**
 * English text is set in the deck's CJK font (Noto Sans SC), whose quotes, apostrophes, dashes,
 * ellipsis and middle dot are full-width by default: “Pu’er” would show an ideographic apostrophe.
 * In English these few characters come from a Latin face instead — Source Sans Pro, the Latin design
 * Noto Sans CJK itself is built on (reveal.js ships it, SIL OFL) — subset at build time to exactly
 * them (site/fonts.ts) and declared with this unicode-range, first in the English font stack (CSS,
 * canvas). Chinese text, including a Chinese quotation inside English, keeps its full-width forms.
 */
export const LATIN_PUNCTUATION = '‘’“”–—…·';

/** The face's family name, in CSS (assets/theme/latin-punctuation.css) and in chart fonts. */
export const LATIN_PUNCTUATION_FAMILY = 'Deck Latin Punctuation';

/** The font stack for text of a language: English puts the Latin punctuation face first. */
export function fontStackFor(lang: string, cjkStack: string): string {
  return lang.startsWith('en') ? `"${LATIN_PUNCTUATION_FAMILY}", ${cjkStack}` : cjkStack;
}
