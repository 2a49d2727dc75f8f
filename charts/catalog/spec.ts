import type { ChartConfiguration } from 'chart.js';
import type { DeckId } from '../../ledger/types.ts';
import type { BuildOptions } from '../builders/options.ts';

/** A chart on a slide: what it says, which figures it shows, how it is built and described in words. */
export interface ChartSpec {
  readonly id: string;
  readonly deck: DeckId;
  /** The one message of the chart, stated as its title. */
  readonly title: string;
  /** Written under the chart in HTML: the unit (and what is computed). */
  readonly unitLine: string;
  /** Ledger ids shown by the chart (empty for charts of ledger counts). */
  readonly figures: readonly string[];
  /** Pure: data in, Chart.js configuration out. */
  build(options: BuildOptions): ChartConfiguration<'bar'>;
  /** The chart's data in words, for aria-label. */
  describe(): string;
  /** Pixel height of the chart on a 1280×720 slide. */
  readonly height: number;
}
