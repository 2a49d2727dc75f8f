/**
 * Units as the article writes them, and what each may be called in English. A unit is an optional
 * scale word (万 = 10,000, 亿 = 100,000,000) and a counter (个, 元, 亩, 吨/亩 …). The scale is never
 * typed: derived ratios and English numbers take it from the unit (4.88万个 ⇒ 48,800 jobs).
 */

/** Scale words a unit may start with, and the factor each stands for. */
export const UNIT_SCALES: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/**
 * Every counter the ledger uses, with the English units that may stand for it. An English unit
 * is a plain count noun: the factor of a scale word goes into the number (48,800 jobs), never into
 * the unit (“million jobs”). Add a row here when a new counter enters the ledger.
 */
export const ENGLISH_UNITS: Readonly<Record<string, readonly string[]>> = {
  公里: ['km'],
  年: ['', 'years'],
  载: ['years'],
  批: ['batches'],
  名: ['cadres', 'people'],
  元: ['yuan'],
  所: ['institutions', 'hospitals and clinics', 'schools', 'institutions and schools'],
  套: ['sets'],
  例: ['cases'],
  个: ['village committees', 'projects', 'jobs'],
  户: ['households'],
  家: ['companies'],
  份: ['contracts'],
  亩: ['mu'],
  '吨/亩': ['t/mu'],
  '%': ['%'],
  场: ['job fairs'],
  人: ['people'],
};

/** Words that put a scale into an English unit instead of into the number. */
const ENGLISH_SCALE_WORD = /\b(?:thousands?|millions?|billions?|hundreds?|lakhs?|crores?|k|m|bn|mn)\b|万|亿/i;

/** A unit split into its scale word (if any), the factor it stands for, and its counter. */
export interface UnitParts {
  readonly scaleWord: string;
  readonly scale: number;
  readonly counter: string;
}

export function unitParts(unit: string): UnitParts {
  for (const [word, scale] of Object.entries(UNIT_SCALES)) {
    if (unit.startsWith(word) && unit.length > word.length) return { scaleWord: word, scale, counter: unit.slice(word.length) };
  }
  return { scaleWord: '', scale: 1, counter: unit };
}

/** The factor a unit's scale word stands for: 10000 for 万个, 1 for 个. */
export function unitScale(unit: string): number {
  return unitParts(unit).scale;
}

/**
 * Why an English unit and factor cannot stand for a Chinese unit, or null when they can: the
 * counter must be in ENGLISH_UNITS with that English unit, and the factor must be the unit's
 * scale (10000 for 万…, 1 otherwise).
 */
export function englishUnitProblem(chineseUnit: string, englishUnit: string, factor: number): { field: 'unit' | 'factor'; problem: string } | null {
  const { scale, counter, scaleWord } = unitParts(chineseUnit);
  if (ENGLISH_SCALE_WORD.test(englishUnit)) {
    return { field: 'unit', problem: `“${englishUnit}” carries a scale; the English number is already multiplied out (${scaleWord ? `${scaleWord} = ${scale}, ` : ''}factor ${scale}), so the unit is a plain count noun such as ${listOf(ENGLISH_UNITS[counter] ?? [])}` };
  }
  const allowed = ENGLISH_UNITS[counter];
  if (!allowed) return { field: 'unit', problem: `the Chinese unit “${chineseUnit}” (counter “${counter}”) has no row in ledger/units.ts ENGLISH_UNITS; add it with its English units` };
  if (!allowed.includes(englishUnit)) return { field: 'unit', problem: `“${englishUnit}” is not an English unit for “${chineseUnit}”; allowed: ${listOf(allowed)} (ledger/units.ts)` };
  if (factor !== scale) return { field: 'factor', problem: `is ${factor} but “${chineseUnit}” is ×${scale}${scaleWord ? ` (${scaleWord} = ${scale})` : ''}; the factor must be ${scale}` };
  return null;
}

function listOf(units: readonly string[]): string {
  return units.map((unit) => `“${unit}”`).join(', ');
}
