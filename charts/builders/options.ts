import type { Side } from '../palette.ts';

/** How a chart is drawn in this context (slide, print, embed). */
export interface BuildOptions {
  /** false in print view, under prefers-reduced-motion, and in tests. */
  readonly animate: boolean;
  /** Backing-store pixels per CSS pixel, including reveal's scale. */
  readonly devicePixelRatio: number;
  readonly font: string;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { animate: false, devicePixelRatio: 2, font: 'sans-serif' };

/** One bar: a label and the ledger id of its figure. */
export interface BarRow {
  readonly label: string;
  readonly figure: string;
  readonly side?: Side;
}
