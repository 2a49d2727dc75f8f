import type { Side } from '../palette.ts';
import type { Lang } from '../../ledger/format.ts';

/** How a chart is drawn in this context (slide, print, embed). */
export interface BuildOptions {
  readonly font: string;
  /** Labels, units and number format: Chinese as the article writes them, or the English edition. */
  readonly lang: Lang;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { font: 'sans-serif', lang: 'zh-CN' };

/** One bar: a label and the ledger id of its figure. */
export interface BarRow {
  readonly label: string;
  readonly figure: string;
  readonly side?: Side;
}
