import type { ChartConfiguration } from 'chart.js';
import type { DeckId } from '../../ledger/types.ts';
import type { BuildOptions } from '../builders/options.ts';
import type { Lang } from '../../ledger/format.ts';
import type { StepPlan } from '../steps.ts';
import type { ChartData } from './chart-data.ts';
import type { SupplementSet } from '../../ledger/supplements.ts';

/** A piece of hand-written chart text as typed in the catalog (figure tokens unrendered), and where it is. */
export interface WrittenText {
  /** File, chart and field, for error messages. */
  readonly where: string;
  readonly text: string;
  /**
   * The text's figure tokens are rendered where it is shown (titles, row labels, ledger labels and
   * notes, deck subtitles), so every token must be valid; elsewhere a token would show literally.
   */
  readonly tokens?: boolean;
}

/** A chart on a slide: what it says, which figures it shows, how it is built and described in words. */
export interface ChartSpec {
  readonly id: string;
  readonly deck: DeckId;
  /** The one message of the chart, stated as its title (Chinese). */
  readonly title: string;
  /** The unit (Chinese), as a line: under the chart when unitLineShown, and in the data table and the PowerPoint sheet. */
  readonly unitLine: string;
  /**
   * The unit line is shown under the chart. false when every value label carries its unit
   * (“上海 30所”, “5吨/亩”): the unit is stated once per chart (charts/catalog/rules.ts).
   */
  readonly unitLineShown: boolean;
  /** The unit its figures are plotted in, as the article writes it (万个); none for charts of ledger counts. */
  readonly unit?: string;
  /** Ledger ids shown by the chart (empty for charts of ledger counts). */
  readonly figures: readonly string[];
  /** Pure: data in, Chart.js configuration out, in options.lang. */
  build(options: BuildOptions): ChartConfiguration<'bar'>;
  /**
   * The chart's data from the ledger in an edition: categories, series, values and their labels (what
   * the PowerPoint draws); with supplements, a bar chart's supplied gaps as supplied points, as its build draws them.
   */
  data(lang: Lang, supplements?: SupplementSet): ChartData;
  /** The chart's data in words, for aria-label. */
  describe(lang?: Lang): string;
  /** Title and unit line in a language. */
  text(lang: Lang): { readonly title: string; readonly unitLine: string };
  /** Charts of ledger counts (no figures): their data as short lines of words, printed under the chart. */
  dataLines?(lang: Lang): readonly string[];
  /** Every hand-written text of the chart in both languages, as typed: checked for numbers typed outside the ledger. */
  readonly written: readonly WrittenText[];
  /** The chart builds in steps with reveal fragments, one series or one bar at a time (charts/steps.ts). */
  readonly steps?: StepPlan;
  /** Pixel height of the chart on a 1280×720 slide. */
  readonly height: number;
}
