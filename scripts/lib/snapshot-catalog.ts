import type { Manifest, SlideEntry } from '../../site/manifest.ts';
import { ExportError } from './cli/errors.ts';

/** A deck or slide the built site does not have (snapshot's own failure; shared ones: cli/errors.ts). */
export class SnapshotInputError extends ExportError {
  override readonly name = 'SnapshotInputError';
}

/** The slides to photograph, in deck order; unknown ids fail with the valid ones listed. */
export function selectSlides(manifest: Manifest, deckId: string, slideIds: readonly string[]): SlideEntry[] {
  // The Chinese decks (decks.json also lists English editions under the same ids).
  const decks = manifest.decks.filter((candidate) => candidate.lang === 'zh-CN');
  const deck = decks.find((candidate) => candidate.id === deckId);
  if (!deck) throw new SnapshotInputError(`unknown deck “${deckId}”; decks: ${decks.map((d) => d.id).join(', ')}`);
  if (slideIds.length === 0) return [...deck.slides];
  const unknown = slideIds.filter((id) => !deck.slides.some((slide) => slide.id === id));
  if (unknown.length > 0) {
    throw new SnapshotInputError(`unknown slide ${unknown.map((id) => `“${id}”`).join(', ')} in ${deckId}; slides: ${deck.slides.map((s) => s.id).join(', ')}`);
  }
  return deck.slides.filter((slide) => slideIds.includes(slide.id));
}
