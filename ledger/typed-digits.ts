import { FIGURE_TOKEN_SOURCE } from './token-syntax.ts';

/** Text allowed to carry digits that are not ledger figures: dates, ordinals, unit conversions, formula constants. */
export interface TextExclusion {
  /** Every occurrence of this text is allowed. */
  readonly text: string;
  readonly reason: string;
}

/** A run of digits typed into hand-written text instead of coming from the ledger. */
export interface StrayDigits {
  readonly digits: string;
  /** The digits with up to 12 characters either side. */
  readonly context: string;
}

const QUOTED = /“([^“”]*)”|「([^「」]*)」|‘([^‘’]*)’/g;

function normalisePunctuation(text: string): string {
  return text.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';');
}

/**
 * Digit runs in hand-written text (a title, a label, a note, a slide) that are neither a figure
 * token ({ledger-id}), nor inside a quotation that is verbatim in the article, nor inside a listed
 * exclusion. Each of these is a number typed twice: correcting the ledger would leave it stale.
 */
export function findStrayDigits(text: string, articleBody: string, exclusions: readonly TextExclusion[]): StrayDigits[] {
  const body = normalisePunctuation(articleBody);
  // Blank out what is allowed, keeping offsets so the context stays readable.
  let masked = text.replace(new RegExp(FIGURE_TOKEN_SOURCE, 'g'), (token) => ' '.repeat(token.length));
  masked = masked.replace(QUOTED, (whole: string, a?: string, b?: string, c?: string) => {
    const inner = a ?? b ?? c ?? '';
    return /\d/.test(inner) && body.includes(normalisePunctuation(inner)) ? ' '.repeat(whole.length) : whole;
  });
  for (const exclusion of exclusions) masked = masked.split(exclusion.text).join(' '.repeat(exclusion.text.length));
  const found: StrayDigits[] = [];
  // Any decimal digit, not only ASCII: a full-width “４.８８” shows a number just the same.
  for (const match of masked.matchAll(/\p{Nd}(?:[\p{Nd}.,．，]*\p{Nd})?/gu)) {
    const at = match.index;
    found.push({ digits: match[0], context: text.slice(Math.max(0, at - 12), at + match[0].length + 12) });
  }
  return found;
}
