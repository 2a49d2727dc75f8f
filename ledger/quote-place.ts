/** The approximation words the article prints with a number: 近 and 约 before it, 余 after it. */
export const APPROX_WORDS = ['近', '余', '约'] as const;
export type ApproxWord = (typeof APPROX_WORDS)[number];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The part of a unit the quote prints right after the number: the unit, or a compound unit's first part (吨 of 吨/亩, printed “每亩5吨”). */
function marker(unit: string): string {
  return unit.split('/')[0] ?? unit;
}

function isApprox(char: string | undefined): char is ApproxWord {
  return (APPROX_WORDS as readonly string[]).includes(char ?? '');
}

/** Where a figure sits in its quote, and the approximation word the quote prints there (or none). */
export interface QuotePlace {
  /** The number as printed (“57”), or '' where the number is missing. */
  readonly digits: string;
  /** The figure as printed at its place, with its approximation word: “20余载”, “近例”. */
  readonly text: string;
  readonly approx: ApproxWord | undefined;
}

/**
 * Where a stated figure sits in its quote: the first number printed directly before the figure's
 * unit (“57名” in “11批57名干部”; “余” may sit between, as in “20余载”), with the 近 or 约 printed
 * right before it or the 余 right after it. Null when the quote prints no number before that unit.
 */
export function statedPlace(quote: string, unit: string): QuotePlace | null {
  const match = new RegExp(`(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)(余?)${escapeRegExp(marker(unit))}`).exec(quote);
  if (!match) return null;
  const before = quote[match.index - 1];
  const approx = match[2] === '余' ? '余' : isApprox(before) ? before : undefined;
  const lead = approx === '近' || approx === '约' ? approx : '';
  return { digits: match[1] ?? '', text: `${lead}${match[0]}`, approx };
}

/** Every number a quote prints directly before a unit (“5” and “3.5” before 吨 in “每亩5吨下降到每亩3.5吨”). */
export function numbersBeforeUnit(quote: string, unit: string): string[] {
  return [...quote.matchAll(new RegExp(`(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)余?${escapeRegExp(marker(unit))}`, 'g'))].map((match) => match[1] ?? '');
}

/**
 * Where an omitted figure's number is missing in its quote: the first place its unit is printed
 * with no digit before it (“近例” in “组织远程会诊近例”), with the approximation word printed right
 * before the unit. Null when every place the unit is printed has its number.
 */
export function omittedPlace(quote: string, unit: string): QuotePlace | null {
  const needle = marker(unit);
  for (let at = quote.indexOf(needle); at >= 0; at = quote.indexOf(needle, at + 1)) {
    const before = quote[at - 1];
    const digitAt = before === '余' ? at - 2 : at - 1;
    if (/[0-9.]/.test(quote[digitAt] ?? '')) continue;
    const approx = isApprox(before) ? before : undefined;
    return { digits: '', text: `${approx ?? ''}${needle}`, approx };
  }
  return null;
}
