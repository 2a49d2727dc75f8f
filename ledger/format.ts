import type { Figure } from './types.ts';
import { FIGURES_EN, type FigureEnglish } from './english.ts';
import { figureById, findFigure } from './lookup.ts';
import { FIGURE_TOKEN_SOURCE, figureTokenProblems } from './token-syntax.ts';

import type { Lang } from '../contracts/lang.ts';
import { gapBrackets } from './gap-brackets.ts';
export { LANGS, type Lang } from '../contracts/lang.ts';

/** The words every omitted figure shows. */
export const OMITTED_TEXT = '原文未给出';
export const OMITTED_TEXT_EN = 'not given in the article';

function numberText(value: number): string {
  const text = String(Math.abs(value));
  return value < 0 ? `−${text}` : text;
}

/** The English facts of a figure; throws naming the id when the translation is missing. */
export function english(figure: Figure): FigureEnglish {
  const entry = FIGURES_EN[figure.id];
  if (!entry) throw new Error(`ledger/english.ts: no English entry for “${figure.id}”`);
  return entry;
}

/** A value in plain English form: 4.88 × 10000 ⇒ “48,800”. */
export function englishNumber(value: number, factor: number): string {
  const plain = Math.abs(value * factor).toLocaleString('en-US', { maximumFractionDigits: 2 });
  return value < 0 ? `−${plain}` : plain;
}

function withUnit(number: string, unit: string): string {
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

function formatValueEn(figure: Figure): string {
  const en = english(figure);
  const approx = figure.approx === '近' ? 'nearly ' : figure.approx === '约' ? 'about ' : figure.approx === '余' ? 'more than ' : '';
  switch (figure.status) {
    case 'omitted':
      return `${approx}${withUnit('?', en.unit)}`;
    case 'damaged':
      if (figure.value !== null && figure.bound === 'lower') return `at least ${withUnit(englishNumber(figure.value, en.factor ?? 1), en.unit)}`;
      return withUnit('?', en.unit);
    case 'derived':
      return `${en.unit === '%' ? '' : 'about '}${withUnit(englishNumber(figure.value ?? Number.NaN, en.factor ?? 1), en.unit)}`;
    case 'stated':
      return `${approx}${withUnit(englishNumber(figure.value ?? Number.NaN, en.factor ?? 1), en.unit)}`;
  }
}

/** The number and unit as a slide shows them, with 近/余/约 kept where the article has them. */
export function formatValue(figure: Figure, lang: Lang = 'zh-CN'): string {
  if (lang === 'en') return formatValueEn(figure);
  const before = figure.approx === '近' || figure.approx === '约' ? figure.approx : '';
  const after = figure.approx === '余' ? '余' : '';
  switch (figure.status) {
    case 'omitted':
      return `${before}？${after}${figure.unit}`;
    case 'damaged':
      if (figure.value !== null && figure.bound === 'lower') return `${figure.value}${figure.unit}以上`;
      return `？${figure.unit}`;
    case 'derived':
      return `${figure.unit === '%' ? '' : '约'}${numberText(figure.value ?? Number.NaN)}${figure.unit}`;
    case 'stated':
      return `${before}${numberText(figure.value ?? Number.NaN)}${after}${figure.unit}`;
  }
}

/** What the text prints for a damaged figure, in words. */
export function printedText(figure: Figure, lang: Lang = 'zh-CN'): string {
  return lang === 'en' ? `printed as “${figure.printed ?? ''}”` : `原文显示“${figure.printed ?? ''}”`;
}

/** What a placeholder says: the gap in words, or what a damaged figure prints. */
export function placeholderText(figure: Figure, lang: Lang = 'zh-CN'): string {
  if (figure.status === 'omitted') return lang === 'en' ? OMITTED_TEXT_EN : OMITTED_TEXT;
  if (figure.status === 'damaged') return lang === 'en' ? `${printedText(figure, lang)}, digits likely lost` : `${printedText(figure)}，数字疑缺损`;
  return '';
}

/** The brackets that set a figure's gap words off from its value in running text: （…） or “ (…)”. */
export { gapBrackets };

/** The full inline text of a figure on a slide: the value, or the placeholder words. */
export function figureText(figure: Figure, lang: Lang = 'zh-CN'): string {
  const [open, close] = gapBrackets(lang);
  if (figure.status === 'omitted') return `${formatValue(figure, lang)}${open}${placeholderText(figure, lang)}${close}`;
  if (figure.status === 'damaged') {
    return figure.value !== null ? `${formatValue(figure, lang)}${open}${printedText(figure, lang)}${close}` : printedText(figure, lang);
  }
  return formatValue(figure, lang);
}

/**
 * A figure token in hand-written text: `{ledger-id}` stands for the figure as a slide shows it
 * (formatValue: “4.88万个”, “48,800 jobs”), `{ledger-id|number}` for its number alone (“4.88”,
 * “48,800”), `{ledger-id|printed}` for a damaged figure's text as printed (“0户”). Text that mentions a figure says it with a token, so correcting the ledger corrects
 * every title, label and note, and no number is typed twice.
 */
export const FIGURE_TOKEN = new RegExp(FIGURE_TOKEN_SOURCE, 'g');

function tokenNumber(figure: Figure, lang: Lang): string {
  if (figure.value === null) return lang === 'en' ? '?' : '？';
  return lang === 'en' ? englishNumber(figure.value, english(figure).factor ?? 1) : numberText(figure.value);
}

/**
 * The text with every figure token replaced by its ledger figure, in the language; throws naming
 * `where` (file, entry, field) and the token when a token names no ledger entry, asks for printed
 * text a figure has not, or when something looks like a token and is not one (`{id|num}`, `{ id }`,
 * `{Id}`, nested braces): nothing half-rendered reaches a slide.
 */
export function renderFigureTokens(text: string, lang: Lang, where: string): string {
  const [problem] = figureTokenProblems(text, findFigure);
  if (problem !== undefined) throw new Error(`${where}: ${problem}`);
  return text.replace(FIGURE_TOKEN, (_token: string, id: string, form: string | undefined) => {
    const figure = figureById(id);
    if (form === 'printed') return figure.printed ?? '';
    return form === 'number' ? tokenNumber(figure, lang) : formatValue(figure, lang);
  });
}

/** The figure's label in the page's language, its figure tokens rendered. */
export function figureLabel(figure: Figure, lang: Lang = 'zh-CN'): string {
  const file = lang === 'en' ? 'ledger/english.ts' : 'ledger/figures.ts';
  return renderFigureTokens(lang === 'en' ? english(figure).label : figure.label, lang, `${file}: entry “${figure.id}”, field “label”`);
}

/** The figure's note (why it is missing, how it is computed) in the page's language, its figure tokens rendered. */
export function figureNote(figure: Figure, lang: Lang = 'zh-CN'): string | undefined {
  const note = lang === 'en' ? english(figure).note : figure.note;
  const file = lang === 'en' ? 'ledger/english.ts' : 'ledger/figures.ts';
  return note === undefined ? undefined : renderFigureTokens(note, lang, `${file}: entry “${figure.id}”, field “note”`);
}

/** The value a chart plots: the article's number, or in English the plain number (4.88万 ⇒ 48,800). */
export function plotValue(figure: Figure, value: number, lang: Lang = 'zh-CN'): number {
  return lang === 'en' ? value * (english(figure).factor ?? 1) : value;
}

export function isPlaceholder(figure: Figure): boolean {
  return figure.status === 'omitted' || figure.status === 'damaged';
}
