import { PALETTE } from '../../charts/palette.ts';
import { escapeHtml } from '../../common/escape-html.ts';
import type { DeckEntry } from '../manifest.ts';
import { THUMBNAILS, type ThumbnailChoice } from './choices.ts';
import { drawThumbnail } from './draw.ts';
import { caption, labelled } from './marks.ts';
import { hatchPattern, shape, VIEW } from './svg.ts';

/** The slide a deck's thumbnail shows, as listed in decks.json; throws when the deck has no such slide. */
export function thumbnailSlide(deck: DeckEntry, choice: ThumbnailChoice = THUMBNAILS[deck.id]): DeckEntry['slides'][number] {
  const slide = deck.slides.find((candidate) => candidate.id === choice.slide);
  if (!slide) throw new Error(`site/thumbnail/choices.ts: deck “${deck.id}” has no slide “${choice.slide}”; its slides: ${deck.slides.map((s) => s.id).join(', ')}`);
  return slide;
}

/**
 * A deck card's thumbnail: the deck's most telling figure as a small inline SVG drawn at build
 * time from the ledger (no request, no script, no inline style), linking to that slide.
 */
export function renderThumbnail(deck: DeckEntry): string {
  const choice = THUMBNAILS[deck.id];
  const slide = thumbnailSlide(deck, choice);
  const prefix = `thumb-${deck.id}`;
  const hatch = { omitted: `${prefix}-omitted`, damaged: `${prefix}-damaged` };
  const drawing = drawThumbnail(choice, { lang: deck.lang, hatch });
  const label = labelled(choice.caption[deck.lang], drawing.words, deck.lang);
  return (
    `<a class="deck-thumb" href="${escapeHtml(slide.url)}" data-thumbnail-slide="${escapeHtml(slide.id)}">` +
    `<svg viewBox="0 0 ${VIEW.width} ${VIEW.height}" role="img" aria-label="${escapeHtml(label)}" preserveAspectRatio="xMidYMid meet">` +
    `<defs>${hatchPattern(hatch.omitted, PALETTE.placeholder)}${hatchPattern(hatch.damaged, PALETTE.damaged)}</defs>` +
    shape('rect', { width: VIEW.width, height: VIEW.height, fill: PALETTE.background }) +
    caption(choice.caption[deck.lang]) +
    drawing.marks +
    `</svg></a>`
  );
}
