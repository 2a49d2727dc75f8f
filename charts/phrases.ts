/**
 * Where a line may break in a text, shared by every output that wraps text itself: chart labels on
 * the slide and in the reading view (charts/builders/wrap-label.ts, runtime/read/reflow-chart-config.ts),
 * words drawn on the canvas (charts/plugins/text-lines.ts) and the PowerPoint export. Pure: no DOM,
 * no Node, no BudouX.
 *
 * Chinese phrases are found at build time (charts/builders/phrases.ts, BudouX) and carried in the
 * text as PHRASE_BREAK (U+200B ZERO WIDTH SPACE, drawn as nothing) between phrases, so the browser
 * never needs BudouX. A number is held to its unit by a no-break space (“16 schools”).
 */
export const PHRASE_BREAK = '\u200b';

/** Closing punctuation: a line never starts with it. */
export const CLOSING = /^[”’」』）》〉】〕，。、：；！？)\],.:;!?%]/;

const HAN = /\p{Script=Han}/u;

/** A short quoted term (“上海兵”, ‘期货+保险’, “94.万元”): a line never breaks inside it. */
export const QUOTED_TERM = /[“‘「][^“”‘’「」\n]{1,8}[”’」]/g;

/**
 * The pieces of a text that a line may not split, in order; joined they are the text without its
 * marks: words with their following space where the text has spaces, the phrases between
 * PHRASE_BREAKs. A Chinese text the build has not marked (no space, no mark) falls back to
 * characters, with a quoted term (“94.万元”) or a number and its unit kept whole.
 */
export function unbreakablePieces(text: string): string[] {
  if (!text.includes(PHRASE_BREAK) && !text.includes(' ') && HAN.test(text)) {
    return text.match(/“[^”]*”|[？?]?[\d.,%]+[^\s“”（）()，。、]?|./gu) ?? [text];
  }
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

/**
 * Breaks a text into lines no wider than maxWidth (measured by `measure`, without marks): only
 * between its unbreakable pieces, and never before closing punctuation (the piece before moves
 * down with it). A piece wider than maxWidth is a line of its own. Each line keeps the marks
 * between its own pieces, so a narrower box can break it again.
 */
export function breakIntoLines(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces = unbreakablePieces(text);
  const lines: string[][] = [];
  let line: string[] = [];
  const width = (parts: readonly string[]): number => measure(parts.join('').trimEnd());
  for (const piece of pieces) {
    if (line.length > 0 && width([...line, piece]) > maxWidth) {
      if (!CLOSING.test(piece)) {
        lines.push(line);
        line = [piece];
        continue;
      }
      if (line.length > 1) {
        const last = line.pop() ?? '';
        lines.push(line);
        line = [last, piece];
        continue;
      }
    }
    line.push(piece);
  }
  if (line.join('').trim() !== '') lines.push(line);
  // Phrases joined again with their marks; words keep their spaces inside a line, none at its end.
  const marked = text.includes(PHRASE_BREAK);
  return lines.map((parts) =>
    parts.map((piece, index) => (marked && index > 0 && !parts[index - 1]?.endsWith(' ') && !piece.startsWith(' ') ? `${PHRASE_BREAK}${piece}` : piece)).join('').trimEnd(),
  );
}

/**
 * Lines of at most `width` characters (marks not counted), balanced (7 + 6, not 12 + 1): the
 * narrowest width that still needs no more lines than `width` itself does.
 */
export function wrapText(text: string, width: number): string[] {
  const count = (part: string): number => [...withoutPhraseBreaks(part)].length;
  const lines = breakIntoLines(text, width, count);
  if (lines.length <= 1) return lines;
  for (let limit = Math.ceil(count(text.replace(/\s/g, '')) / lines.length); limit < width; limit++) {
    const balanced = breakIntoLines(text, limit, count);
    if (balanced.length === lines.length) return balanced;
  }
  return lines;
}
