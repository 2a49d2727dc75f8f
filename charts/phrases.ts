/**
 * Where a line may break in a text, shared by every output: the build's <wbr> (site/phrase-breaks.ts),
 * chart labels wrapped for the canvas and the reading view (charts/builders/wrap-label.ts,
 * charts/plugins/text-lines.ts) and the PowerPoint export. Pure, no DOM and no Node.
 *
 * Chinese phrases come from BudouX at build time and are carried in the text as PHRASE_BREAK
 * (U+200B ZERO WIDTH SPACE) between phrases, so the browser never needs BudouX: code that wraps a
 * label breaks Chinese only at a PHRASE_BREAK (or a space), never between two characters.
 */
export const PHRASE_BREAK = '\u200b';

/** Closing punctuation: a line never starts with it. */
export const CLOSING = /^[”’」』）》〉】〕，。、：；！？)\],.:;!?%]/;

/**
 * The pieces of a text that a line may not split, in order, joined they are the text (without
 * PHRASE_BREAK): words and their following space where the text has spaces (English), else the
 * phrases between PHRASE_BREAKs. A text with neither is one piece (a Chinese label not yet marked
 * is kept whole rather than split between characters).
 */
export function unbreakablePieces(text: string): string[] {
  const pieces: string[] = [];
  for (const phrase of text.split(PHRASE_BREAK)) {
    for (const word of phrase.split(/(?<= )/)) if (word !== '') pieces.push(word);
  }
  return pieces;
}

/** The text without its phrase marks: what a reader, a data table or a spreadsheet gets. */
export function withoutPhraseBreaks(text: string): string {
  return text.split(PHRASE_BREAK).join('');
}
