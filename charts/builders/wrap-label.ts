import type { Lang } from '../../ledger/format.ts';
import { withoutPhraseBreaks, wrapText } from '../phrases.ts';
import { markPhrases } from './phrases.ts';

/** A number stays with its unit: a no-break space between them (“16 schools”, “48,800 jobs”). */
export function keepNumbersWithUnits(text: string): string {
  return text.replace(/([\d?？])[ ](?=[A-Za-z%])/g, '$1\u00a0');
}

/**
 * A chart text as the build writes it into a chart's configuration: Chinese phrases marked with
 * PHRASE_BREAK (charts/phrases.ts), numbers held to their units, so every place that wraps it —
 * the slide's axis (wrapLabel), the reading view's narrower axis, value labels and placeholder words
 * on the canvas, the PowerPoint export — breaks it at the same places and nowhere else.
 */
export function chartText(text: string): string {
  return keepNumbersWithUnits(markPhrases(text));
}

/**
 * A category label for a chart: one line when it fits in `width` characters, else its balanced
 * lines (charts/phrases.ts wrapText), broken between words or Chinese phrases, never inside one.
 */
export function wrapLabel(label: string, lang: Lang, width = lang === 'en' ? 20 : 12): string | string[] {
  const text = chartText(label);
  if ([...withoutPhraseBreaks(text)].length <= width) return text;
  const lines = wrapText(text, width);
  return lines.length === 1 ? (lines[0] ?? text) : lines;
}
