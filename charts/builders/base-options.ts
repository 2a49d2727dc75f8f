import { PALETTE } from '../palette.ts';
import type { BuildOptions } from './options.ts';

/** How a chart's axes are laid out. */
export interface AxesSpec {
  /** Bars run left to right (the value axis is x). */
  readonly horizontal: boolean;
  /** The value axis's unit (said in the caption, kept on the axis title for tools). */
  readonly unit: string;
  /** false when the chart has no known value: the value axis then shows no grid or ticks. */
  readonly hasValues: boolean;
  /** Every bar carries its value as a label: then the value axis shows no ticks and no grid (they would say it twice). */
  readonly directLabels: boolean;
  readonly suggestedMax?: number;
  readonly stepSize?: number;
}

/** Options shared by every chart: a still chart, fonts, colours, axes. */
export function baseOptions(options: BuildOptions, axes: AxesSpec) {
  const { horizontal, unit, hasValues, directLabels } = axes;
  const valueTicks = hasValues && !directLabels;
  const extent = axes;
  const tickFont = { family: options.font, size: 20 };
  const category = {
    type: 'category' as const,
    display: true,
    grid: { display: false, color: PALETTE.grid },
    border: { display: true, color: PALETTE.muted },
    ticks: { color: PALETTE.text, font: { family: options.font, size: 22 }, display: true },
    title: { display: false, text: '', color: PALETTE.muted, font: tickFont },
  };
  const value = {
    type: 'linear' as const,
    display: true,
    grid: { display: valueTicks, color: PALETTE.grid },
    border: { display: false, color: PALETTE.muted },
    ticks: {
      color: PALETTE.muted,
      font: tickFont,
      display: valueTicks,
      maxTicksLimit: 6,
      // English values are plain numbers (48,800; 940,000): write large ticks compactly (40K, 1M).
      // A format, not a callback: the configuration stays plain JSON, built once at build time.
      ...(options.lang === 'en' ? { format: { notation: 'compact' as const, maximumFractionDigits: 1 } } : {}),
      ...(extent.stepSize ? { stepSize: extent.stepSize } : {}),
    },
    // The unit is said once, in the caption under the chart (单位：…), not again on the axis.
    title: { display: false, text: options.lang === 'en' ? `Unit: ${unit}` : `单位：${unit}`, color: PALETTE.muted, font: tickFont },
    beginAtZero: true,
    min: 0,
    ...(extent.suggestedMax ? { suggestedMax: extent.suggestedMax } : {}),
  };
  return {
    indexAxis: horizontal ? ('y' as const) : ('x' as const),
    locale: options.lang === 'en' ? 'en-US' : 'zh-CN',
    responsive: true,
    maintainAspectRatio: false,
    // A still chart: the page turns animation on and sets the pixel ratio when it draws (chart-lifecycle.ts).
    animation: false as const,
    layout: { padding: { top: 36, right: 48, bottom: 8, left: 8 } },
    scales: horizontal ? { x: value, y: category } : { x: category, y: value },
    plugins: {
      legend: { display: false },
      tooltip: { enabled: false },
    },
  };
}
