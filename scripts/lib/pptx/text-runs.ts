import type PptxGenJS from 'pptxgenjs';
import type { Lang } from '../../../ledger/format.ts';
import { breakIntoLines, withoutPhraseBreaks } from '../../../charts/phrases.ts';
import { chartText } from '../../../charts/builders/wrap-label.ts';
import { textEms } from './layout.ts';

type TextRun = PptxGenJS.TextProps;

/**
 * Text for PowerPoint set by the decks' rules: a number with its unit (and “?” with its unit) joined
 * by a no-break space; Chinese broken only between phrases (charts/phrases.ts, BudouX at build time),
 * as explicit line breaks, because PowerPoint, WPS, Keynote and LibreOffice break Chinese between
 * any two characters; each run marked with its language, so a viewer picks a Simplified Chinese font.
 */
const HAN = /\p{Script=Han}/gu;

/** The language code of a run: Chinese when Chinese characters are most of its letters. */
export function runLang(text: string, deckLang: Lang): 'zh-CN' | 'en-US' {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (deckLang === 'zh-CN') return han > 0 || latin === 0 ? 'zh-CN' : 'en-US';
  return han > latin ? 'zh-CN' : 'en-US';
}

/** A text with its number held to its unit (a no-break space), as a run shows it. */
export function keptTogether(text: string): string {
  return withoutPhraseBreaks(chartText(text));
}

/**
 * A paragraph's lines at a size in a width: Chinese broken between phrases where it would not fit
 * (on the safe side: one em kept free), other text left to the viewer's own breaking at spaces.
 */
export function paragraphLines(text: string, pt: number, widthIn: number): string[] {
  const marked = chartText(text);
  // Chinese text only: English with a Chinese name in it is left to the viewer's breaking at spaces.
  if (runLang(text, 'en') !== 'zh-CN') return [marked];
  const perLine = Math.max(1, (widthIn * 72) / pt - 1);
  return breakIntoLines(marked, perLine, (part) => textEms(withoutPhraseBreaks(part))).map(withoutPhraseBreaks);
}

/** A paragraph as runs: its lines joined by soft line breaks, each run in its language. */
export function paragraphRuns(text: string, pt: number, widthIn: number, deckLang: Lang, options: TextRun['options'] = {}, lastOfBox = true): TextRun[] {
  const lines = paragraphLines(text, pt, widthIn);
  return lines.map((line, index) => ({
    text: line,
    options: {
      ...options,
      lang: runLang(line, deckLang),
      ...(index > 0 ? { softBreakBefore: true } : {}),
      breakLine: index === lines.length - 1 ? !lastOfBox : false,
    },
  }));
}
