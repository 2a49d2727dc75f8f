/** The parts of assets/article.txt: title line, body, and the republished copy's footer. */
export interface Article {
  /** 沪滇携手共谱扶贫协作新篇章 */
  readonly title: string;
  /** 云南网, as printed at the end of the title line. */
  readonly source: string;
  /** The article body, from after the title line up to the footer (转载请注明…). */
  readonly body: string;
  /** The republished copy's address, as printed in the footer. */
  readonly republishedUrl: string;
}

export const ARTICLE_SOURCE = '云南网';
const FOOTER_MARK = '转载请注明';

/** Splits the article file into title, body and footer. Throws naming the file when a part is missing. */
export function parseArticle(text: string, fileName = 'assets/article.txt'): Article {
  const normalized = text.replace(/\r\n?/g, '\n');
  const firstBreak = normalized.indexOf('\n');
  if (firstBreak < 0) throw new Error(`${fileName}: no title line followed by a body`);
  const titleLine = normalized.slice(0, firstBreak).trim();
  if (!titleLine.endsWith(ARTICLE_SOURCE)) {
    throw new Error(`${fileName}: the title line should end with the source “${ARTICLE_SOURCE}”, found “${titleLine}”`);
  }
  const footerAt = normalized.indexOf(FOOTER_MARK);
  if (footerAt < 0) throw new Error(`${fileName}: footer line “${FOOTER_MARK}…” not found; cannot tell where the body ends`);
  const urlMatch = /https?:\/\/\S+/.exec(normalized.slice(footerAt));
  if (!urlMatch) throw new Error(`${fileName}: no address after “${FOOTER_MARK}”`);
  return {
    title: titleLine.slice(0, -ARTICLE_SOURCE.length),
    source: ARTICLE_SOURCE,
    body: normalized.slice(firstBreak + 1, footerAt).trim(),
    republishedUrl: urlMatch[0],
  };
}

/** Where one section of the article body runs: [start, end) offsets. */
export interface BodySection {
  readonly start: number;
  readonly end: number;
}

/**
 * The body's sections, one per deck, from the decks' headlines in order: the first deck's section
 * (the introduction, under the article's own title) runs from the start of the body to the second
 * deck's headline; each later deck's section runs from its headline, printed once in the body, to
 * the next. Throws naming `file` and the deck when a later headline is not in the body exactly once.
 */
export function bodySections(body: string, headlines: readonly { readonly id: string; readonly title: string }[], file = 'slides/decks.ts'): Map<string, BodySection> {
  const starts = headlines.map((deck, index) => {
    if (index === 0) return 0;
    const at = body.indexOf(deck.title);
    if (at < 0 || body.indexOf(deck.title, at + 1) >= 0) {
      throw new Error(`${file}: deck “${deck.id}”, field “title”: “${deck.title}” must be printed exactly once in the article body, where its section begins`);
    }
    return at;
  });
  starts.forEach((start, index) => {
    const previous = starts[index - 1];
    if (index > 1 && previous !== undefined && start <= previous) {
      throw new Error(`${file}: deck “${headlines[index]?.id ?? ''}”: its headline comes before the previous deck's in the article; list the decks in the article's order`);
    }
  });
  return new Map(headlines.map((deck, index) => [deck.id, { start: starts[index] ?? 0, end: starts[index + 1] ?? body.length }]));
}
