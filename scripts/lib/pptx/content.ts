import { parse, type HTMLElement, type Node } from 'node-html-parser';

/** A figure as a slide shows it: the value (“4.88万个”, “？年”) and, for a gap, its words. */
export interface FigureText {
  readonly value: string;
  /** “原文未给出”, “原文显示“0户”，数字疑缺损”; empty for a stated or derived figure. */
  readonly gap: string;
  readonly status: 'stated' | 'omitted' | 'damaged';
  /** A value supplied from another source, as its mark reads (“补充 1996年 中共上海市委党史研究室”); '' for none. */
  readonly supplement?: string;
}

export interface Tile {
  readonly figure: FigureText;
  readonly label: string;
}

/** What a slide's body is made of, read from the rendered slide's markup (site/render-deck.ts). */
export type Block =
  | { readonly kind: 'chart'; readonly chartId: string; readonly missing: string }
  | { readonly kind: 'row'; readonly weights: readonly number[]; readonly children: readonly Block[] }
  | { readonly kind: 'column'; readonly children: readonly Block[] }
  | { readonly kind: 'hero'; readonly figure: FigureText; readonly label: string; readonly note: string }
  | { readonly kind: 'big'; readonly heading: string; readonly figure: FigureText; readonly label: string }
  | { readonly kind: 'tiles'; readonly heading: string; readonly tiles: readonly Tile[] }
  | { readonly kind: 'quote'; readonly original: string; readonly text: string; readonly who: string }
  | { readonly kind: 'text'; readonly text: string; readonly role: 'body' | 'small' }
  | { readonly kind: 'gaps'; readonly items: readonly Tile[] }
  | { readonly kind: 'credit'; readonly lines: readonly string[] }
  /** A row of equal marks, one per unit of a count (site/visuals/unit-marks.ts): native shapes. */
  | { readonly kind: 'marks'; readonly count: number; readonly label: string }
  /** A lower bound as an open-ended bar (site/visuals/open-bound.ts): the figure above a bar that fades into an arrow. */
  | { readonly kind: 'open-bound'; readonly figure: FigureText }
  /** The overview's pairing map (site/visuals/pairing-map.ts): Shanghai side → Yunnan side, row by row. */
  | { readonly kind: 'pairings'; readonly heads: readonly [string, string]; readonly rows: readonly { readonly shanghai: string; readonly yunnan: string }[] };

export interface SlideModel {
  readonly id: string;
  readonly layout: string;
  readonly title: string;
  /** Title slides: the line above the title, the subtitle and the byline. */
  readonly kicker: string;
  readonly subtitle: string;
  readonly byline: string;
  readonly body: Block | null;
  /** The speaker notes as lines: what to say, then each figure's article sentence. */
  readonly notes: readonly string[];
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === 1;
}

function hasClass(element: HTMLElement, name: string): boolean {
  return element.classList.contains(name);
}

/** Text as a reader of the slide sees it: screen-only hints left out, whitespace collapsed. */
export function plainText(node: Node): string {
  const walk = (current: Node): string => {
    if (!isElement(current)) return current.text;
    if (hasClass(current, 'screen-only') || current.tagName === 'SCRIPT' || current.tagName === 'ASIDE') return '';
    return current.childNodes.map(walk).join('');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

/** A copy of an element without the gap words of its omitted figures (“？万元” stays, “（原文未给出）” goes). */
function withoutOmittedWords(element: HTMLElement): HTMLElement {
  const copy = parse(element.toString());
  for (const words of copy.querySelectorAll('.fig--omitted .fig-gap')) words.remove();
  return copy;
}

/** A supplied value's mark as text, its bracket separators (set off for plain-text readers) left out: “补充 1996年 中共上海市委党史研究室”. */
function supplementText(element: HTMLElement): string {
  return plainText(parse(element.toString().replace(/<span class="fig-sep">(?:<wbr>)?[^<]*<\/span>/g, ' ')));
}

function figureText(element: HTMLElement | null): FigureText {
  if (!element) return { value: '', gap: '', status: 'stated' };
  const value = element.querySelector('.fig-value');
  const gap = element.querySelector('.fig-gap');
  const gapWords = gap ? plainText(parse(gap.toString().replace(/<span class="fig-sep">[^<]*<\/span>/g, ''))) : '';
  const status = element.getAttribute('data-figure-status');
  const supplied = element.querySelector('.fig-supp');
  return {
    value: value ? plainText(value) : plainText(element),
    gap: gapWords,
    status: status === 'omitted' || status === 'damaged' ? status : 'stated',
    ...(supplied ? { supplement: supplementText(supplied) } : {}),
  };
}

function childElements(element: HTMLElement): HTMLElement[] {
  return element.childNodes.filter(isElement).filter((child) => !hasClass(child, 'screen-only'));
}

function blockOf(element: HTMLElement): Block | null {
  if (element.tagName === 'FIGURE' && element.getAttribute('data-chart')) {
    const missing = element.querySelector('.chart-missing');
    return { kind: 'chart', chartId: element.getAttribute('data-chart') ?? '', missing: missing ? plainText(missing) : '' };
  }
  if (element.hasAttribute('data-unit-marks')) {
    const row = element.querySelector('svg[data-mark-count]');
    return { kind: 'marks', count: Number(row?.getAttribute('data-mark-count') ?? '0'), label: row?.getAttribute('aria-label') ?? '' };
  }
  if (element.hasAttribute('data-open-bound')) return { kind: 'open-bound', figure: figureText(element.querySelector('[data-figure]')) };
  if (element.hasAttribute('data-pairing-map')) {
    const heads = element.querySelectorAll('.pairing-heads > span').map(plainText);
    return {
      kind: 'pairings',
      heads: [heads[0] ?? '', heads[1] ?? ''],
      rows: element.querySelectorAll('.pairing').map((row) => ({
        shanghai: plainText(row.querySelector('.pairing-sh') ?? parse('')),
        yunnan: plainText(row.querySelector('.pairing-yn') ?? parse('')).replace(/\s*›$/, ''),
      })),
    };
  }
  // The source line under a visual: every PowerPoint slide carries the credit in its footer.
  if (element.hasAttribute('data-source-line') || hasClass(element, 'chart-caption')) return null;
  if (hasClass(element, 'hero')) {
    return {
      kind: 'hero',
      figure: figureText(element.querySelector('[data-figure]')),
      label: plainText(element.querySelector('.hero-label') ?? parse('')),
      note: plainText(element.querySelector('.hero-note') ?? parse('')),
    };
  }
  if (hasClass(element, 'big')) {
    return {
      kind: 'big',
      heading: plainText(element.querySelector('h3') ?? parse('')),
      figure: figureText(element.querySelector('[data-figure]')),
      label: plainText(element.querySelector('.big-label') ?? parse('')),
    };
  }
  if (hasClass(element, 'tiles')) {
    return {
      kind: 'tiles',
      heading: plainText(element.querySelector('.tiles-heading') ?? parse('')),
      tiles: element.querySelectorAll('.tile').map((tile) => ({
        figure: figureText(tile.querySelector('[data-figure]')),
        label: plainText(tile.querySelector('.tile-label') ?? parse('')),
      })),
    };
  }
  if (element.tagName === 'BLOCKQUOTE') {
    const original = element.querySelector('.quote-original');
    const translation = element.querySelector('.translation');
    const who = element.querySelector('.who');
    const rest = parse(element.toString());
    for (const part of rest.querySelectorAll('.who, .quote-original')) part.remove();
    return {
      kind: 'quote',
      original: original ? plainText(original) : '',
      text: translation ? plainText(translation) : plainText(rest),
      who: who ? plainText(who) : '',
    };
  }
  if (element.hasAttribute('data-gap-list')) {
    return {
      kind: 'gaps',
      items: element.querySelectorAll('li').map((item) => {
        const figure = figureText(item.querySelector('[data-figure]'));
        // A supplied gap: “原文未给出 · 已补充” and the mark sit beside the figure (site/gap-table.ts).
        const supplied = item.querySelector('.gap-supplied');
        return {
          figure: supplied ? { ...figure, supplement: supplementText(supplied) } : figure,
          label: plainText(item.querySelector('.gap-label') ?? parse('')),
        };
      }),
    };
  }
  if (element.hasAttribute('data-source-credit')) {
    // The site's QR codes (or the note that none were made) belong to the web page, not to the file.
    const lines = childElements(element).filter((child) => !hasClass(child, 'source-qr') && !hasClass(child, 'qr-note'));
    return { kind: 'credit', lines: lines.map(plainText).filter((line) => line !== '') };
  }
  if (hasClass(element, 'cols') || hasClass(element, 'cols-3') || hasClass(element, 'cols-4')) {
    const children = childElements(element).map(blockOf).filter((block): block is Block => block !== null);
    const weights = hasClass(element, 'cols--wide-left') ? [3, 2] : hasClass(element, 'cols--wide-right') ? [2, 3] : children.map(() => 1);
    return { kind: 'row', weights, children };
  }
  if (hasClass(element, 'stack') || hasClass(element, 'gaps-body') || hasClass(element, 'unit-marks')) {
    return { kind: 'column', children: childElements(element).map(blockOf).filter((block): block is Block => block !== null) };
  }
  // A gap note says “原文未给出” once itself; its omitted figures' own words are hidden on the slide, and left out here too.
  // A line of parts (a figure, its 计算值 tag, its label): the parts kept apart.
  const parts = hasClass(element, 'unit-marks-each') || hasClass(element, 'unit-marks-key');
  const text = hasClass(element, 'gap-note')
    ? plainText(withoutOmittedWords(element))
    : parts ? childElements(element).map(plainText).filter((part) => part !== '').join('　') : plainText(element);
  if (text === '') return null;
  const small = hasClass(element, 'gaps-legend') || hasClass(element, 'note-line') || hasClass(element, 'layout-note') || hasClass(element, 'gap-note') || hasClass(element, 'unit-marks-key') || hasClass(element, 'pairing-caption');
  return { kind: 'text', text, role: small ? 'small' : 'body' };
}

/** Speaker notes as lines: the paragraph, then one line per figure with its article sentence. */
export function notesLines(aside: HTMLElement | null): string[] {
  if (!aside) return [];
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: Node): void => {
    if (!isElement(node)) {
      current += node.text;
      return;
    }
    // A hidden passage is not said (the source notes' article-only sentence, for ?supplements=off).
    if (node.hasAttribute('hidden')) return;
    const block = node.tagName === 'P' || node.tagName === 'LI' || node.tagName === 'UL';
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  aside.childNodes.forEach(walk);
  flush();
  return lines;
}

/** Every slide of a rendered deck page, in order. */
export function slideModels(html: string): SlideModel[] {
  const root = parse(html, { comment: false });
  return root.querySelectorAll('.slides > section').map((section) => {
    const heading = section.querySelector('h1, h2');
    const parts = childElements(section).filter((child) => child !== heading && child.tagName !== 'ASIDE');
    const pick = (name: string) => parts.find((part) => hasClass(part, name));
    const layout = section.getAttribute('data-layout') ?? '';
    const titleParts = new Set(['kicker', 'subtitle', 'byline']);
    const bodyParts = parts.filter((part) => ![...titleParts].some((name) => hasClass(part, name)));
    const blocks = bodyParts.map(blockOf).filter((block): block is Block => block !== null);
    const body: Block | null = blocks.length === 0 ? null : blocks.length === 1 ? (blocks[0] ?? null) : { kind: 'column', children: blocks };
    const textOf = (part: HTMLElement | undefined) => (part ? plainText(part) : '');
    return {
      id: section.getAttribute('id') ?? '',
      layout,
      title: heading ? plainText(heading) : '',
      kicker: textOf(pick('kicker')),
      subtitle: textOf(pick('subtitle')),
      byline: textOf(pick('byline')),
      body,
      notes: notesLines(section.querySelector('aside.notes')),
    };
  });
}
