/**
 * Where the reader is in a reading view, as a slide id in the address (#/<slide-id>, reveal's own
 * form, so the same link opens the talk at that slide). Pure helpers, unit-tested.
 */

/** The slide a hash names: #/<slide-id>, or reveal's #/<index> (0-based). Null when it names none. */
export function slideFromHash(hash: string, ids: readonly string[]): string | null {
  const match = /^#\/([^/?#]+)/.exec(hash);
  if (!match?.[1]) return null;
  let name: string;
  try {
    name = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  if (ids.includes(name)) return name;
  if (/^\d+$/.test(name)) return ids[Number(name)] ?? null;
  return null;
}

export function hashFor(id: string): string {
  return `#/${encodeURIComponent(id)}`;
}

/**
 * The slide being read: the last one whose top has passed the reading line (a third down the
 * viewport); the first slide above that. tops are the sections' top edges relative to the viewport,
 * in document order. At the very bottom of the page, the last slide.
 */
export function currentIndex(tops: readonly number[], viewportHeight: number, atBottom: boolean): number {
  if (tops.length === 0) return -1;
  if (atBottom) return tops.length - 1;
  const line = viewportHeight / 3;
  let index = 0;
  tops.forEach((top, i) => {
    if (top <= line) index = i;
  });
  return index;
}
