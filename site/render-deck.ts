import { parse, type HTMLElement } from 'node-html-parser';
import type { Figure } from '../ledger/types.ts';
import type { ChartSpec } from '../charts/catalog/index.ts';
import { figureById } from '../ledger/lookup.ts';
import { serializeChartConfig } from '../charts/config-json.ts';
import { stepMasks } from '../charts/steps.ts';
import { FONT_FAMILY } from '../charts/palette.ts';
import { fontStackFor } from '../common/latin-punctuation.ts';
import { figureLabel, formatValue, isPlaceholder, placeholderText, type Lang } from '../ledger/format.ts';
import type { Article } from '../ledger/article.ts';
import type { DeckMeta } from '../slides/decks.ts';
import { attributesHtml, escapeHtml, figureAttributes, figureClass, figureInnerHtml, gapWordsHtml, supplementHtml, valueParts } from './render-figure.ts';
import { FIT_CONTEXTS, fitStep, type FitContext } from './figure-fit.ts';
import { chartTableHtml, missingLead } from './chart-table.ts';
import { keepQuotedTermsTogether } from './keep-terms.ts';
import { insertPhraseBreaks } from './phrase-breaks.ts';
import { markChineseRuns } from './lang-spans.ts';
import { urlTextHtml } from './url-text.ts';
import { sourceQrHtml } from './qr-code.ts';
import { insertClosingSlides } from './closing-slides.ts';
import { deckGaps, gapTableHtml } from './gap-table.ts';
import { stampDeckTitles } from './deck-title.ts';
import { PAIRINGS } from '../ledger/pairings.ts';
import { noteSources } from './note-sources.ts';
import { pairingMapHtml } from './visuals/pairing-map.ts';
import { unitMarkCount, unitMarksSvg } from './visuals/unit-marks.ts';
import { openBoundHtml, requireLowerBound } from './visuals/open-bound.ts';
import { NO_SUPPLEMENTS, type SupplementSet } from '../ledger/supplements.ts';
import { supplementLine, supplementSource } from '../ledger/supplement-text.ts';
import { chartFigures, chartForSlide, DeckError, lookupFigure } from './slide-references.ts';
import { buildDeckModel } from './model/deck-model.ts';
import { slideBlocks, type Block, type DeckModel } from './model/types.ts';

type ChartBlock = Extract<Block, { kind: 'chart' }>;

export interface SlideInfo {
  readonly id: string;
  readonly title: string;
  /** Ledger ids shown on the slide, in order of appearance, without repeats. */
  readonly figures: readonly string[];
}

export interface RenderedDeck {
  readonly html: string;
  readonly slides: readonly SlideInfo[];
  /** Every character of visible text, for font subsetting. */
  readonly text: string;
}

const SLIDE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fillFigure(element: HTMLElement, figure: Figure, lang: Lang, supplements: SupplementSet): void {
  const supplement = supplements.get(figure.id);
  for (const [name, value] of Object.entries(figureAttributes(figure, lang, supplement))) element.setAttribute(name, value);
  const existing = element.getAttribute('class');
  element.setAttribute('class', existing ? `${existing} ${figureClass(figure, supplement)}` : figureClass(figure, supplement));
  element.set_content(figureInnerHtml(figure, lang, supplement));
  const context = (Object.keys(FIT_CONTEXTS) as FitContext[]).find((name) => element.parentNode?.classList.contains(name));
  const fit = context ? fitAttribute(figure, lang, context) : '';
  if (fit !== '') element.setAttribute('data-fit', fit);
}

/**
 * A figure's value is sized to fit its box on one line, never wrapped (a hero, a big number, a tile,
 * a gap: site/figure-fit.ts); a placeholder's words (“原文未给出”, what is printed) wrap after it.
 */
function fitAttribute(figure: Figure, lang: Lang, context: FitContext): string {
  const parts = valueParts(formatValue(figure, lang));
  return parts ? String(fitStep(parts, context)) : '';
}

/** A figure as an inline element with its attributes (and its supplied value, if any). */
function figureSpanHtml(figure: Figure, lang: Lang, supplements: SupplementSet): string {
  const supplement = supplements.get(figure.id);
  return `<span class="${figureClass(figure, supplement)}" ${attributesHtml(figureAttributes(figure, lang, supplement))}>${figureInnerHtml(figure, lang, supplement)}</span>`;
}

function chipHtml(figure: Figure, lang: Lang, supplements: SupplementSet): string {
  return `<li><span class="chip-label">${escapeHtml(figureLabel(figure, lang))}</span> ${figureSpanHtml(figure, lang, supplements)}</li>`;
}

/** “原文未给出：A、B” under a chart: each gap once, in words, as a figure element with its popover. */
function missingLineHtml(missing: readonly Figure[], lang: Lang, supplements: SupplementSet, drawn: boolean): string {
  if (missing.length === 0) return '';
  const items = missing.map(
    (figure) => {
      const words = figure.status === 'omitted' ? (lang === 'en' ? 'not given' : '未给出') : placeholderText(figure, lang);
      const supplement = supplements.get(figure.id);
      const supplied = supplement ? supplementHtml(figure, supplement, lang) : '';
      return `<span class="${figureClass(figure, supplement)}" ${attributesHtml(figureAttributes(figure, lang, supplement))}>${escapeHtml(figureLabel(figure, lang))}${gapWordsHtml(words, lang)}${supplied}</span>`;
    },
  );
  const lead = missingLead(lang);
  // `drawn`: the chart draws a supplied gap (a bar of its own), so the line no longer says it leaves them out, except under ?supplements=off.
  const said = drawn ? `<span data-supplement-only>${lead.supplied}</span><span data-supplement-article hidden>${lead.article}</span>` : lead.article;
  return `<p class="chart-missing">${said}${items.join(lang === 'en' ? ', ' : '、')}</p>`;
}

/**
 * A chart from its block in the deck model (its words, description, unit line and what it cannot
 * show) and its catalog entry (the Chart.js configuration the page draws, its height and steps).
 */
function renderChart(element: HTMLElement, block: ChartBlock | undefined, deck: string, file: string, slide: string, credit: string, lang: Lang, supplements: SupplementSet): void {
  const spec = chartForSlide(element, deck, file, slide);
  const id = spec.id;
  if (!block || block.chart.id !== id) throw new DeckError(file, slide, `data-chart “${id}”`, `the deck model has ${block ? `chart “${block.chart.id}”` : 'no chart'} here (site/model/deck-model.ts)`);
  const { chart } = block;
  const figures = chartFigures(spec, file, slide);
  let configJson: string;
  /** The article alone, when the chart plots a supplied value: the page draws it under ?supplements=off. */
  let articleJson = '';
  let steps = '';
  try {
    const config = spec.build({ font: fontStackFor(lang, FONT_FAMILY), lang, supplements });
    configJson = serializeChartConfig(config, id);
    const articleConfig = serializeChartConfig(spec.build({ font: fontStackFor(lang, FONT_FAMILY), lang }), id);
    if (articleConfig !== configJson) articleJson = articleConfig;
    // A chart built in steps: its masks on the canvas, and one (empty) reveal fragment per step after the first.
    if (spec.steps) {
      const masks = stepMasks(config, spec.steps);
      steps = ` data-chart-steps="${escapeHtml(JSON.stringify(masks))}"`;
      element.setAttribute('data-chart-build', String(masks.length));
    }
  } catch (error) {
    throw new DeckError(file, slide, `chart “${id}”`, (error as Error).message);
  }
  // Printed, the known values also stand as words under the chart (chips); on screen the bars carry them.
  // What the chart cannot show is said once, in words, under it, with each gap's own popover.
  const chips = figures.length > 0
    ? figures.filter((figure) => !isPlaceholder(figure) || figure.value !== null || supplements.has(figure.id)).map((figure) => chipHtml(figure, lang, supplements))
    : (spec.dataLines?.(lang) ?? []).map((line) => `<li>${escapeHtml(line)}</li>`);
  const missing = block.missing.figures.map((figureId) => lookupFigure(figureId, file, slide));
  element.setAttribute('class', `chart ${element.getAttribute('class') ?? ''}`.trim());
  element.set_content(
    `<div class="chart-canvas" data-chart-height="${spec.height}">` +
      `<canvas role="img" aria-label="${escapeHtml(chart.description)}" data-chart-id="${escapeHtml(spec.id)}" data-figures="${escapeHtml(spec.figures.join(' '))}"${steps}></canvas>` +
      `<script type="application/json" data-chart-config>${configJson}</script>` +
      (articleJson === '' ? '' : `<script type="application/json" data-chart-config-article>${articleJson}</script>`) +
      `</div>` +
      stepMarkers(Number(element.getAttribute('data-chart-build') ?? '1')) +
      `<figcaption class="chart-caption">${chart.unitLine !== '' ? `<span class="chart-unit">${escapeHtml(chart.unitLine)}</span>` : ''}<span class="chart-source">${escapeHtml(credit)}</span></figcaption>` +
      (chips.length > 0 ? `<ul class="chart-data" aria-label="${lang === 'en' ? 'Data in the chart' : '图中数据'}">${chips.join('')}</ul>` : '') +
      missingLineHtml(missing, lang, supplements, articleJson !== '') +
      chartTableHtml(spec, lang),
  );
}

/**
 * The designed visuals drawn at build time as SVG (site/visuals/): a row of marks for a count
 * (data-unit-marks), an open-ended mark for a lower bound (data-open-bound), the overview's
 * pairing map (data-pairing-map). Their figures come from the ledger like every figure.
 */
function renderVisuals(section: HTMLElement, blocks: readonly Block[], file: string, slide: string, lang: Lang, credit: string): void {
  const where = `${file}: slide “${slide}”`;
  const marks = blocks.filter((block) => block.kind === 'unit-marks');
  section.querySelectorAll('[data-unit-marks]').forEach((element, index) => {
    const figure = lookupFigure(element.getAttribute('data-unit-marks') ?? '', file, slide);
    const words = element.getAttribute('data-unit-words') ?? '';
    if (words === '') throw new DeckError(file, slide, `data-unit-marks “${figure.id}”`, 'needs data-unit-words (what one mark stands for)');
    element.removeAttribute('data-unit-words');
    // The count and words as the model has them; the ledger must allow one mark per unit (unitMarkCount).
    const block = marks[index];
    const count = unitMarkCount(figure, where);
    if (!block || block.figure !== figure.id || block.count !== count) throw new DeckError(file, slide, `data-unit-marks “${figure.id}”`, 'the deck model has other marks here (site/model/deck-model.ts)');
    element.set_content(unitMarksSvg(figure, block.count, lang, block.words));
  });
  for (const element of section.querySelectorAll('[data-open-bound]')) {
    const figure = lookupFigure(element.getAttribute('data-open-bound') ?? '', file, slide);
    requireLowerBound(figure, where);
    element.set_content(openBoundHtml(figure));
  }
  for (const element of section.querySelectorAll('[data-pairing-map]')) element.set_content(pairingMapHtml(PAIRINGS, lang));
  // The source line under a visual, as under every chart.
  for (const element of section.querySelectorAll('[data-source-line]')) {
    element.setAttribute('class', `chart-caption ${element.getAttribute('class') ?? ''}`.trim());
    element.set_content(`<span class="chart-source">${escapeHtml(credit)}</span>`);
  }
}

/** The reveal fragments that move a chart to its next step: empty marks, one per step after the first, in order. */
function stepMarkers(steps: number): string {
  return Array.from({ length: steps - 1 }, (_, index) => `<span class="fragment chart-step" data-fragment-index="${index}" aria-hidden="true"></span>`).join('');
}

/** A supplied figure's lines in the notes: the value as added, then its source with the source's words. */
function supplementNoteHtml(figure: Figure, lang: Lang, supplements: SupplementSet): string {
  const supplement = supplements.get(figure.id);
  if (!supplement) return '';
  return `<span class="notes-supplement" data-supplement-only data-supplement="${escapeHtml(supplement.sourceUrl)}"> ${escapeHtml(supplementLine(figure, supplement, lang))}. ${escapeHtml(supplementSource(supplement, lang))}</span>`;
}

function notesFor(figures: readonly Figure[], lang: Lang, supplements: SupplementSet): string {
  const sources = noteSources(figures, lang);
  if (!sources) return '';
  const items = sources.lines.map((line, index) => {
    const figure = figures[index];
    return `<li>${escapeHtml(line)}${figure ? supplementNoteHtml(figure, lang, supplements) : ''}</li>`;
  });
  return `<p class="notes-sources">${sources.heading}</p><ul>${items.join('')}</ul>`;
}

function creditHtml(article: Article, dataUrl: string, lang: Lang): string {
  const link = `<a href="${escapeHtml(article.republishedUrl)}" rel="noopener noreferrer" target="_blank" class="url">${urlTextHtml(article.republishedUrl)}</a>`;
  const downloads = `<a href="${escapeHtml(dataUrl)}figures.json" download>JSON</a> · <a href="${escapeHtml(dataUrl)}figures.csv" download>CSV</a>`;
  if (lang === 'en') {
    return (
      `<p class="credit-title"><span lang="zh-CN">《${escapeHtml(article.title)}》</span> (“Shanghai and Yunnan join hands in a new chapter of poverty-alleviation cooperation”)</p>` +
      `<p class="credit-source">Source: <span lang="zh-CN">${escapeHtml(article.source)}</span> (Yunnan Net). Republished copy: ${link}</p>` +
      `<p class="credit-data">Every figure, including those not given or damaged, to download: ${downloads}</p>`
    );
  }
  return (
    `<p class="credit-title">《${escapeHtml(article.title)}》</p>` +
    `<p class="credit-source">来源：${escapeHtml(article.source)}　转载稿地址：${link}</p>` +
    `<p class="credit-data">全部数字（含未给出和缺损的）可下载：${downloads}</p>`
  );
}

/**
 * Fills a deck page written by hand: its title from slides/decks.ts (or slides/english-decks.ts), its
 * gaps and source slides (site/closing-slides.ts), figures from the ledger, charts from the catalog,
 * the gap list, the source credit and the notes' quotes. Throws naming the file, the slide and the field.
 * Builds the deck's model first (site/model/) and renders from it: renderDeckModel.
 */
/** `qrBase`: where the site is published (site/site-base-url.ts); the source slide's QR codes point there. */
/** `supplements`: figures supplied from other sources (assets/supplements.csv), shown beside their gaps; none by default. */
export function renderDeck(source: string, deck: DeckMeta, article: Article, file: string, dataUrl: string, lang: Lang = 'zh-CN', qrBase?: URL, supplements: SupplementSet = NO_SUPPLEMENTS): RenderedDeck {
  return renderDeckModel(source, buildDeckModel(source, deck, article, file, lang, qrBase, supplements), deck, article, file, dataUrl, qrBase, supplements);
}

/**
 * A deck edition's page from its model and its source. The model gives the slides (ids, in order),
 * their titles and figures (the slide list, the notes' sources); the source gives the layout the
 * author wrote, which is filled from the ledger and the catalog by id.
 */
export function renderDeckModel(source: string, model: DeckModel, deck: DeckMeta, article: Article, file: string, dataUrl: string, qrBase?: URL, supplements: SupplementSet = NO_SUPPLEMENTS): RenderedDeck {
  const lang = model.lang;
  const root = parse(source, { comment: false });
  insertClosingSlides(root, deck.id, lang, file, [...supplements.values()].some((supplement) => figureById(supplement.figure).deck === deck.id));
  stampDeckTitles(root, deck, lang, file);
  const credit = model.credit;
  const sections = root.querySelectorAll('.slides > section');
  if (sections.length === 0) throw new DeckError(file, '(none)', 'section', 'no <section> inside .slides');
  const seenIds = new Set<string>();
  const slides: SlideInfo[] = [];

  sections.forEach((section, index) => {
    const id = section.getAttribute('id') ?? '';
    if (!SLIDE_ID.test(id)) throw new DeckError(file, id || '(no id)', 'id', 'every slide needs a kebab-case id');
    if (seenIds.has(id)) throw new DeckError(file, id, 'id', 'duplicate slide id');
    seenIds.add(id);
    const slide = model.slides[index];
    if (!slide || slide.id !== id) throw new DeckError(file, id, 'id', `the deck model has “${slide?.id ?? '(none)'}” here; render the page from its own model`);
    const blocks = slideBlocks(slide.body);

    for (const element of section.querySelectorAll('[data-gap-list]')) {
      const named = element.getAttribute('data-gap-list');
      if (named && named !== deck.id) throw new DeckError(file, id, 'data-gap-list', `names deck “${named}”, but this page is deck “${deck.id}”; leave the value empty (the list is always this deck's gaps)`);
      element.setAttribute('data-gap-list', deck.id);
      if (deckGaps(deck.id).length === 0) throw new DeckError(file, id, 'data-gap-list', `deck “${deck.id}” has no omitted or damaged figures`);
      // The groups and rows as the model has them (site/model/deck-model.ts); each row's popover from its ledger entry.
      const groups = blocks.flatMap((block) => (block.kind === 'gaps' ? block.groups : []));
      if (groups.length === 0) throw new DeckError(file, id, 'data-gap-list', 'the deck model has no gap list here (site/model/deck-model.ts)');
      const table = gapTableHtml(groups.map((group) => ({ kind: group.kind, title: group.title, rows: group.items.map((item) => lookupFigure(item.figure.id, file, id)) })), lang, supplements);
      element.set_content(table.html);
      element.setAttribute('class', `${element.getAttribute('class') ?? ''} ${table.className}`.trim());
    }
    for (const element of section.querySelectorAll('[data-source-credit]')) {
      element.set_content(creditHtml(article, dataUrl, lang) + sourceQrHtml(deck.id, lang, qrBase));
    }
    const charts = blocks.filter((block): block is ChartBlock => block.kind === 'chart');
    section.querySelectorAll('figure[data-chart]').forEach((element, at) => renderChart(element, charts[at], deck.id, file, id, credit, lang, supplements));
    renderVisuals(section, blocks, file, id, lang, credit);
    for (const element of section.querySelectorAll('[data-figure]')) {
      if (element.closest('.chart-data') || element.closest('.chart-missing') || element.closest('[data-gap-list]')) continue;
      fillFigure(element, lookupFigure(element.getAttribute('data-figure') ?? '', file, id), lang, supplements);
    }
    // Every figure the page now shows is one the model lists for the slide (a check, not a source).
    for (const element of section.querySelectorAll('[data-figure]')) {
      const shown = element.getAttribute('data-figure') ?? '';
      if (!slide.figures.includes(shown)) throw new DeckError(file, id, 'data-figure', `“${shown}” is on the page but not in the slide's model (site/model/deck-model.ts)`);
    }

    keepQuotedTermsTogether(section);
    if (lang === 'en') markChineseRuns(section);
    insertPhraseBreaks(section);
    const notes = section.querySelector('aside.notes');
    if (!notes || notes.textContent.trim() === '') throw new DeckError(file, id, 'aside.notes', 'every slide needs speaker notes');
    notes.insertAdjacentHTML('beforeend', notesFor(slide.figures.map((figureId) => lookupFigure(figureId, file, id)), lang, supplements));

    if (!section.querySelector('h1, h2')) throw new DeckError(file, id, 'h1/h2', 'every slide needs a heading');
    slides.push({ id, title: slide.title.text, figures: slide.figures });
  });
  if (model.slides.length !== sections.length) throw new DeckError(file, model.slides[sections.length]?.id ?? '(none)', 'id', 'the deck model has more slides than the page');

  // The deck's id and planned length come from slides/decks.ts, never typed in the page (nor its title: above).
  const html = root.querySelector('html');
  if (html) {
    html.setAttribute('data-deck', deck.id);
    html.setAttribute('data-minutes', String(model.minutes));
  }
  const body = root.querySelector('body');
  if (body) {
    const link = lang === 'en'
      ? '<a class="lang-switch" href="./" hreflang="zh-CN" lang="zh-CN" data-lang-target="zh-CN">中文</a>'
      : '<a class="lang-switch" href="en.html" hreflang="en" lang="en" data-lang-target="en">English</a>';
    // In a landmark, like all page content (axe: region); the label serves both editions.
    body.insertAdjacentHTML('afterbegin', `<nav class="lang-nav" aria-label="语言 Language">${link}</nav>`);
  }
  return { html: root.toString(), slides, text: root.textContent };
}
