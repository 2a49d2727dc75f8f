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
