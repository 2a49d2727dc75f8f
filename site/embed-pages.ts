import { parse, HTMLElement, TextNode, type Node } from 'node-html-parser';
import { embedUrl } from '../contracts/embed-url.ts';
import type { Lang } from '../contracts/lang.ts';
import { FONT_WEIGHTS } from './fonts.ts';
import { oembedPath } from './oembed.ts';
import { escapeHtml } from '../common/escape-html.ts';
import { FONT_PROBE_TEXT } from '../common/font-probe.ts';
import { splitSelectorList } from './css-selectors.ts';

/** What a slide's embed page links: the embed code (site/embed-code.ts), relative to the site root. */
export interface EmbedLinks {
  readonly entry: string;
  readonly css: readonly string[];
  /** The chart chunk and its imports, preloaded when the slide has a chart. */
  readonly charts: readonly string[];
  /** The stylesheet with JavaScript off, linked inside <noscript> (fetched only then). */
  readonly noScript?: string;
}

/** One slide's static embed page, before its font is linked (withPageFont). */
export interface EmbedPage {
  /** embed/<deck>/<slide>.html (.en.html): decks.json's embedUrl. */
  readonly fileName: string;
  readonly slide: string;
  readonly html: string;
  /** The slide has a Chart.js chart: the page preloads the chart chunk. */
  readonly hasChart: boolean;
}

/** Where a deck page sits (slides/<deck>/index.html) and where its slides' embed pages sit (embed/<deck>/): same depth. */
const PAGE_BASE = 'https://site.invalid/';

/** A link of the deck page, made right for the embed page beside it (another deck, the data downloads). */
function rebase(href: string, deck: string, fileName: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(href)) return href;
  const target = new URL(href, `${PAGE_BASE}slides/${deck}/index.html`);
  if (target.origin !== new URL(PAGE_BASE).origin) return href;
  const depth = fileName.split('/').length - 1;
  return `${'../'.repeat(depth)}${target.pathname.slice(1)}${target.search}${target.hash}`;
}

function textOf(element: HTMLElement | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Every slide of a built deck page (Chinese or English) as a page of its own, linking the embed
 * code (site/embed-code.ts): that slide's markup (notes left out: an embed never shows them) with its chart
 * configuration, the deck's source line for the compact layout, its oEmbed link, and nothing of
 * the other slides. Links on the slide (another deck, the data files) are rebased to the page's place.
 */
export function embedPages(deckId: string, lang: Lang, deckHtml: string, links: EmbedLinks): EmbedPage[] {
  const deck = parse(deckHtml, { comment: false });
  const deckTitle = textOf(deck.querySelector('title'));
  const source = textOf(deck.querySelector('.chart-source'));
  const sections = deck.querySelectorAll('.reveal > .slides > section');
  if (sections.length === 0) throw new Error(`slides/${deckId} (${lang}): no slides to make embed pages of`);
  return sections.map((section) => {
    const slide = section.getAttribute('id') ?? '';
    if (!slide) throw new Error(`slides/${deckId} (${lang}): a slide has no id, so it has no embed page`);
    const fileName = embedUrl(deckId, slide, lang);
    for (const notes of section.querySelectorAll('aside.notes')) notes.remove();
    for (const anchor of section.querySelectorAll('a[href]')) anchor.setAttribute('href', rebase(anchor.getAttribute('href') ?? '', deckId, fileName));
    section.setAttribute('data-embed-target', '');
    const hasChart = section.querySelector('canvas[data-chart-id]') !== null;
    const up = '../'.repeat(fileName.split('/').length - 1);
    const title = textOf(section.querySelector('h1, h2'));
    const head = [
      '<meta charset="utf-8">',
      '<link rel="icon" href="data:,">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(title ? `${title} · ${deckTitle}` : deckTitle)}</title>`,
      `<script type="module" crossorigin src="${up}${links.entry}"></script>`,
      ...(hasChart ? links.charts.map((chunk) => `<link rel="modulepreload" crossorigin href="${up}${chunk}">`) : []),
      ...links.css.map((css) => `<link rel="stylesheet" crossorigin href="${up}${css}">`),
      ...(links.noScript ? [`<noscript><link rel="stylesheet" href="${up}${links.noScript}"></noscript>`] : []),
      `<link rel="alternate" type="application/json+oembed" href="${up}${oembedPath(deckId, slide, lang)}" title="oEmbed: ${escapeHtml(`${deckId}/${slide}`)}">`,
    ];
    const html = [
      '<!doctype html>',
      `<html lang="${lang}" data-embed data-embed-page data-deck="${escapeHtml(deckId)}" data-embed-slide="${escapeHtml(slide)}">`,
      `<head>${head.join('')}</head>`,
      // The slide is the page: its content the main landmark.
      `<body><div class="reveal" role="main"${source ? ` data-embed-source="${escapeHtml(source)}"` : ''}><div class="slides">${section.toString()}</div></div></body>`,
      '</html>',
      '',
    ].join('\n');
    return { fileName, slide, html, hasChart };
  });
}

/** The parts of a built chunk the embed pages need (Rollup's OutputChunk). */
export interface BuiltChunk {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly code: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly moduleIds: readonly string[];
}

type Bundle = Readonly<Record<string, { readonly type: string } | BuiltChunk>>;

function isChunk(entry: { readonly type: string } | BuiltChunk | undefined): entry is BuiltChunk {
  return entry?.type === 'chunk';
}

/** A chunk and every chunk it imports (statically; with `dynamic`, also what it may load later), each once. */
export function chunkClosure(bundle: Bundle, start: BuiltChunk, dynamic: boolean): BuiltChunk[] {
  const seen = new Map<string, BuiltChunk>();
  const visit = (chunk: BuiltChunk): void => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of [...chunk.imports, ...(dynamic ? chunk.dynamicImports : [])]) {
      const next = bundle[name];
      if (isChunk(next)) visit(next);
    }
  };
  visit(start);
  return [...seen.values()];
}

/** The text a chunk's code can show (its string literals, \u escapes read as the characters they stand for). */
export function codeText(chunks: readonly BuiltChunk[]): string {
  return chunks.map((chunk) => chunk.code.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/gi, (_match, long?: string, short?: string) => String.fromCodePoint(Number.parseInt(long ?? short ?? '20', 16)))).join('');
}


/** Attributes whose text the popover shows (runtime/deck/provenance-popover.ts), in the regular weight only. */
const POPOVER_ATTRIBUTES = ['data-quote', 'data-quote-en', 'data-note', 'data-supplement-source'];
/** Elements whose text is set in the regular weight only (deck.css, read.css): the source line, shown at once. */
const SOURCE_LINE = '.chart-source';
/** The data table's cells: regular weight only, and shown only when the reader opens the table. */
const TABLE_CELLS = '.chart-table td';
/** Characters a chart's axis may draw whatever its configuration says (runtime/shared/tick-labels.ts). */
const TICK_CHARACTERS = '0123456789,.-+% ';

/** Every string value (not key) of a JSON value: what a chart configuration can draw. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Elements a browser sets bold by itself (its own stylesheet). */
const BOLD_BY_DEFAULT = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'b', 'strong'];
const BOLD_DECLARATION = /(?:^|;)\s*font(?:-weight)?\s*:[^;]*(?:\b(?:bold|bolder)\b|\b[6-9]00\b)/i;
/** A declaration that sets the weight back to regular: font-weight 100–500, normal or lighter, or a font shorthand without a bold weight (and not `inherit`). */
const NORMAL_DECLARATION = /(?:^|;)\s*(?:font-weight\s*:\s*(?:normal|lighter|[1-5]00)\b|font\s*:(?!\s*inherit)(?![^;]*\b(?:bold|bolder|[6-9]00)\b))/i;

/** A selector of a rule that sets a weight; `certain` when it was taken as written (no state, no media, no pseudo-element dropped). */
export interface WeightSelector {
  readonly selector: string;
  readonly certain: boolean;
}

/** Which elements the stylesheets may set bold, and which may set back to regular (weightRules). */
export interface WeightRules {
  readonly bold: readonly WeightSelector[];
  readonly normal: readonly string[];
  /** Text a rule writes before or after an element (`content: '…'`), with the element's selector, widened: shown at once where it matches. */
  readonly generated: readonly { readonly selector: string; readonly text: string }[];
}

/**
 * The selectors of every rule of `css` that sets text bold (font-weight 600–900, bold, bolder, or a
 * font shorthand with one) or back to regular, made wider, never narrower: pseudo-classes and
 * pseudo-elements are dropped and the root's run-time state too (a :hover rule counts as always
 * on; generated content is in the code's text anyway), so an element any of them can reach
 * matches. A bold selector is `certain` only as written, outside any @media: then what it matches
 * is bold whatever the frame and state, unless a regular rule can also reach it.
 */
export function weightRules(css: string): WeightRules {
  const bold: WeightSelector[] = BOLD_BY_DEFAULT.map((selector) => ({ selector, certain: true }));
  const normal = new Set<string>();
  const generated: { selector: string; text: string }[] = [];
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Brace depth at each rule: a rule inside @media or @supports holds only sometimes.
  let depth = 0;
  let scanned = 0;
  for (const match of plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (; scanned < match.index; scanned += 1) {
      if (plain[scanned] === '{') depth += 1;
      else if (plain[scanned] === '}') depth -= 1;
    }
    const [, selectorList = '', declarations = ''] = match;
    if (selectorList.trim().startsWith('@')) continue;
    const isBold = BOLD_DECLARATION.test(declarations);
    const isNormal = NORMAL_DECLARATION.test(declarations);
    const content = [...declarations.matchAll(/(?:^|;)\s*content\s*:\s*(["'])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((found) => found[2] ?? '').join('');
    if (!isBold && !isNormal && content === '') continue;
    for (const selector of splitSelectorList(selectorList)) {
      // The page's root gets its state at run time (data-embed-compact, data-theme): any root will do.
      const wide = selector
        .replace(/::?[a-z-]+(\((?:[^()]|\([^()]*\))*\))?/gi, '')
        .replace(/^\s*html(?:\[[^\]]*\]|[.#][\w-]+)*/i, '')
        .replace(/^\s*>/, '')
        .trim();
      const widened = wide === '' || /[>+~]$/.test(wide) ? '*' : wide;
      if (isBold) bold.push({ selector: widened, certain: depth === 0 && widened === selector.trim() });
      if (isNormal) normal.add(widened);
      if (content !== '') generated.push({ selector: widened, text: content });
    }
  }
  return { bold, normal: [...normal], generated };
}

/** What a slide's embed page shows, by when and in which weight. */
interface GlyphParts {
  /** The slide's text and what its charts draw, at once (both weights unless `bold` narrows it). */
  readonly shown: string;
  /** What of it can be set bold (`rules` given): text of elements a bold rule may reach, charts. */
  readonly bold: string;
  /** What of it can be set regular (`rules` given): all but the text of elements certainly bold, charts. */
  readonly regularShown: string;
  /** Shown at once in the regular weight only: the source lines. */
  readonly regular: string;
  /** Shown only on request, regular weight: the popover's sentences, the data table's cells. */
  readonly onRequest: string;
  /** What the code and stylesheets can write (the popover's heading, the downloads, CSS quotes), either weight. */
  readonly code: string;
}

/**
 * Splits the slide's text by the weights it can be set in (weightRules): `bold`, the text of every
 * element a bold rule may reach; `regular`, every text node unless the nearest element above it
 * that a weight rule reaches is certainly bold (a certain bold rule, no regular one).
 */
function textByWeight(page: HTMLElement, rules: WeightRules): { bold: string; regular: string } {
  const matching = (selectors: readonly string[]): Set<HTMLElement> => new Set(selectors.flatMap((selector) => page.querySelectorAll(selector)));
  const boldElements = matching(rules.bold.map((rule) => rule.selector));
  const normalElements = matching(rules.normal);
  const certainlyBold = matching(rules.bold.filter((rule) => rule.certain).map((rule) => rule.selector));
  const body = page.querySelector('body');
  const bold = [...boldElements].filter((element) => element.closest('body')).map((element) => element.textContent).join('');
  let regular = '';
  const walk = (node: Node, regularHere: boolean): void => {
    for (const child of node.childNodes) {
      if (child instanceof TextNode) {
        if (regularHere) regular += child.text;
      } else if (child instanceof HTMLElement) {
        const here = normalElements.has(child) ? true : certainlyBold.has(child) ? false : regularHere;
        walk(child, here);
      }
    }
  };
  if (body) walk(body, true);
  return { bold, regular };
}

function glyphParts(html: string, lang: Lang, codeText: string, rules?: WeightRules): GlyphParts {
  const page = parse(html, { comment: false });
  const body = page.querySelector('body');
  const configs = (body?.querySelectorAll('script[data-chart-config]') ?? []).flatMap((script) => stringsOf(JSON.parse(script.textContent) as unknown));
  // A Chinese chart draws no Latin letter: those of its configuration are colours, fonts and option names.
  const charts = lang === 'en' ? configs : configs.map((text) => text.replace(/[A-Za-z]/g, ''));
  for (const script of body?.querySelectorAll('script') ?? []) script.remove();
  const source = page.querySelector('.reveal')?.getAttribute('data-embed-source') ?? '';
  const takeText = (selector: string): string => {
    const elements = body?.querySelectorAll(selector) ?? [];
    const text = elements.map((element) => element.textContent).join('');
    for (const element of elements) element.remove();
    return text;
  };
  // Text set only in the regular weight: the source line and the data table's cells (its headings are bold).
  const sourceLines = takeText(SOURCE_LINE);
  const cells = takeText(TABLE_CELLS);
  // The data table's cells are out (shown on request); a selector the parser cannot read makes every text either weight.
  let weights: { bold: string; regular: string } | null = null;
  if (rules) {
    try {
      weights = textByWeight(page, rules);
    } catch {
      weights = null;
    }
  }
  const popover = page.querySelectorAll(POPOVER_ATTRIBUTES.map((name) => `[${name}]`).join(', ')).flatMap((element) => POPOVER_ATTRIBUTES.map((name) => element.getAttribute(name) ?? ''));
  // What the code writes on an English page are phrases (the popover's “In the article”): its string literals with a space.
  const phrases = lang === 'en' ? [...codeText.matchAll(/(["'`])([A-Za-z][^"'`\\<>{}=;]* [^"'`\\<>{}=;]*)\1/g)].map((match) => match[2] ?? '') : [];
  const code = [...codeText].filter((char) => (char.codePointAt(0) ?? 0) > 0x7e).join('') + phrases.join('');
  // An axis only where there is a chart.
  const ticks = configs.length > 0 ? TICK_CHARACTERS : '';
  // What the stylesheets write around an element of this slide (a link's “ →”), either weight.
  let written = '';
  try {
    written = (rules?.generated ?? []).filter(({ selector }) => page.querySelector(selector) !== null).map(({ text }) => text).join('');
  } catch {
    written = (rules?.generated ?? []).map(({ text }) => text).join('');
  }
  const shown = [body?.textContent ?? '', ...charts, ticks, written].join('');
  return {
    shown,
    bold: weights === null ? shown : [weights.bold, ...charts, ticks, written].join(''),
    regularShown: weights === null ? shown : [weights.regular, ...charts, ticks, written].join(''),
    regular: sourceLines + source,
    onRequest: cells + popover.join(''),
    code,
  };
}

/**
 * The characters a slide's embed page can show, per weight: the slide's text, what its charts draw
 * (their configurations' strings; in Chinese, their letters are colours and names, never drawn),
 * the compact layout's source line, and what the code and
 * stylesheets add beyond ASCII (`codeText`); the regular weight also the article sentences the
 * popover shows, the source line and the data table's cells. Attributes no one sees (classes, aria-label, which is read, not drawn) are left
 * out. An English page also takes the phrases its code writes (string literals with a space).
 */
export function embedPageGlyphs(html: string, lang: Lang, codeText: string): Map<number, string> {
  const { shown, regular, onRequest, code } = glyphParts(html, lang, codeText);
  const byWeight = new Map<number, string>();
  for (const { weight } of FONT_WEIGHTS) byWeight.set(weight, weight === 400 ? shown + code + regular + onRequest : shown + code);
  return byWeight;
}

/** A slide's embed page's characters split by when they are needed (site/page-fonts.ts declares the late ones as a face of their own). */
export interface EmbedGlyphSplit {
  /** Per weight: what the slide shows at once (preloaded). */
  readonly eager: Map<number, string>;
  /** Per weight: the characters only text shown on request or written by the code adds, each once; empty when none. */
  readonly late: Map<number, string>;
}

/**
 * embedPageGlyphs split by when the characters are needed, and the bold weight narrowed to the
 * text a bold rule of the embed's stylesheets (`styles`, weightRules) may reach. At once: the
 * slide's text, its charts and source line (and FONT_PROBE_TEXT, which the page loads the font
 * with). Late, per weight: what only the popover's article sentences, an opened data table or the
 * code's own words (the popover's heading, the download buttons, CSS quotes) add. The late ones go
 * in a face of their own with a unicode-range of exactly them, fetched only when such text is
 * drawn: a quote or gaps slide with long sentences behind its figures loads only what it shows.
 */
export function embedPageGlyphSplit(html: string, lang: Lang, codeText: string, styles: string): EmbedGlyphSplit {
  const { bold, regularShown, regular, onRequest, code } = glyphParts(html, lang, codeText, weightRules(styles));
  const eager = new Map<number, string>();
  const late = new Map<number, string>();
  for (const { weight } of FONT_WEIGHTS) {
    const now = (weight === 400 ? regularShown + regular : bold) + FONT_PROBE_TEXT;
    eager.set(weight, now);
    const have = new Set(now);
    const later = weight === 400 ? code + onRequest : code;
    late.set(weight, [...new Set([...later].filter((char) => !have.has(char) && !/[\s\u200b\u2060\ufeff]/u.test(char)))].sort().join(''));
  }
  return { eager, late };
}
