import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { phraseBoundaries } from '../charts/builders/phrases.ts';
import { escapeHtml } from '../common/escape-html.ts';

/**
 * Inserts <wbr> between the Chinese phrases of every text a viewer sees (charts/builders/phrases.ts:
 * BudouX, refined so numbers keep their units and names stay whole); the stylesheet sets
 * `word-break: keep-all`, so a line breaks only there (or at a space). Build time only.
 *
 * Left untouched: attributes, scripts and styles (the charts' JSON), canvases, figure elements
 * ([data-figure]: a figure never breaks) and terms kept on one line (.nobr). Phrases are found in the
 * text of each block as a whole (a heading, a paragraph, a list item), so an inline element inside a
 * sentence does not cut BudouX's view of it. Idempotent: <wbr>s already there are taken out first.
 */
const SKIP = new Set(['script', 'style', 'canvas', 'svg', 'textarea', 'code', 'pre']);
const BLOCK = new Set([
  'html', 'body', 'main', 'header', 'footer', 'nav', 'section', 'article', 'aside', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption',
  'details', 'summary', 'button', 'label', 'a',
]);

function tagOf(node: Node): string {
  return node.nodeType === 1 ? ((node as HTMLElement).rawTagName ?? '').toLowerCase() : '';
}

function isProtected(element: HTMLElement): boolean {
  const tag = tagOf(element);
  return SKIP.has(tag) || element.hasAttribute('data-figure') || element.classList.contains('nobr');
}

interface Piece {
  readonly node: Node;
  /** Text nodes only: whether <wbr> may go inside it. */
  readonly open: boolean;
  readonly text: string;
}

/** The inline content of a block, in order: its text nodes, figures and kept terms (opaque). */
function collect(element: HTMLElement, into: Piece[], blocks: HTMLElement[]): void {
  for (const child of element.childNodes) {
    if (child.nodeType === 3) into.push({ node: child, open: true, text: child.text });
    else if (child.nodeType === 1) {
      const el = child as HTMLElement;
      if (isProtected(el)) {
        if (!SKIP.has(tagOf(el))) into.push({ node: el, open: false, text: el.textContent });
      } else if (BLOCK.has(tagOf(el))) blocks.push(el);
      else collect(el, into, blocks);
    }
  }
}

/** Removes <wbr>s outside protected elements and joins the text nodes they separated. */
function removeBreaks(element: HTMLElement): void {
  for (const child of [...element.childNodes]) {
    if (child.nodeType !== 1) continue;
    const el = child as HTMLElement;
    if (tagOf(el) === 'wbr') element.removeChild(el);
    else if (!isProtected(el)) removeBreaks(el);
  }
  const merged: Node[] = [];
  for (const child of element.childNodes) {
    const last = merged[merged.length - 1];
    if (child.nodeType === 3 && last?.nodeType === 3) {
      merged[merged.length - 1] = parse(escapeHtml(last.text + child.text)).childNodes[0] ?? last;
    } else merged.push(child);
  }
  if (merged.length !== element.childNodes.length) {
    element.childNodes.length = 0;
    for (const child of merged) element.appendChild(child);
  }
}

function breakBlock(block: HTMLElement): void {
  const pieces: Piece[] = [];
  const blocks: HTMLElement[] = [];
  collect(block, pieces, blocks);
  const text = pieces.map((piece) => piece.text).join('');
  const boundaries = phraseBoundaries(text);
  if (boundaries.length > 0) {
    let start = 0;
    for (const piece of pieces) {
      const end = start + piece.text.length;
      // A boundary where this text starts (after an inline element) is written at its start.
      const inside = boundaries.filter((at) => (at > start || (at === start && start > 0)) && at < end);
      if (piece.open && inside.length > 0) {
        let html = '';
        let last = 0;
        for (const at of inside) {
          html += `${escapeHtml(piece.text.slice(last, at - start))}<wbr>`;
          last = at - start;
        }
        html += escapeHtml(piece.text.slice(last));
        piece.node.parentNode?.exchangeChild(piece.node, parse(html));
      }
      start = end;
    }
  }
  for (const inner of blocks) breakBlock(inner);
}

/** Inserts <wbr> at the Chinese phrase boundaries of every text under the element (see above). */
export function insertPhraseBreaks(element: HTMLElement): void {
  removeBreaks(element);
  breakBlock(element);
}
