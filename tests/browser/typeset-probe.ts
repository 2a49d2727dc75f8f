import type { Page } from 'playwright-core';
import { phraseBoundaries } from '../../charts/builders/phrases.ts';

/**
 * How the text of a page is set, as a reader sees it (issue 20). Runs over the visible text under a
 * root element (a slide, a reflowed section, a fixture) in two steps: the page lists its Chinese
 * text blocks, Node finds their phrases (charts/builders/phrases.ts: BudouX's Simplified Chinese
 * phrases, with numbers kept with their units and names whole; a figure element is a unit of its
 * own, checked whole by check 2), then the page measures the line
 * boxes of every phrase, figure, “？”+unit and English word, and checks boxes and words.
 */
export interface TypesetArgs {
  readonly root: string;
  /** Step 2: measure, with the phrase boundaries of each Chinese block in the order step 1 listed them. */
  readonly boundaries: readonly (readonly number[])[] | null;
}

/** In the page: the Chinese text blocks (step 1, boundaries empty) or the problems found (step 2). */
export function typesetInPage(args: TypesetArgs): { blocks: string[]; edges: number[][]; problems: string[] } {
  const root = document.querySelector(args.root);
  if (!root) return { blocks: [], edges: [], problems: [`no element ${args.root}`] };
  const HAN = /\p{Script=Han}/u;
  const hidden = (element: Element | null): boolean => {
    for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
      if (style.clipPath === 'inset(50%)' || node.matches('aside.notes, script, style, canvas, details:not([open]) > :not(summary), [hidden], .fig-sep')) return true;
    }
    return false;
  };
  const isInline = (element: Element): boolean => getComputedStyle(element).display === 'inline';
  /** The box a text's lines belong to: its nearest ancestor that is not inline. */
  const blockOf = (node: Node): Element => {
    let element = node.parentElement as Element;
    while (element !== root && isInline(element) && element.parentElement) element = element.parentElement;
    return element;
  };
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.trim() !== '' && !hidden(text.parentElement)) texts.push(text);
  }
  const groups = new Map<Element, Text[]>();
  for (const text of texts) {
    const block = blockOf(text);
    groups.set(block, [...(groups.get(block) ?? []), text]);
  }
  const chinese = [...groups].filter(([, nodes]) => nodes.some((node) => HAN.test(node.data)));
  const blocks = chinese.map(([, nodes]) => nodes.map((node) => node.data).join(''));
  // A figure is a unit of its own (never broken: check 2): a line may break at its edges, as at a phrase's.
  const figureEdges = chinese.map(([, nodes]) => {
    const edges: number[] = [];
    let offset = 0;
    const figureOf = (text: Text | undefined): Element | null => text?.parentElement?.closest('[data-figure]') ?? null;
    /** A figure set as a box of its own (an inline block) between two texts of the line. */
    const figureBetween = (before: Text, after: Text): boolean => {
      const range = document.createRange();
      range.setStartAfter(before);
      range.setEndBefore(after);
      return range.cloneContents().querySelector('[data-figure]') !== null;
    };
    nodes.forEach((node, index) => {
      const previous = nodes[index - 1];
      if (previous && (figureOf(node) !== figureOf(previous) || figureBetween(previous, node))) edges.push(offset);
      offset += node.data.length;
    });
    return edges;
  });
  const boundaries = args.boundaries;
  if (boundaries === null) return { blocks, edges: figureEdges, problems: [] };

  const problems: string[] = [];
  /** The number of lines a range's boxes sit on (boxes that overlap vertically share a line). */
  const lineCount = (range: Range): number => {
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0.5 && rect.height > 0.5);
    const lines: { top: number; bottom: number }[] = [];
    for (const rect of rects) {
      const middle = (rect.top + rect.bottom) / 2;
      const line = lines.find((seen) => middle > seen.top && middle < seen.bottom);
      if (!line) lines.push({ top: rect.top, bottom: rect.bottom });
    }
    return lines.length;
  };
  const rangeOf = (node: Text, start: number, end: number): Range => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range;
  };
  /** A span of a block's text as one range from the text node holding its start to the one holding its end. */
  const spanRange = (nodes: Text[], start: number, end: number): Range | null => {
    let offset = 0;
    const range = document.createRange();
    let started = false;
    for (const node of nodes) {
      const next = offset + node.data.length;
      if (!started && start < next) {
        range.setStart(node, start - offset);
        started = true;
      }
      if (started && end <= next) {
        range.setEnd(node, end - offset);
        return range;
      }
      offset = next;
    }
    return null;
  };

  // 1. A line break inside a Chinese phrase.
  chinese.forEach(([, nodes], index) => {
    const text = blocks[index] ?? '';
    const cuts = [0, ...(boundaries[index] ?? []), text.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i] ?? 0;
      const end = cuts[i + 1] ?? 0;
      // A phrase with spaces in it (English beside Chinese) may break at its spaces: each run between them is checked.
      for (const run of text.slice(start, end).matchAll(/\S+/g)) {
        const phrase = run[0];
        if ([...phrase].length < 2 || !HAN.test(phrase)) continue;
        const range = spanRange(nodes, start + run.index, start + run.index + phrase.length);
        if (range && lineCount(range) > 1) problems.push(`phrase broken across lines: “${phrase}” in “${text.trim().slice(0, 30)}”`);
      }
    }
  });

  // 2. A figure (its value and unit, “？”+unit) spread over two lines.
  for (const figure of root.querySelectorAll('[data-figure]')) {
    if (hidden(figure)) continue;
    // Its value: the number with its unit (or “？” with its unit); a figure named in words (a chart's missing line) may wrap.
    const value = figure.querySelector('.fig-value');
    if (!value) continue;
    const range = document.createRange();
    range.selectNodeContents(value);
    if (lineCount(range) > 1) problems.push(`figure over two lines: ${figure.getAttribute('data-figure')} “${(value.textContent ?? '').trim()}”`);
  }
  for (const node of texts) {
    for (const match of node.data.matchAll(/[？?]\s?(?:[\p{Script=Han}]+|[a-z]+)/gu)) {
      if (lineCount(rangeOf(node, match.index, match.index + match[0].length)) > 1) problems.push(`“？” and its unit on two lines: “${match[0]}”`);
    }
  }

  // 3. An English word split across lines.
  for (const node of texts) {
    for (const match of node.data.matchAll(/[A-Za-z0-9][A-Za-z0-9’',.]*[A-Za-z0-9]/g)) {
      if (lineCount(rangeOf(node, match.index, match.index + match[0].length)) > 1) problems.push(`word split across lines: “${match[0]}”`);
    }
  }

  // 4. Content larger than its own box; a framed box cut off by an ancestor that clips.
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (hidden(element) || element.closest('svg, canvas, .chart-canvas, .chart-table, select, textarea') || (element.textContent ?? '').trim() === '') continue;
    const style = getComputedStyle(element);
    if (style.display === 'inline' || style.display === 'contents') continue;
    // Glyphs may reach a little past a tight line height (a 76 px title at line height 1.12): not an overflow a reader sees.
    const slack = 2 + 0.3 * Number.parseFloat(style.fontSize);
    if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + slack) {
      problems.push(`content overflows its box: <${element.tagName.toLowerCase()} class="${element.className}"> “${(element.textContent ?? '').trim().slice(0, 24)}” (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`);
    }
    const framed = ['Top', 'Right', 'Bottom', 'Left'].filter((side) => Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none');
    if (framed.length >= 3) {
      const box = element.getBoundingClientRect();
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const clip = getComputedStyle(up);
        if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
        const outer = up.getBoundingClientRect();
        if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5 || box.top < outer.top - 0.5 || box.bottom > outer.bottom + 0.5) {
          problems.push(`framed box clipped: <${element.tagName.toLowerCase()} class="${element.className}"> “${(element.textContent ?? '').trim().slice(0, 24)}” by <${up.tagName.toLowerCase()} class="${up.className}">`);
          break;
        }
      }
    }
  }

  // 5. Production words on an audience surface.
  const visible = texts.map((node) => node.data).join(' ');
  const PRODUCTION = [/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/, /\bnpm /, /[\w-]+\.(?:json|ts)\b/, /讲者备注/, /speaker notes/i, /\bin the notes\b/i];
  for (const word of PRODUCTION) {
    const found = word.exec(visible);
    if (found) problems.push(`production text visible: “${found[0]}”`);
  }
  return { blocks, edges: figureEdges, problems };
}

/** Every typesetting problem under the root element, as a reader of the page sees it now. */
export async function typesetProblems(page: Page, root: string): Promise<string[]> {
  const { blocks, edges } = await page.evaluate(typesetInPage, { root, boundaries: null });
  const boundaries = blocks.map((text, index) => [...new Set([...phraseBoundaries(text), ...(edges[index] ?? [])])].sort((a, b) => a - b));
  const { problems } = await page.evaluate(typesetInPage, { root, boundaries });
  return problems;
}
