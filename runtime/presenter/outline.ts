/**
 * A deck's slides as the presenter channel speaks of them: each slide's id, its reveal position
 * (h, v) and how many fragments it has. Both ends build it from the deck page itself — a deck
 * window from its own slides, the presenter view from the deck page it fetched — and a state
 * message counts only if it describes a slide of that outline exactly.
 */

export interface OutlineSlide {
  readonly id: string;
  readonly h: number;
  readonly v: number;
  /** Fragment indices run from -1 (none shown) to fragments - 1. */
  readonly fragments: number;
}

export interface DeckOutline {
  /** html[data-deck] */
  readonly deck: string;
  /** html[data-minutes]: the talk's planned length. */
  readonly minutes: number;
  readonly slides: readonly OutlineSlide[];
}

/** What a state message says about the deck (channel.ts checks the types, this the values). */
export interface OutlineClaim {
  readonly deck: string;
  readonly slideId: string;
  readonly position: { readonly h: number; readonly v: number; readonly f?: number };
  readonly next: { readonly h: number; readonly v: number } | null;
  readonly index: number;
  readonly total: number;
  readonly minutes: number;
}

function childSections(parent: Element): Element[] {
  // reveal removes data-visibility="hidden" slides when it starts: a fetched page still has them.
  return [...parent.children].filter((child) => child.tagName === 'SECTION' && child.getAttribute('data-visibility') !== 'hidden');
}

/** The outline of a deck's `.slides` element: horizontal sections, and the vertical ones of a stack, in reveal's order. */
export function deckOutline(slidesElement: Element, deck: string, minutes: number): DeckOutline {
  const slides: OutlineSlide[] = [];
  childSections(slidesElement).forEach((section, h) => {
    const stack = childSections(section);
    (stack.length > 0 ? stack : [section]).forEach((slide, v) => {
      slides.push({ id: slide.id, h, v, fragments: slide.querySelectorAll('.fragment').length });
    });
  });
  return { deck, minutes, slides };
}

/**
 * Whether a state describes this deck exactly: its id and planned length, a slide id it has, that
 * slide's position and index, a fragment index the slide has, the slide count, and the slide after.
 */
export function describesOutline(outline: DeckOutline, claim: OutlineClaim): boolean {
  const index = outline.slides.findIndex((slide) => slide.id === claim.slideId);
  const slide = outline.slides[index];
  if (!slide || claim.slideId === '' || claim.deck !== outline.deck || claim.minutes !== outline.minutes) return false;
  if (claim.index !== index || claim.total !== outline.slides.length) return false;
  const { h, v, f = -1 } = claim.position;
  if (h !== slide.h || v !== slide.v || f < -1 || f >= slide.fragments) return false;
  const after = outline.slides[index + 1];
  if (!after || !claim.next) return !after && !claim.next;
  return claim.next.h === after.h && claim.next.v === after.v;
}

/**
 * The build steps of the slide a checked state shows, from the outline (never from the message):
 * one step plus one per fragment; the step shown follows the fragment index (−1 for none shown).
 * null for a slide without fragments.
 */
export function stepsShown(outline: DeckOutline, slideId: string, fragment: number | undefined): { current: number; total: number } | null {
  const slide = outline.slides.find((candidate) => candidate.id === slideId);
  if (!slide || slide.fragments === 0) return null;
  const total = slide.fragments + 1;
  return { current: Math.min(total, Math.max(1, (fragment ?? -1) + 2)), total };
}
