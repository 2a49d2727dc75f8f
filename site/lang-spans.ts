import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { escapeHtml } from '../common/escape-html.ts';

/**
 * Chinese words inside English text (a quoted “年，家住勐海县……”, a name) marked lang="zh-CN", so they
 * are set as Chinese: full-width punctuation kept inside them (English text is set with proportional
 * punctuation, assets/theme/tokens.css), Chinese line breaking, a Chinese font choice. For the
 * English edition only; text already inside a Chinese element, figures, scripts and attributes are
 * left alone. Idempotent: a marked run is inside a Chinese element the next time.
 */
const RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef…·・]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff00-\uffef…·・]*/gu;
const SKIP = new Set(['script', 'style', 'canvas', 'svg', 'textarea', 'title', 'option']);

export function markChineseRuns(element: HTMLElement): void {
  for (const child of [...element.childNodes]) {
    if (child.nodeType === 3) markText(child);
    else if (child.nodeType === 1) {
      const el = child as HTMLElement;
      const tag = (el.rawTagName ?? '').toLowerCase();
      if (SKIP.has(tag) || el.hasAttribute('data-figure') || (el.getAttribute('lang') ?? '').startsWith('zh')) continue;
      markChineseRuns(el);
    }
  }
}

function markText(node: Node): void {
  const text = node.text;
  if (!/\p{Script=Han}/u.test(text)) return;
  let html = '';
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    html += `${escapeHtml(text.slice(last, match.index))}<span lang="zh-CN">${escapeHtml(match[0])}</span>`;
    last = match.index + match[0].length;
  }
  html += escapeHtml(text.slice(last));
  node.parentNode?.exchangeChild(node, parse(html));
}
