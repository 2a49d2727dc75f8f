import { parse, type HTMLElement } from 'node-html-parser';
import type { Lang } from '../contracts/lang.ts';
import { attributesHtml, escapeHtml, figureAttributes, figureClass, figureInnerHtml, gapWordsHtml, supplementHtml, valueParts } from './render-figure.ts';
import { FIT_CONTEXTS, fitStep, type FitContext } from './figure-fit.ts';
import { chartTableHtml, missingLead } from './chart-table.ts';
import { keepQuotedTermsTogether } from './keep-terms.ts';
import { insertPhraseBreaks } from './phrase-breaks.ts';
import { markChineseRuns } from './lang-spans.ts';
import { urlTextHtml } from './url-text.ts';
import { qrFiguresHtml } from './qr-code.ts';
import { insertClosingSlides } from './closing-slides.ts';
import { gapTableHtml } from './gap-table.ts';
import { stampDeckTitles } from './deck-title.ts';
import { pairingMapHtml } from './visuals/pairing-map.ts';
import { unitMarksSvg } from './visuals/unit-marks.ts';
import { openBoundHtml } from './visuals/open-bound.ts';
import { DeckError } from './deck-error.ts';
import { slideBlocks, type Block, type DeckModel, type FigureFacts } from './model/types.ts';

/**
 * A deck page rendered from its deck model (site/model/): every figure's attributes, popover and
 * words, every chart's prepared configuration, steps, chips and table, the pairing map, the gap
 * table and the source credit come from the model. Nothing here looks a figure up in the ledger or
 * a chart in the catalog (tests/unit/render-no-ledger.test.ts); the model builder is the one place
 * that does. The page source gives only the layout the author wrote.
 */

type ChartBlock = Extract<Block, { kind: 'chart' }>;
type SourceBlock = Extract<Block, { kind: 'source' }>;

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

/** The model's facts about a figure the page shows: one the model does not list for the page is refused. */
function factsOf(model: DeckModel, id: string, file: string, slide: string): FigureFacts {
  const facts = model.figures[id];
  if (!facts) throw new DeckError(file, slide, 'data-figure', `“${id}” is on the page but not in the deck model (site/model/deck-model.ts)`);
  return facts;
}

function fillFigure(element: HTMLElement, figure: FigureFacts, lang: Lang): void {
  for (const [name, value] of Object.entries(figureAttributes(figure, lang))) element.setAttribute(name, value);
  const existing = element.getAttribute('class');
  element.setAttribute('class', existing ? `${existing} ${figureClass(figure)}` : figureClass(figure));
  element.set_content(figureInnerHtml(figure, lang));
  const context = (Object.keys(FIT_CONTEXTS) as FitContext[]).find((name) => element.parentNode?.classList.contains(name));
  const fit = context ? fitAttribute(figure, context) : '';
  if (fit !== '') element.setAttribute('data-fit', fit);
}

/**
 * A figure's value is sized to fit its box on one line, never wrapped (a hero, a big number, a tile,
 * a gap: site/figure-fit.ts); a placeholder's words (“原文未给出”, what is printed) wrap after it.
 */
function fitAttribute(figure: FigureFacts, context: FitContext): string {
  const parts = valueParts(figure.value);
  return parts ? String(fitStep(parts, context)) : '';
}

/** A figure as an inline element with its attributes (and its supplied value, if any). */
function figureSpanHtml(figure: FigureFacts, lang: Lang): string {
  return `<span class="${figureClass(figure)}" ${attributesHtml(figureAttributes(figure, lang))}>${figureInnerHtml(figure, lang)}</span>`;
}

function chipHtml(figure: FigureFacts, lang: Lang): string {
  return `<li><span class="chip-label">${escapeHtml(figure.label)}</span> ${figureSpanHtml(figure, lang)}</li>`;
}

/** “原文未给出：A、B” under a chart: each gap once, in words, as a figure element with its popover. */
function missingLineHtml(missing: readonly FigureFacts[], lang: Lang, drawn: boolean): string {
  if (missing.length === 0) return '';
  const items = missing.map(
    (figure) => {
      const words = figure.status === 'omitted' ? (lang === 'en' ? 'not given' : '未给出') : figure.placeholder;
      const supplied = figure.supplement ? supplementHtml(figure.supplement, lang) : '';
      return `<span class="${figureClass(figure)}" ${attributesHtml(figureAttributes(figure, lang))}>${escapeHtml(figure.label)}${gapWordsHtml(words, lang)}${supplied}</span>`;
    },
  );
  const lead = missingLead(lang);
  // `drawn`: the chart draws a supplied gap (a bar of its own), so the line no longer says it leaves them out, except under ?supplements=off.
  const said = drawn ? `<span data-supplement-only>${lead.supplied}</span><span data-supplement-article hidden>${lead.article}</span>` : lead.article;
  return `<p class="chart-missing">${said}${items.join(lang === 'en' ? ', ' : '、')}</p>`;
}

/**
 * A chart from its block in the deck model: its words, description, unit line, what it cannot
 * show, and the screen's chart as the model prepared it (configuration, height, steps, chips, table).
 */
function renderChart(element: HTMLElement, block: ChartBlock | undefined, model: DeckModel, file: string, slide: string): void {
  const id = element.getAttribute('data-chart') ?? '';
  if (!block || block.chart.id !== id) throw new DeckError(file, slide, `data-chart “${id}”`, `the deck model has ${block ? `chart “${block.chart.id}”` : 'no chart'} here (site/model/deck-model.ts)`);
  const lang = model.lang;
  const { chart } = block;
  const { screen } = chart;
  // A chart built in steps: its masks on the canvas, and one (empty) reveal fragment per step after the first.
  let steps = '';
  if (screen.steps) {
    steps = ` data-chart-steps="${escapeHtml(JSON.stringify(screen.steps))}"`;
    element.setAttribute('data-chart-build', String(screen.steps.length));
  }
  // Printed, the known values also stand as words under the chart (chips); on screen the bars carry them.
  // What the chart cannot show is said once, in words, under it, with each gap's own popover.
  const chips = screen.chips.map((chip) => ('figure' in chip ? chipHtml(factsOf(model, chip.figure, file, slide), lang) : `<li>${escapeHtml(chip.line)}</li>`));
  const missing = block.missing.figures.map((figureId) => factsOf(model, figureId, file, slide));
  element.setAttribute('class', `chart ${element.getAttribute('class') ?? ''}`.trim());
  element.set_content(
    `<div class="chart-canvas" data-chart-height="${screen.height}">` +
      `<canvas role="img" aria-label="${escapeHtml(chart.description)}" data-chart-id="${escapeHtml(chart.id)}" data-figures="${escapeHtml(screen.figures.join(' '))}"${steps}></canvas>` +
      `<script type="application/json" data-chart-config>${screen.config}</script>` +
      (screen.articleConfig === '' ? '' : `<script type="application/json" data-chart-config-article>${screen.articleConfig}</script>`) +
      `</div>` +
      stepMarkers(Number(element.getAttribute('data-chart-build') ?? '1')) +
      `<figcaption class="chart-caption">${chart.unitLine !== '' ? `<span class="chart-unit">${escapeHtml(chart.unitLine)}</span>` : ''}<span class="chart-source">${escapeHtml(model.credit)}</span></figcaption>` +
      (chips.length > 0 ? `<ul class="chart-data" aria-label="${lang === 'en' ? 'Data in the chart' : '图中数据'}">${chips.join('')}</ul>` : '') +
      missingLineHtml(missing, lang, screen.articleConfig !== '') +
      chartTableHtml(chart.id, chart.title, screen.table, lang),
  );
}

/**
 * The designed visuals drawn at build time as SVG (site/visuals/): a row of marks for a count
 * (data-unit-marks), an open-ended mark for a lower bound (data-open-bound), the overview's
 * pairing map (data-pairing-map), each from its block in the deck model.
 */
function renderVisuals(section: HTMLElement, blocks: readonly Block[], model: DeckModel, file: string, slide: string): void {
  const marks = blocks.filter((block) => block.kind === 'unit-marks');
  section.querySelectorAll('[data-unit-marks]').forEach((element, index) => {
    const id = element.getAttribute('data-unit-marks') ?? '';
    element.removeAttribute('data-unit-words');
    // The count, words and label as the model has them (the ledger's count checked there).
    const block = marks[index];
    if (!block || block.figure !== id) throw new DeckError(file, slide, `data-unit-marks “${id}”`, 'the deck model has other marks here (site/model/deck-model.ts)');
    element.set_content(unitMarksSvg(block.figure, block.count, block.label));
  });
  const bounds = blocks.filter((block) => block.kind === 'open-bound');
  section.querySelectorAll('[data-open-bound]').forEach((element, index) => {
    const id = element.getAttribute('data-open-bound') ?? '';
    if (bounds[index]?.figure.id !== id) throw new DeckError(file, slide, `data-open-bound “${id}”`, 'the deck model has other marks here (site/model/deck-model.ts)');
    element.set_content(openBoundHtml(id));
  });
  const maps = blocks.filter((block) => block.kind === 'pairing-map');
  section.querySelectorAll('[data-pairing-map]').forEach((element, index) => {
    const map = maps[index];
    if (!map) throw new DeckError(file, slide, 'data-pairing-map', 'the deck model has no pairing map here (site/model/deck-model.ts)');
    element.set_content(pairingMapHtml(map.rows, map.heads, model.lang));
  });
  // The source line under a visual, as under every chart.
  for (const element of section.querySelectorAll('[data-source-line]')) {
    element.setAttribute('class', `chart-caption ${element.getAttribute('class') ?? ''}`.trim());
    element.set_content(`<span class="chart-source">${escapeHtml(model.credit)}</span>`);
  }
}

/** The reveal fragments that move a chart to its next step: empty marks, one per step after the first, in order. */
function stepMarkers(steps: number): string {
  return Array.from({ length: steps - 1 }, (_, index) => `<span class="fragment chart-step" data-fragment-index="${index}" aria-hidden="true"></span>`).join('');
}

/** A supplied figure's lines in the notes: the value as added, then its source with the source's words. */
function supplementNoteHtml(figure: FigureFacts): string {
  const supplement = figure.supplement;
  if (!supplement) return '';
  return `<span class="notes-supplement" data-supplement-only data-supplement="${escapeHtml(supplement.url)}"> ${escapeHtml(supplement.line)}. ${escapeHtml(supplement.source)}</span>`;
}

/** The notes' list of where each figure on the slide comes from, with its article sentence (the model's lines). */
function notesFor(figures: readonly FigureFacts[], heading: string): string {
  if (figures.length === 0) return '';
  const items = figures.map((figure) => `<li>${escapeHtml(figure.sourceLine)}${supplementNoteHtml(figure)}</li>`);
  return `<p class="notes-sources">${heading}</p><ul>${items.join('')}</ul>`;
}

/** The source slide's credit: the article, its republished copy and the data downloads, as the model's source block has them. */
function creditHtml(block: SourceBlock, dataUrl: string, lang: Lang): string {
  const { article } = block;
  const link = `<a href="${escapeHtml(article.url)}" rel="noopener noreferrer" target="_blank" class="url">${urlTextHtml(article.url)}</a>`;
  const downloads = block.downloads.map((download) => `<a href="${escapeHtml(dataUrl)}${download.file}" download>${download.label}</a>`).join(' · ');
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
 * A deck edition's page from its model and its source. The model gives the slides (ids, in order),
 * their titles, figures and notes' sources, every figure's facts, every chart as the screen draws it,
 * the visuals, gap table and credit; the source gives the layout the author wrote. Throws naming
 * the file, the slide and the field when the page and the model disagree.
 */
export function renderDeckModel(source: string, model: DeckModel, file: string, dataUrl: string): RenderedDeck {
  const lang = model.lang;
  const root = parse(source, { comment: false });
  insertClosingSlides(root, model.id, lang, file, model.page);
  stampDeckTitles(root, model.page, model.page.titleSource, file);
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
      if (named && named !== model.id) throw new DeckError(file, id, 'data-gap-list', `names deck “${named}”, but this page is deck “${model.id}”; leave the value empty (the list is always this deck's gaps)`);
      element.setAttribute('data-gap-list', model.id);
      // The groups and rows as the model has them (site/model/deck-model.ts), each row with its facts.
      const groups = blocks.flatMap((block) => (block.kind === 'gaps' ? block.groups : []));
      if (groups.length === 0) throw new DeckError(file, id, 'data-gap-list', 'the deck model has no gap list here (site/model/deck-model.ts)');
      const table = gapTableHtml(groups.map((group) => ({ kind: group.kind, title: group.title, rows: group.items.map((item) => factsOf(model, item.figure.id, file, id)) })), lang);
      element.set_content(table.html);
      element.setAttribute('class', `${element.getAttribute('class') ?? ''} ${table.className}`.trim());
    }
    const credits = blocks.filter((block): block is SourceBlock => block.kind === 'source');
    section.querySelectorAll('[data-source-credit]').forEach((element, at) => {
      const block = credits[at];
      if (!block) throw new DeckError(file, id, 'data-source-credit', 'the deck model has no source credit here (site/model/deck-model.ts)');
      element.set_content(creditHtml(block, dataUrl, lang) + qrFiguresHtml(block.qr));
    });
    const charts = blocks.filter((block): block is ChartBlock => block.kind === 'chart');
    section.querySelectorAll('figure[data-chart]').forEach((element, at) => renderChart(element, charts[at], model, file, id));
    renderVisuals(section, blocks, model, file, id);
    // Every figure the page shows is one the model lists for the slide, filled from the model's facts.
    for (const element of section.querySelectorAll('[data-figure]')) {
      const shown = element.getAttribute('data-figure') ?? '';
      if (!slide.figures.includes(shown)) throw new DeckError(file, id, 'data-figure', `“${shown}” is on the page but not in the slide's model (site/model/deck-model.ts)`);
    }
    for (const element of section.querySelectorAll('[data-figure]')) {
      if (element.closest('.chart-data') || element.closest('.chart-missing') || element.closest('[data-gap-list]')) continue;
      fillFigure(element, factsOf(model, element.getAttribute('data-figure') ?? '', file, id), lang);
    }

    keepQuotedTermsTogether(section);
    if (lang === 'en') markChineseRuns(section);
    insertPhraseBreaks(section);
    const notes = section.querySelector('aside.notes');
    if (!notes || notes.textContent.trim() === '') throw new DeckError(file, id, 'aside.notes', 'every slide needs speaker notes');
    notes.insertAdjacentHTML('beforeend', notesFor(slide.figures.map((figureId) => factsOf(model, figureId, file, id)), model.page.notesHeading));

    if (!section.querySelector('h1, h2')) throw new DeckError(file, id, 'h1/h2', 'every slide needs a heading');
    slides.push({ id, title: slide.title.text, figures: slide.figures });
  });
  if (model.slides.length !== sections.length) throw new DeckError(file, model.slides[sections.length]?.id ?? '(none)', 'id', 'the deck model has more slides than the page');

  // The deck's id and planned length come from slides/decks.ts, never typed in the page (nor its title: above).
  const html = root.querySelector('html');
  if (html) {
    html.setAttribute('data-deck', model.id);
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
