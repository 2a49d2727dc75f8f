import { parse, type HTMLElement } from 'node-html-parser';
import { embedUrl } from '../contracts/embed-url.ts';
import type { Lang } from '../contracts/lang.ts';
import { FONT_WEIGHTS } from './fonts.ts';
import { oembedPath } from './oembed.ts';
import { escapeHtml } from '../common/escape-html.ts';

/** What a slide's embed page links: the embed code (site/embed-code.ts), relative to the site root. */
export interface EmbedLinks {
  readonly entry: string;
  readonly css: readonly string[];
  /** The chart chunk and its imports, preloaded when the slide has a chart. */
  readonly charts: readonly string[];
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
const POPOVER_ATTRIBUTES = ['data-quote', 'data-quote-en', 'data-note'];
/** Elements whose text is only ever set in the regular weight (deck.css, read.css). */
const REGULAR_ONLY = '.chart-source, .chart-table td';
/** Characters a chart's axis may draw whatever its configuration says (runtime/shared/tick-labels.ts). */
const TICK_CHARACTERS = '0123456789,.-+% ';

/** Every string value (not key) of a JSON value: what a chart configuration can draw. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
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
  const page = parse(html, { comment: false });
  const body = page.querySelector('body');
  const configs = (body?.querySelectorAll('script[data-chart-config]') ?? []).flatMap((script) => stringsOf(JSON.parse(script.textContent) as unknown));
  // A Chinese chart draws no Latin letter: those of its configuration are colours, fonts and option names.
  const charts = lang === 'en' ? configs : configs.map((text) => text.replace(/[A-Za-z]/g, ''));
  for (const script of body?.querySelectorAll('script') ?? []) script.remove();
  const source = page.querySelector('.reveal')?.getAttribute('data-embed-source') ?? '';
  // Text set only in the regular weight: the source line and the data table's cells (its headings are bold).
  const plain = body?.querySelectorAll(REGULAR_ONLY) ?? [];
  const plainText = plain.map((element) => element.textContent).join('');
  for (const element of plain) element.remove();
  const popover = page.querySelectorAll(POPOVER_ATTRIBUTES.map((name) => `[${name}]`).join(', ')).flatMap((element) => POPOVER_ATTRIBUTES.map((name) => element.getAttribute(name) ?? ''));
  // What the code writes on an English page are phrases (the popover's “In the article”): its string literals with a space.
  const phrases = lang === 'en' ? [...codeText.matchAll(/(["'`])([A-Za-z][^"'`\\<>{}=;]* [^"'`\\<>{}=;]*)\1/g)].map((match) => match[2] ?? '') : [];
  const code = [...codeText].filter((char) => (char.codePointAt(0) ?? 0) > 0x7e).join('') + phrases.join('');
  const shown = [body?.textContent ?? '', ...charts, code, TICK_CHARACTERS].join('');
  const byWeight = new Map<number, string>();
  for (const { weight } of FONT_WEIGHTS) byWeight.set(weight, weight === 400 ? shown + plainText + source + popover.join('') : shown);
  return byWeight;
}
