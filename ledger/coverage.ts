import type { CoverageExclusion, Figure } from './types.ts';

/** A run of digits in the body that no entry quote and no exclusion covers. */
export interface UncoveredDigits {
  readonly digits: string;
  readonly offset: number;
  readonly context: string;
}

function markAll(covered: boolean[], body: string, needle: string): boolean {
  let found = false;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
    found = true;
    for (let i = at; i < at + needle.length; i += 1) covered[i] = true;
  }
  return found;
}

/**
 * Every run of digits in the body must lie inside some entry's quote or an exclusion.
 * Returns the runs that do not, and the exclusions that match nothing (stale).
 */
export function checkCoverage(
  body: string,
  figures: readonly Figure[],
  exclusions: readonly CoverageExclusion[],
): { uncovered: UncoveredDigits[]; staleExclusions: CoverageExclusion[] } {
  const covered: boolean[] = new Array<boolean>(body.length).fill(false);
  for (const figure of figures) markAll(covered, body, figure.quote);
  const staleExclusions = exclusions.filter((exclusion) => !markAll(covered, body, exclusion.quote));
  const uncovered: UncoveredDigits[] = [];
  for (const match of body.matchAll(/\d+/g)) {
    const offset = match.index;
    const digits = match[0];
    const allCovered = [...digits].every((_, i) => covered[offset + i]);
    if (!allCovered) {
      uncovered.push({ digits, offset, context: body.slice(Math.max(0, offset - 12), offset + digits.length + 12) });
    }
  }
  return { uncovered, staleExclusions };
}
