/**
 * Characters no written text of the ledger, its English edition or the chart catalog may hold:
 * control characters (C0 including tab and line breaks, since every field is one line; DEL; C1),
 * lone surrogates and noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their kin in every plane).
 * None shows on a slide, and most are not allowed in XML at all: a PowerPoint export carrying one
 * would write a notes or slide part that is not well-formed.
 */
const FORBIDDEN = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text may not be shown, naming the first forbidden character and where it is; null when it is clean. */
export function forbiddenCharacterProblem(text: string): string | null {
  const match = new RegExp(FORBIDDEN.source, 'u').exec(text);
  if (!match) return null;
  const count = text.match(FORBIDDEN)?.length ?? 1;
  const before = text.slice(Math.max(0, match.index - 12), match.index);
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  const where = before === '' ? 'at the start' : `after “${before}”`;
  return `contains ${codePoint(match[0])}, a control character or noncharacter, ${where}${more}; remove it: it is invisible on a slide and not allowed in the PowerPoint export's XML`;
}
