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
      if (!SKIP.has(tag) && !(child as HTMLElement).classList.contains('nobr')) keepQuotedTermsTogether(child as HTMLElement);
    }
  }
}

/** A separator dot between words (“Honghe · Xuhui”) ends a line, never starts one: a no-break space before it. */
const SEPARATOR = / ([·・])(?= )/g;

function wrapText(parent: HTMLElement, node: Node): void {
  const text = node.text.replace(SEPARATOR, '\u00a0$1');
  QUOTED_TERM.lastIndex = 0;
  if (!QUOTED_TERM.test(text)) {
    if (text !== node.text) parent.exchangeChild(node, parse(escapeHtml(text)));
    return;
  }
  QUOTED_TERM.lastIndex = 0;
  let html = '';
  let last = 0;
  for (const match of text.matchAll(QUOTED_TERM)) {
    html += escapeHtml(text.slice(last, match.index)) + `<span class="nobr">${escapeHtml(match[0])}</span>`;
    last = match.index + match[0].length;
  }
  html += escapeHtml(text.slice(last));
  parent.exchangeChild(node, parse(html));
}
