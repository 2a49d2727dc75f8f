import type { Figure } from '../ledger/types.ts';
import { english, figureLabel, figureNote, figureText, type Lang } from '../ledger/format.ts';

/**
 * The lines the speaker notes add under a slide's own words: where each figure on the slide comes
 * from, with its article sentence (and the English rendering in the English edition). Plain text:
 * the deck page writes them as a list (site/render-deck.ts), the deck model as lines.
 */
export function noteSources(figures: readonly Figure[], lang: Lang): { readonly heading: string; readonly lines: readonly string[] } | null {
  if (figures.length === 0) return null;
  const lines = figures.map((figure) => {
    const note = figureNote(figure, lang);
    if (lang === 'en') {
      const caveat = note ? ` (${note})` : '';
      return `${figureLabel(figure, lang)}: ${figureText(figure, lang)}. Article: 「${figure.quote}」 — “${english(figure).quote}”${caveat}`;
    }
    const caveat = note ? `（${note}）` : '';
    return `${figureLabel(figure)}：${figureText(figure)}。原文：「${figure.quote}」${caveat}`;
  });
  return { heading: noteSourcesHeading(lang), lines };
}

/** The heading over those lines. */
export function noteSourcesHeading(lang: Lang): string {
  return lang === 'en' ? 'Where the figures on this slide come from:' : '本页数字的原文出处：';
}
