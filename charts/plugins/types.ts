import type { ChartType } from 'chart.js';

/** A mark drawn in a category's band where the article gives no usable number. */
export interface PlaceholderMark {
  /** Category index in the chart's labels. */
  readonly index: number;
  /**
   * omitted: no number printed. damaged: digits cut. open-end: a legible lower bound (bar drawn, end left open).
   * supplied: a value from another source (bar drawn in its own striped pattern, the words at its end).
   */
  readonly kind: 'omitted' | 'damaged' | 'open-end' | 'supplied';
  /** The words drawn beside the mark ("原文未给出", "原文显示“0户”"). */
  readonly text: string;
  /** Drawn inside the slot: "？" (Chinese) or "?" (English); empty for an open end. */
  readonly question: string;
}

export interface PlaceholderMarksOptions {
  readonly marks: readonly PlaceholderMark[];
  readonly color: string;
  readonly damagedColor: string;
  /** The colour of supplied bars' stripes and words (defaults to the palette's). */
  readonly supplementColor?: string;
  readonly font: string;
  /** Multiplies the marks' text and slot sizes (1 on a 1280×720 slide; smaller in a reflowed phone chart). */
  readonly scale?: number;
  /** Break the words into lines where they do not fit instead of squeezing them (default true). */
  readonly wrap?: boolean;
  /** A lower bound's words under its bar, across the plot, when they do not fit beside the arrow (a reflowed phone chart). */
  readonly openEndBelow?: boolean;
}

export interface ValueLabelsOptions {
  /** labels[datasetIndex][dataIndex]: the text written at the end of that bar; '' for none. */
  readonly labels: readonly (readonly string[])[];
  readonly color: string;
  readonly font: string;
  /** Multiplies the labels' text size and offsets (1 on a 1280×720 slide; smaller in a reflowed phone chart). */
  readonly scale?: number;
  /** Upright bars: a label wider than its bar's share of the band goes on lines above it (a reflowed phone chart). */
  readonly wrap?: boolean;
  /**
   * Stacked bars: labels go inside their segments instead. Each series is named once, in the first
   * segment its full label fits (a direct label instead of a legend); the others get the short label.
   */
  readonly inside?: { readonly short: readonly (readonly string[])[]; readonly color: string };
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels?: ValueLabelsOptions;
    placeholderMarks?: PlaceholderMarksOptions;
  }
}
