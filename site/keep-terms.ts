import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { escapeHtml } from '../common/escape-html.ts';
import { QUOTED_TERM } from '../charts/phrases.ts';


const SKIP = new Set(['script', 'style', 'canvas']);

/**
 * Wraps every short quoted term in the element's text in <span class="nobr">, so Chinese line
 * breaking never splits “上海兵” or “期货+保险” across lines; holds a separator dot to the word before it. Text only: attributes, scripts
 * (the charts' JSON) and figure values (already unbreakable) are left alone.
 */
export function keepQuotedTermsTogether(element: HTMLElement): void {
  for (const child of [...element.childNodes]) {
    if (child.nodeType === 3) wrapText(element, child);
    else if (child.nodeType === 1) {
      const tag = (child as HTMLElement).rawTagName?.toLowerCase() ?? '';
      if (!SKIP.has(tag) && !(child as HTMLElement).classList.contains('nobr') && !(child as HTMLElement).classList.contains('book-title')) keepQuotedTermsTogether(child as HTMLElement);
    }
  }
}

/**
 * A short book or article title in 《》 (the article's own, 《沪滇携手共谱扶贫协作新篇章》, in every source
 * line): whole on one line where it fits. Only titles short enough to fit a phone's line: a longer one
 * (puer's 《“天然橡胶期货价格指数扶贫保险”合作协议》, 22 characters) held as one block is pushed onto
 * a line of its own in a narrow lede, leaving the word before it alone at the end of the line above
 * (“签订” at 390 px); it breaks between its phrases like any text.
 */
const BOOK_TITLE = /《[^《》\n]{1,16}》/g;

/** A separator dot between words (“Honghe · Xuhui”) ends a line, never starts one: a no-break space before it. */
const SEPARATOR = / ([·・])(?= )/g;

/** The spans a text holds: short quoted terms never break (.nobr); a book title breaks only where it is wider than the line (.book-title, an inline block). */
function keptSpans(text: string): { index: number; text: string; className: string }[] {
  const spans = [...text.matchAll(BOOK_TITLE)].map((match) => ({ index: match.index, text: match[0], className: 'book-title' }));
  for (const match of text.matchAll(QUOTED_TERM)) {
    if (!spans.some((span) => match.index < span.index + span.text.length && span.index < match.index + match[0].length)) spans.push({ index: match.index, text: match[0], className: 'nobr' });
  }
  return spans.sort((a, b) => a.index - b.index);
}

function wrapText(parent: HTMLElement, node: Node): void {
  const text = node.text.replace(SEPARATOR, '\u00a0$1');
  const spans = keptSpans(text);
  if (spans.length === 0) {
    if (text !== node.text) parent.exchangeChild(node, parse(escapeHtml(text)));
    return;
  }
  let html = '';
  let last = 0;
  for (const span of spans) {
    html += escapeHtml(text.slice(last, span.index)) + `<span class="${span.className}">${escapeHtml(span.text)}</span>`;
    last = span.index + span.text.length;
  }
  html += escapeHtml(text.slice(last));
  parent.exchangeChild(node, parse(html));
}
