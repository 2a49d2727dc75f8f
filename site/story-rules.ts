import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { FIGURES } from '../ledger/figures.ts';
import { isPlaceholder, OMITTED_TEXT, OMITTED_TEXT_EN, type Lang } from '../ledger/format.ts';
import { figureById } from '../ledger/lookup.ts';
import type { Figure } from '../ledger/types.ts';

/**
 * The story rules of a rendered deck page (README, “Story and chart rules”): a deck is a talk
 * about what is known, with its gaps said once, not a catalogue of “？” tiles.
 *
 * - tiles: at most a third of a deck's content slides (all but title, gaps and source) carry
 *   “？” tiles (a .tile, or a placeholder with no legible value as a hero or big number);
 * - gap-words: no slide says “原文未给出” / “not given in the article” more than once where a
 *   viewer sees it (its text, and the words a chart draws beside its “？” slot);
 * - coverage: every figure of the deck's ledger is on one of its slides (not only in the notes)
 *   or in its gaps list;
 * - computed: a computed figure set as a hero or big number says so in its label (计算值 / computed).
 */
export type StoryRule = 'tiles' | 'gap-words' | 'coverage' | 'computed';

export interface StoryProblem {
  readonly rule: StoryRule;
  readonly slide: string;
  readonly message: string;
}

/** Slides that are not content: the title and the two closing slides. */
const FRAME_SLIDES = new Set(['title', 'gaps', 'source']);

/** The largest share of content slides that may carry “？” tiles. */
export const MAX_TILE_SHARE = 1 / 3;

/**
 * What a viewer of the slide does not see, as assets/theme/deck.css sets it: notes and scripts,
 * visually hidden separators, a chart's data table behind its toggle and its printed chips, and
 * an omitted figure's own words where a heading or line says them once (tiles, gap list, the
 * line under a chart, a gap note).
 */
function hiddenFromViewer(element: HTMLElement): boolean {
  const classes = element.classList;
  if (['ASIDE', 'SCRIPT', 'STYLE', 'TEMPLATE', 'CANVAS'].includes(element.tagName)) return true;
  if (classes.contains('fig-sep') || classes.contains('visually-hidden') || classes.contains('chart-data') || classes.contains('gap-quote') || classes.contains('gap-translation')) return true;
  if (element.tagName === 'DIV' && classes.contains('chart-table-panel')) return true;
  if (classes.contains('fig-gap') && element.closest('.fig--omitted') && element.closest('.tile, .gap-item, .chart-missing, .gap-note')) return true;
  if (classes.contains('fig-doubt') && element.closest('.tile, .gap-item')) return true;
  return false;
}

function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.text;
  if (node.nodeType !== 1) return '';
  const element = node as HTMLElement;
  if (hiddenFromViewer(element)) return '';
  return element.childNodes.map(visibleText).join('');
}

/** The words a chart draws on its canvas beside a “？” slot (its configuration's placeholder marks). */
function chartGapWords(section: HTMLElement): string[] {
  const words: string[] = [];
  for (const script of section.querySelectorAll('script[data-chart-config]')) {
    const config: unknown = JSON.parse(script.textContent);
    collectMarkTexts(config, words);
  }
  return words;
}

function collectMarkTexts(value: unknown, into: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectMarkTexts(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'placeholderMarks' && typeof child === 'object' && child !== null && 'marks' in child && Array.isArray(child.marks)) {
      for (const mark of child.marks as unknown[]) {
        if (typeof mark === 'object' && mark !== null && 'text' in mark && typeof mark.text === 'string') into.push(mark.text);
      }
    } else {
      collectMarkTexts(child, into);
    }
  }
}

const GAP_WORDS = new RegExp(`${OMITTED_TEXT}|${OMITTED_TEXT_EN}`, 'giu');

function countGapWords(text: string): number {
  return text.match(GAP_WORDS)?.length ?? 0;
}

function figureOf(element: HTMLElement): Figure | null {
  const id = element.getAttribute('data-figure');
  if (!id) return null;
  try {
    return figureById(id);
  } catch {
    return null;
  }
}

/** A “？” tile: a .tile, or a placeholder with no legible value set as a hero or big number. */
function carriesTiles(section: HTMLElement): boolean {
  if (section.querySelector('.tile')) return true;
  return section.querySelectorAll('.hero > [data-figure], .big > [data-figure]').some((element) => {
    const figure = figureOf(element);
    return figure !== null && isPlaceholder(figure) && figure.value === null;
  });
}

const COMPUTED_WORDS = /计算值|computed/i;

/** Every problem of one rendered deck page (either edition); none when it keeps the rules. */
export function storyProblems(html: string, deck: string, lang: Lang, figures: readonly Figure[] = FIGURES): StoryProblem[] {
  const root = parse(html, { comment: false });
  const sections = root.querySelectorAll('.slides > section');
  const problems: StoryProblem[] = [];
  const gapWords = lang === 'en' ? `“${OMITTED_TEXT_EN}”` : `“${OMITTED_TEXT}”`;

  const content = sections.filter((section) => !FRAME_SLIDES.has(section.getAttribute('id') ?? ''));
  const tiled = content.filter(carriesTiles).map((section) => section.getAttribute('id') ?? '');
  if (tiled.length > content.length * MAX_TILE_SHARE) {
    problems.push({
      rule: 'tiles',
      slide: tiled.join(', '),
      message: `${tiled.length} of ${content.length} content slides carry “？” tiles (${tiled.join(', ')}); at most a third may — say a gap once, in a gap note, where it is not the slide's point`,
    });
  }

  const shown = new Set<string>();
  for (const section of sections) {
    const id = section.getAttribute('id') ?? '';
    // A figure supplied from another source says “原文未给出 · 已补充” on purpose (ledger/supplements.ts): the rule counts the article's deck.
    const articleOnly = parse(section.toString());
    for (const element of articleOnly.querySelectorAll('[data-supplement-only]')) element.remove();
    const said = countGapWords(visibleText(articleOnly)) + chartGapWords(section).reduce((sum, words) => sum + countGapWords(words), 0);
    if (said > 1) problems.push({ rule: 'gap-words', slide: id, message: `says ${gapWords} ${said} times where a viewer sees it; say it once` });

    for (const element of section.querySelectorAll('[data-figure]')) {
      if (!element.closest('aside')) shown.add(element.getAttribute('data-figure') ?? '');
    }
    for (const canvas of section.querySelectorAll('canvas[data-figures]')) {
      for (const figureId of (canvas.getAttribute('data-figures') ?? '').split(/\s+/)) shown.add(figureId);
    }

    for (const element of section.querySelectorAll('.hero > [data-figure], .big > [data-figure]')) {
      const figure = figureOf(element);
      const holder = element.parentNode;
      if (figure?.status === 'derived' && holder && !COMPUTED_WORDS.test(visibleText(holder))) {
        problems.push({ rule: 'computed', slide: id, message: `computed figure “${figure.id}” is set large without saying it is computed (计算值 / computed) in its label` });
      }
    }
  }

  for (const figure of figures) {
    if (figure.deck !== deck || shown.has(figure.id)) continue;
    problems.push({ rule: 'coverage', slide: '(none)', message: `figure “${figure.id}” is on no slide and in no gaps list` });
  }
  return problems;
}
