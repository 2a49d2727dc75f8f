import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { CHARTS } from '../charts/catalog/index.ts';
import { englishNumber } from '../ledger/format.ts';
import type { WrittenText } from '../charts/catalog/spec.ts';
import { FIGURES } from '../ledger/figures.ts';
import { FIGURES_EN, type FigureEnglish } from '../ledger/english.ts';
import type { Figure } from '../ledger/types.ts';
import { TEXT_EXCLUSIONS } from '../ledger/exclusions.ts';
import { findStrayDigits } from '../ledger/typed-digits.ts';
import { figureTokenProblems, unrenderedTokenProblems } from '../ledger/token-syntax.ts';
import { forbiddenCharacterProblem } from '../ledger/text-characters.ts';
import { findFigure } from '../ledger/lookup.ts';
import { UNIT_SCALES } from '../ledger/units.ts';
import { DECKS, deckSourceFile } from '../slides/decks.ts';
import { LANGS } from '../contracts/lang.ts';
import { closingSlidesHtml } from './closing-slides.ts';
import { deckHasDamaged } from './model/deck-gaps.ts';
import { deckTitlesIn, requireTitleMarker, titleFigureOf } from './deck-title.ts';
import { deckTitles } from './model/deck-titles.ts';

/** The words a person reads in a slide's hand-written HTML: tags and attributes dropped, figure elements left out. */
function slideWords(html: string): string {
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll('[data-figure], script, style')) element.remove();
  return root.textContent.replace(/\s+/g, ' ');
}

/**
 * Every text a person types for the decks besides the article's own quotes: chart titles and
 * labels, ledger labels and notes, deck titles, every slide and its notes (the generated gaps and
 * source slides too), in both languages.
 */
export function writtenTexts(root: string): WrittenText[] {
  const texts: WrittenText[] = CHARTS.flatMap((chart) => chart.written);
  for (const figure of FIGURES) {
    texts.push({ where: `ledger/figures.ts: entry “${figure.id}”, field “label”`, text: figure.label, tokens: true });
    if (figure.note) texts.push({ where: `ledger/figures.ts: entry “${figure.id}”, field “note”`, text: figure.note, tokens: true });
    const en = FIGURES_EN[figure.id];
    if (!en) continue;
    texts.push({ where: `ledger/english.ts: entry “${figure.id}”, field “label”`, text: en.label, tokens: true });
    if (en.note) texts.push({ where: `ledger/english.ts: entry “${figure.id}”, field “note”`, text: en.note, tokens: true });
  }
  for (const deck of DECKS) {
    // Both editions alike: slides/<deck>/index.html and en.html, their titles from slides/decks.ts.
    for (const lang of LANGS) {
      const titles = deckTitlesIn(deck, lang);
      texts.push({ where: titles.where('subtitle'), text: titles.subtitle, tokens: true });
      const file = deckSourceFile(deck.id, lang);
      const page = parse(readFileSync(join(root, file), 'utf8'), { comment: false });
      for (const section of page.querySelectorAll('.slides > section')) {
        texts.push({ where: `${file}: slide “${section.getAttribute('id') ?? ''}”`, text: slideWords(section.innerHTML) });
      }
      // The title slide's h1 as written from decks.ts (its figure, if it marks one, left out like any figure).
      const titleFigure = titleFigureOf(requireTitleMarker(page, file));
      const heading = slideWords(deckTitles(deck, lang, titleFigure, file).headingHtml);
      texts.push({ where: titles.where(titles.heading === undefined ? 'title' : 'heading'), text: heading });
      if (titles.heading !== undefined) texts.push({ where: titles.where('title'), text: titles.title });
      // The gaps and source slides as site/closing-slides.ts writes them from slides/closing.ts.
      for (const section of parse(closingSlidesHtml(deck.id, lang, { supplied: false, damaged: deckHasDamaged(deck.id) })).querySelectorAll('section')) {
        texts.push({ where: `slides/closing.ts: deck “${deck.id}”, ${lang}, slide “${section.getAttribute('id') ?? ''}” (with site/closing-slides.ts)`, text: slideWords(section.innerHTML) });
      }
    }
  }
  return texts;
}

/** One line per number typed outside the ledger, naming where it is; empty when there is none. */
export function typedNumberProblems(texts: readonly WrittenText[], articleBody: string): string[] {
  return texts.flatMap((written) =>
    findStrayDigits(written.text, articleBody, TEXT_EXCLUSIONS).map(
      (stray) => `${written.where}: “${stray.digits}” is typed, not taken from the ledger (in “…${stray.context}…”); write a figure token such as {ledger-id} or a data-figure element, or list the text in ledger/exclusions.ts`,
    ),
  );
}

/**
 * Where a written text is shown with its figure tokens rendered, every brace in it must belong to
 * a valid token naming a ledger entry; everywhere else (slides, notes, units, series names) a
 * token would show literally, so none may appear. And no text may carry a control character or a
 * noncharacter. One line per problem, naming where it is.
 */
export function writtenTextProblems(texts: readonly WrittenText[]): string[] {
  return texts.flatMap((written) => {
    const characters = forbiddenCharacterProblem(written.text);
    const tokens = written.tokens ? figureTokenProblems(written.text, findFigure) : unrenderedTokenProblems(written.text);
    return [...(characters ? [characters] : []), ...tokens].map((problem) => `${written.where}: ${problem}`);
  });
}

/** The numbers a Chinese quote prints, as printed and multiplied out where a scale word follows (“4.88万” ⇒ 48,800). */
function quoteNumbers(quote: string): Set<string> {
  const numbers = new Set<string>();
  for (const match of quote.matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)) {
    const digits = match[1] ?? '';
    numbers.add(digits);
    const scale = match[2] === undefined ? undefined : UNIT_SCALES[match[2]];
    if (scale !== undefined) numbers.add(englishNumber(Number(digits), scale));
  }
  return numbers;
}

/**
 * The English translation of each quote may only carry the numbers of its own Chinese quote, as
 * printed or multiplied out by the scale word after them (10万亩 ⇒ 100,000 mu), or listed
 * exclusions: a mistyped number in a translation (“75 cadres” for 57名), or another figure's
 * number (“30 cadres”), is an error naming the entry.
 */
export function englishQuoteProblems(
  articleBody: string,
  figures: readonly Figure[] = FIGURES,
  translations: Readonly<Record<string, FigureEnglish>> = FIGURES_EN,
): string[] {
  return figures.flatMap((figure) => {
    const en = translations[figure.id];
    if (!en) return [];
    const allowed = quoteNumbers(figure.quote);
    return findStrayDigits(en.quote, articleBody, TEXT_EXCLUSIONS)
      .filter((stray) => !allowed.has(stray.digits))
      .map((stray) => `ledger/english.ts: entry “${figure.id}”, field “quote”: “${stray.digits}” is not a number of the Chinese quote “${figure.quote}” (in “…${stray.context}…”)`);
  });
}
