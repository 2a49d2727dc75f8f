import type { Side } from '../palette.ts';
import type { Lang } from '../../ledger/format.ts';
import type { SupplementSet } from '../../ledger/supplements.ts';

/** How a chart is drawn in this context (slide, print, embed). */
export interface BuildOptions {
  readonly font: string;
  /** Labels, units and number format: Chinese as the article writes them, or the English edition. */
  readonly lang: Lang;
  /**
   * Figures supplied from other sources: a supplied gap is drawn as a bar of its own pattern and
   * colour, labelled “补充 / added”, scaled with the known values. None: the article alone.
   */
  readonly supplements?: SupplementSet;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { font: 'sans-serif', lang: 'zh-CN' };

/** One bar: a label and the ledger id of its figure. */
export interface BarRow {
  readonly label: string;
  readonly figure: string;
  readonly side?: Side;
}
