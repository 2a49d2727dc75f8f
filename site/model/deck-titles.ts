import { figureById } from '../../ledger/lookup.ts';
import { FIGURE_TOKEN, formatValue, type Lang } from '../../ledger/format.ts';
import type { DeckMeta } from '../../slides/decks.ts';
import type { HTMLElement } from 'node-html-parser';
import { deckTitlesIn, TITLE_FIGURE, titleFigureOf, titleMarker, type DeckTitles } from '../deck-title.ts';
import { escapeHtml } from '../../common/escape-html.ts';

/** The subtitle's lead before a full-width colon (“总览：…” ⇒ “总览”), figure tokens left out. */
function subtitleLead(subtitle: string): string {
  return (subtitle.split('：')[0] ?? '').replace(FIGURE_TOKEN, '').trim();
}

/**
 * The titles of a deck in one language, from slides/decks.ts or slides/english-decks.ts. `titleFigure`
 * names a ledger figure the title prints; its text in the title becomes that figure on the slide.
 */
export function deckTitles(deck: DeckMeta, lang: Lang, titleFigure: string | null, file: string): DeckTitles {
  const titles = deckTitlesIn(deck, lang);
  const title = titles.title;
  const where = titles.where('title');
  let plain = title;
  let headingHtml = titles.heading ?? escapeHtml(title);
  if (titleFigure) {
    if (titles.heading) throw new Error(`${file}: ${TITLE_FIGURE}="${titleFigure}" and ${titles.where('heading')} both write the h1; keep one`);
    let text: string;
    try {
      text = formatValue(figureById(titleFigure), lang);
    } catch {
      throw new Error(`${file}: ${TITLE_FIGURE}: no ledger entry “${titleFigure}”`);
    }
    const at = title.indexOf(text);
    if (at < 0) throw new Error(`${file}: ${TITLE_FIGURE}="${titleFigure}": ${where} “${title}” does not print the figure as the ledger writes it, “${text}”`);
    const before = title.slice(0, at);
    const after = title.slice(at + text.length);
    plain = `${before}${after}`.trim();
    headingHtml = `${escapeHtml(before)}<span data-figure="${escapeHtml(titleFigure)}"></span>${escapeHtml(after)}`;
  }
  const subtitle = subtitleLead(titles.subtitle);
  return { tab: subtitle === '' ? plain : `${plain} · ${subtitle}`, headingHtml };
}


/** A page's titles as its model holds them: from its title marker (and the figure it names), with where they are written. */
export function pageTitles(root: HTMLElement, deck: DeckMeta, lang: Lang, file: string): DeckTitles & { readonly source: string } {
  const marker = titleMarker(root, file);
  const titles = marker ? deckTitles(deck, lang, titleFigureOf(marker), file) : { tab: '', headingHtml: '' };
  return { ...titles, source: deckTitlesIn(deck, lang).where('title') };
}
