import { breakIntoLines } from '../phrases.ts';

/**
 * Breaks text drawn on a canvas into lines no wider than maxWidth: between words or the Chinese
 * phrases the build marked (charts/phrases.ts), never inside a word, a phrase, a quoted term or a
 * number with its unit, nor before closing punctuation.
 */
export function breakLines(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  return breakIntoLines(text, maxWidth, measure);
}
