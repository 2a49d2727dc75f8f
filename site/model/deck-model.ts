import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { Figure } from '../../ledger/types.ts';
import { figureById } from '../../ledger/lookup.ts';
import { figureLabel, formatValue, renderFigureTokens, gapBrackets, isPlaceholder, placeholderText, printedText, type Lang } from '../../ledger/format.ts';
import { chartById, type ChartSpec } from '../../charts/catalog/index.ts';
import { PAIRINGS } from '../../ledger/pairings.ts';
import { DECK_IDS, type DeckId } from '../../ledger/types.ts';
import type { Article } from '../../ledger/article.ts';
import { deckUrl, englishDeckUrl, type DeckMeta } from '../../slides/decks.ts';
import { deckTitlesIn } from '../deck-title.ts';
import { QR_LABELS } from '../../common/qr-labels.ts';
import { insertClosingSlides } from '../closing-slides.ts';
import { missingLead } from '../chart-table.ts';
import { NO_SUPPLEMENTS, type SupplementSet } from '../../ledger/supplements.ts';
import { supplementLine, supplementSource } from '../../ledger/supplement-text.ts';
import { stampDeckTitles } from '../deck-title.ts';
import { deckGaps, deckHasDamaged, gapGroups } from './deck-gaps.ts';
import { noteSources, noteSourcesHeading } from '../note-sources.ts';
import { qrTargets } from '../qr-fit.ts';
import { unitMarksLabel } from '../visuals/unit-marks.ts';
import { checkSlideReferences, DeckError } from '../slide-references.ts';
import { serializeChartConfig } from '../../charts/config-json.ts';
import { stepMasks, type StepMask } from '../../charts/steps.ts';
import { FONT_FAMILY } from '../../charts/palette.ts';
import { fontStackFor } from '../../common/latin-punctuation.ts';
import { chartTable } from './chart-table.ts';
import { figureFacts } from './figure-facts.ts';
import { pageTitles } from './deck-titles.ts';
import { requireLowerBound, unitMarkCount } from './visual-checks.ts';
import type { Block, ChartModel, ChartScreen, DeckModel, FigureFacts, FigureRef, Rich, SlideModel, Tile } from './types.ts';

/**
 * Builds a deck's model from its slide source (slides/<deck>/index.html or slides/<deck>/en.html,
 * written the same way), its closing slides (slides/closing.ts), its titles (slides/decks.ts), the
 * ledger and the chart catalog. It reads the page as written, before any rendering: every figure,
 * chart, mark count and pairing comes from the ledger and the catalog by id, each id checked first
 * (site/slide-references.ts). The HTML page (site/render-deck.ts) is rendered from this model.
 */

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === 1;
}

const hasClass = (element: HTMLElement, name: string): boolean => element.classList.contains(name);

/** A figure as a slide shows it: its value, and for a gap the words a slide writes after it. */
export function figureRef(figure: Figure, lang: Lang): FigureRef {
  const gap = !isPlaceholder(figure) ? '' : figure.status === 'damaged' && figure.value !== null ? printedText(figure, lang) : placeholderText(figure, lang);
  return { id: figure.id, status: figure.status, value: formatValue(figure, lang), gap, printed: figure.status === 'damaged' ? printedText(figure, lang) : '' };
}

/** A figure in running text: the value, then a gap's words in brackets (“？年（原文未给出）”). */
function inlineFigure(ref: FigureRef, lang: Lang, gapWords = true): string {
  if (ref.gap === '' || !gapWords) return ref.value;
  const [open, close] = gapBrackets(lang);
  return `${ref.value}${open}${ref.gap}${close}`;
}

class Reader {
  constructor(readonly lang: Lang) {}

  ref(element: HTMLElement | null | undefined): FigureRef {
    return figureRef(figureById(element?.getAttribute('data-figure') ?? ''), this.lang);
  }

  /** Text as a reader of the slide sees it (screen-only hints and notes left out), figures written in. */
  rich(node: Node | null | undefined, options: { omittedWords?: boolean } = {}): Rich {
    const figures: string[] = [];
    const walk = (current: Node): string => {
      if (!isElement(current)) return current.text;
      if (hasClass(current, 'screen-only') || current.tagName === 'ASIDE' || current.tagName === 'SCRIPT') return '';
      const id = current.getAttribute('data-figure');
      if (id) {
        figures.push(id);
        const ref = this.ref(current);
        // A gap note says “原文未给出” once itself: its omitted figures show only their “？” value.
        return inlineFigure(ref, this.lang, options.omittedWords !== false || ref.status !== 'omitted');
      }
      return current.childNodes.map(walk).join('');
    };
    const text = node ? walk(node).replace(/\s+/g, ' ').trim() : '';
    return { text, figures };
  }

  text(node: Node | null | undefined): string {
    return this.rich(node).text;
  }
}

function children(element: HTMLElement): HTMLElement[] {
  return element.childNodes.filter(isElement).filter((child) => !hasClass(child, 'screen-only') && child.tagName !== 'ASIDE');
}

/** Where a chart is placed, for errors: the slide source and the slide. */
interface Place {
  readonly file: string;
  readonly slide: string;
}

/**
 * A chart as the screen draws it: the Chart.js configuration (supplied values in, and the article
 * alone when they change it), its step masks, height, printed chips and data table.
 */
function chartScreen(spec: ChartSpec, lang: Lang, supplements: SupplementSet, place: Place | undefined): ChartScreen {
  let config: string;
  let articleConfig = '';
  let steps: StepMask[] | null = null;
  try {
    const built = spec.build({ font: fontStackFor(lang, FONT_FAMILY), lang, supplements });
    config = serializeChartConfig(built, spec.id);
    const article = serializeChartConfig(spec.build({ font: fontStackFor(lang, FONT_FAMILY), lang }), spec.id);
    if (article !== config) articleConfig = article;
    if (spec.steps) steps = stepMasks(built, spec.steps);
  } catch (error) {
    if (!place) throw error;
    throw new DeckError(place.file, place.slide, `chart “${spec.id}”`, (error as Error).message);
  }
  // Printed, the known values also stand as words under the chart (chips); on screen the bars carry them.
  const figures = spec.figures.map(figureById);
  const chips = figures.length > 0
    ? figures.filter((figure) => !isPlaceholder(figure) || figure.value !== null || supplements.has(figure.id)).map((figure) => ({ figure: figure.id }))
    : (spec.dataLines?.(lang) ?? []).map((line) => ({ line }));
  return { config, articleConfig, steps, height: spec.height, figures: spec.figures, chips, table: chartTable(spec, lang) };
}

/**
 * A catalog chart in an edition: its words and its data from the ledger (a supplied gap as a supplied
 * point, as the page's chart draws it), the screen's chart, and the line saying what it cannot show.
 */
export function chartModelOf(spec: ChartSpec, lang: Lang, supplements: SupplementSet = NO_SUPPLEMENTS, place?: Place): { chart: ChartModel; missing: Rich } {
  const text = spec.text(lang);
  const gaps = spec.figures.map(figureById).filter((figure) => isPlaceholder(figure) && figure.value === null);
  const [open, close] = gapBrackets(lang);
  const items = gaps.map((figure) => `${figureLabel(figure, lang)}${open}${figure.status === 'omitted' ? (lang === 'en' ? 'not given' : '未给出') : placeholderText(figure, lang)}${close}`);
  const data = spec.data(lang, supplements);
  // A supplied gap the chart draws (a bar of its own): the line no longer says the chart leaves it out.
  const words = missingLead(lang);
  const lead = data.series.some((series) => series.points.some((point) => point.supplied)) ? words.supplied : words.article;
  const missing = { text: items.length === 0 ? '' : `${lead}${items.join(lang === 'en' ? ', ' : '、')}`, figures: gaps.map((figure) => figure.id) };
  return {
    chart: { id: spec.id, title: text.title, unitLine: spec.unitLineShown ? text.unitLine : '', unit: text.unitLine.replace(/^(单位：|Unit: )/, ''), description: spec.describe(lang), data, screen: chartScreen(spec, lang, supplements, place) },
    missing,
  };
}

function sourceBlock(deck: DeckId, article: Article, reader: Reader, qrBase: URL | undefined): Block {
  const lang = reader.lang;
  const lines = lang === 'en'
    ? [`Source: ${article.source} (Yunnan Net).`, `Republished copy: ${article.republishedUrl}`, 'Every figure, including those not given or damaged, is in the data download (JSON, CSV).']
    : [`来源：${article.source}`, `转载稿地址：${article.republishedUrl}`, '全部数字（含未给出和缺损的）可在数据下载中找到（JSON、CSV）。'];
  const title = lang === 'en' ? `《${article.title}》 (“Shanghai and Yunnan join hands in a new chapter of poverty-alleviation cooperation”)` : `《${article.title}》`;
  const targets = qrBase ? qrTargets(deck, lang, qrBase) : undefined;
  const labels = QR_LABELS[lang];
  const qr = targets
    ? [{ kind: 'deck' as const, url: targets.deck, caption: labels.deck, aria: `${labels.aria}${targets.deck}` }, { kind: 'data' as const, url: targets.data, caption: labels.data, aria: `${labels.aria}${targets.data}` }]
    : [];
  const downloads = [{ label: 'JSON', file: 'figures.json' }, { label: 'CSV', file: 'figures.csv' }];
  return { kind: 'source', title, lines, qr, article: { title: article.title, source: article.source, url: article.republishedUrl }, downloads };
}

/** A deck's published address in an edition, when the site's address is known (a link in a file must be absolute). */
function deckAddress(deck: DeckId, lang: Lang, base: URL | undefined, hash = ''): { url?: string } {
  return base ? { url: `${new URL(lang === 'en' ? englishDeckUrl(deck) : deckUrl(deck), base).href}${hash}` } : {};
}

interface Context extends Place {
  readonly deck: DeckId;
  readonly article: Article;
  readonly qrBase: URL | undefined;
  readonly reader: Reader;
  readonly supplements: SupplementSet;
}

function blockOf(element: HTMLElement, context: Context): Block | null {
  const { reader } = context;
  const lang = reader.lang;
  const where = `${context.file}: slide “${context.slide}”`;
  if (element.tagName === 'FIGURE' && element.getAttribute('data-chart')) return { kind: 'chart', ...chartModelOf(chartById(element.getAttribute('data-chart') ?? ''), lang, context.supplements, context) };
  const marksHolder = element.hasAttribute('data-unit-marks') ? element : null;
  if (marksHolder) {
    const figure = figureById(marksHolder.getAttribute('data-unit-marks') ?? '');
    const words = marksHolder.getAttribute('data-unit-words') ?? '';
    if (words === '') throw new DeckError(context.file, context.slide, `data-unit-marks “${figure.id}”`, 'needs data-unit-words (what one mark stands for)');
    // One mark per unit: the ledger must allow it (a small stated whole number).
    const count = unitMarkCount(figure, where);
    return { kind: 'unit-marks', figure: figure.id, count, words, label: unitMarksLabel(formatValue(figure, lang), count, lang, words) };
  }
  if (element.hasAttribute('data-open-bound')) {
    const figure = figureById(element.getAttribute('data-open-bound') ?? '');
    requireLowerBound(figure, where);
    return { kind: 'open-bound', figure: figureRef(figure, lang) };
  }
  if (element.hasAttribute('data-pairing-map')) {
    return {
      kind: 'pairing-map',
      heads: lang === 'en' ? ['Shanghai', 'Yunnan'] : ['上海', '云南'],
      rows: PAIRINGS.map((pairing) => ({
        shanghai: pairing.names[lang].shanghai,
        named: pairing.districtsNamed,
        yunnan: pairing.names[lang].yunnan,
        deck: pairing.deck,
        ...deckAddress(pairing.deck, lang, context.qrBase),
        quote: pairing.quote,
        ...(lang === 'en' ? { quoteEn: pairing.quoteEn } : {}),
      })),
    };
  }
  // The source line under a visual: every PowerPoint slide carries the credit in its footer.
  if (element.hasAttribute('data-source-line')) return null;
  if (element.hasAttribute('data-gap-list')) {
    if (deckGaps(context.deck).length === 0) throw new DeckError(context.file, context.slide, 'data-gap-list', `deck “${context.deck}” has no omitted or damaged figures`);
    return {
      kind: 'gaps',
      groups: gapGroups(deckGaps(context.deck), lang).map((group) => ({ kind: group.kind, title: group.title, items: group.rows.map((figure) => ({ figure: figureRef(figure, lang), label: figureLabel(figure, lang) })) })),
    };
  }
  if (hasClass(element, 'gap-regions')) {
    return {
      kind: 'deck-links',
      heading: reader.text(element.querySelector('h3')),
      links: element.querySelectorAll('a').map((link) => {
        const deck = DECK_IDS.find((id) => (link.getAttribute('href') ?? '').startsWith(`../${id}/`)) ?? context.deck;
        return { text: reader.text(link), deck, ...deckAddress(deck, lang, context.qrBase, '#/gaps') };
      }),
    };
  }
  if (element.hasAttribute('data-source-credit')) return sourceBlock(context.deck, context.article, reader, context.qrBase);
  if (hasClass(element, 'hero')) {
    return { kind: 'hero', figure: reader.ref(element.querySelector('[data-figure]')), label: reader.text(element.querySelector('.hero-label')), note: reader.text(element.querySelector('.hero-note')) };
  }
  if (hasClass(element, 'big')) {
    return { kind: 'big', heading: reader.text(element.querySelector('h3')), figure: reader.ref(element.querySelector('[data-figure]')), label: reader.text(element.querySelector('.big-label')), key: hasClass(element, 'key') };
  }
  if (hasClass(element, 'tiles')) {
    const tiles: Tile[] = element.querySelectorAll('.tile').map((tile) => ({ figure: reader.ref(tile.querySelector('[data-figure]')), label: reader.text(tile.querySelector('.tile-label')) }));
    return { kind: 'tiles', heading: reader.text(element.querySelector('.tiles-heading')), tiles, large: hasClass(element, 'tiles--large') };
  }
  if (element.tagName === 'BLOCKQUOTE') {
    const rest = parse(element.toString());
    for (const part of rest.querySelectorAll('.who, .quote-original')) part.remove();
    const translation = element.querySelector('.translation');
    return { kind: 'quote', original: reader.text(element.querySelector('.quote-original')), text: reader.text(translation ?? rest), who: reader.text(element.querySelector('.who')), large: hasClass(element, 'large') };
  }
  if (hasClass(element, 'cols') || hasClass(element, 'cols-3') || hasClass(element, 'cols-4')) {
    const blocks = children(element).map((child) => blockOf(child, context)).filter((block): block is Block => block !== null);
    const weights = hasClass(element, 'cols--wide-left') ? [3, 2] : hasClass(element, 'cols--wide-right') ? [2, 3] : blocks.map(() => 1);
    return { kind: 'row', weights, children: blocks };
  }
  if (hasClass(element, 'stack') || hasClass(element, 'gaps-body') || hasClass(element, 'unit-marks') || element.tagName === 'DIV') {
    const blocks = children(element).map((child) => blockOf(child, context)).filter((block): block is Block => block !== null);
    if (blocks.length === 0) return null;
    return blocks.length === 1 && !hasClass(element, 'stack') ? (blocks[0] ?? null) : { kind: 'column', children: blocks };
  }
  if (hasClass(element, 'unit-marks-each') || hasClass(element, 'unit-marks-key')) {
    const parts = children(element).filter((child) => !hasClass(child, 'unit-marks-swatch')).map((child) => reader.rich(child)).filter((part) => part.text !== '');
    return { kind: 'parts', parts, role: hasClass(element, 'unit-marks-each') ? 'each' : 'key' };
  }
  if (hasClass(element, 'gap-note')) return { kind: 'text', text: reader.rich(element, { omittedWords: false }), role: 'gap-note' };
  const text = reader.rich(element);
  if (text.text === '') return null;
  const small = ['gaps-legend', 'note-line', 'layout-note', 'pairing-caption'].some((name) => hasClass(element, name));
  return { kind: 'text', text, role: small ? 'small' : 'body' };
}

/** Speaker notes as lines: the paragraphs, figures written in (as in running text). */
function notesLines(aside: HTMLElement | null, reader: Reader): string[] {
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
    if (node.getAttribute('data-figure')) {
      current += reader.rich(node).text;
      return;
    }
    // What the page says only under ?supplements=off (closing-slides.ts): not in notes that show supplied figures.
    if (node.hasAttribute('data-supplement-article')) return;
    const block = ['P', 'LI', 'UL'].includes(node.tagName);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  aside.childNodes.forEach(walk);
  flush();
  return lines;
}

/**
 * The ledger ids a slide uses, as the rendered page lists them (site/render-deck.ts): its charts'
 * figures, its unit marks' counts, then every figure element in order (notes included), then the
 * gap list's figures.
 */
function slideFigures(section: HTMLElement, deck: DeckId, withNotes: boolean): string[] {
  const inScope = (element: HTMLElement) => withNotes || !element.closest('aside');
  const charts = section.querySelectorAll('figure[data-chart]').flatMap((element) => chartById(element.getAttribute('data-chart') ?? '').figures);
  const marks = withNotes ? section.querySelectorAll('[data-unit-marks]').map((element) => element.getAttribute('data-unit-marks') ?? '') : [];
  const inOrder = section.querySelectorAll('[data-figure], [data-open-bound]').filter(inScope).map((element) => element.getAttribute('data-figure') ?? element.getAttribute('data-open-bound') ?? '');
  // The gap table lists them by kind (years, amounts …), as the page does.
  const gaps = section.querySelector('[data-gap-list]') ? gapGroups(deckGaps(deck), 'zh-CN').flatMap((group) => group.rows.map((figure) => figure.id)) : [];
  return [...new Set([...charts, ...marks, ...inOrder, ...gaps])];
}

/** One deck edition's model from its page source (slides/<deck>/index.html or en.html). */
export function buildDeckModel(source: string, deck: DeckMeta, article: Article, file: string, lang: Lang, qrBase?: URL, supplements: SupplementSet = NO_SUPPLEMENTS): DeckModel {
  const root = parse(source, { comment: false });
  // As the page (render-deck.ts): a deck showing supplied figures says so in its gaps legend and source notes.
  const closing = { supplied: [...supplements.values()].some((supplement) => figureById(supplement.figure).deck === deck.id), damaged: deckHasDamaged(deck.id) };
  insertClosingSlides(root, deck.id, lang, file, closing);
  const titles = pageTitles(root, deck, lang, file);
  stampDeckTitles(root, titles, titles.source, file);
  const reader = new Reader(lang);
  const slides = root.querySelectorAll('.slides > section').map((section): SlideModel => {
    // Every id the slide names is known before it is read: an unknown one names the file, slide and attribute.
    checkSlideReferences(section, deck.id, file, section.getAttribute('id') ?? '');
    const context: Context = { deck: deck.id, article, qrBase, reader, supplements, file, slide: section.getAttribute('id') ?? '' };
    const heading = section.querySelector('h1, h2');
    const parts = children(section).filter((child) => child !== heading);
    const pick = (name: string) => reader.text(parts.find((part) => hasClass(part, name)));
    const titleParts = ['kicker', 'subtitle', 'byline'];
    const blocks = parts.filter((part) => !titleParts.some((name) => hasClass(part, name))).map((part) => blockOf(part, context)).filter((block): block is Block => block !== null);
    const figures = slideFigures(section, deck.id, true);
    const sources = noteSources(figures.map(figureById), lang);
    const shown = slideFigures(section, deck.id, false);
    const supplied = shown.flatMap((id) => {
      const supplement = supplements.get(id);
      return supplement ? [{ figure: id, label: supplementLine(figureById(id), supplement, lang), source: supplementSource(supplement, lang) }] : [];
    });
    return {
      id: section.getAttribute('id') ?? '',
      layout: section.getAttribute('data-layout') ?? '',
      title: reader.rich(heading),
      kicker: pick('kicker'),
      subtitle: pick('subtitle'),
      byline: pick('byline'),
      body: blocks.length === 0 ? null : blocks.length === 1 ? (blocks[0] ?? null) : { kind: 'column', children: blocks },
      notes: [...notesLines(section.querySelector('aside.notes'), reader), ...(sources ? [sources.heading, ...sources.lines] : []), ...supplied.map((entry) => entry.source)],
      shown,
      figures,
      supplied,
    };
  });
  const names = deckTitlesIn(deck, lang);
  const credit = lang === 'en' ? `Source: ${article.source} (Yunnan Net), 《${article.title}》` : `来源：${article.source}《${article.title}》`;
  // Every figure the page shows or cites, with all it writes about it: the renderer looks up no ledger entry.
  const figures: Record<string, FigureFacts> = {};
  for (const id of slides.flatMap((slide) => slide.figures)) figures[id] ??= figureFacts(figureById(id), lang, supplements.get(id));
  return {
    id: deck.id,
    lang,
    title: names.title,
    subtitle: renderFigureTokens(names.subtitle, lang, names.where('subtitle')),
    minutes: deck.minutes,
    credit,
    slides,
    figures,
    page: { tab: titles.tab, headingHtml: titles.headingHtml, titleSource: titles.source, ...closing, notesHeading: noteSourcesHeading(lang) },
  };
}

