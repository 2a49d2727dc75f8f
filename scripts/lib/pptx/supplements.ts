import type { Lang } from '../../../ledger/format.ts';
import { figureById } from '../../../ledger/lookup.ts';
import type { SupplementSet } from '../../../ledger/supplements.ts';
import { supplementLine, supplementSource } from '../../../ledger/supplement-text.ts';
import { PALETTE } from '../../../charts/palette.ts';

/**
 * What the PowerPoint export needs to show a figure supplied from another source as what it is:
 * its own fill (never the article's colours), the label beside its gap and its source in words.
 * One small module so the exporter (today's build.ts, and the DeckModel renderer after it) asks
 * one place.
 */
export const SUPPLEMENT_FILL = PALETTE.supplement.replace(/^#/, '').toUpperCase();

export interface SuppliedFigure {
  readonly figure: string;
  /** “补充 1996年（中共上海市委党史研究室）”, “added: 1996 (…)”. */
  readonly label: string;
  /** Hex without #, for a chart bar, a run of text or a shape's outline. */
  readonly fill: string;
  /** Title, publisher, date, URL and the source's own words, for the notes. */
  readonly source: string;
}

export function suppliedFigures(supplements: SupplementSet, lang: Lang): SuppliedFigure[] {
  return [...supplements.values()].map((supplement) => ({
    figure: supplement.figure,
    label: supplementLine(figureById(supplement.figure), supplement, lang),
    fill: SUPPLEMENT_FILL,
    source: supplementSource(supplement, lang),
  }));
}
