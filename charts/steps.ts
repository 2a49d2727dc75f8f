import type { ChartConfiguration } from 'chart.js';

/**
 * A chart that builds in steps with reveal fragments (the Shanghai side, then the county side):
 * per step, per dataset, which bars are shown. The last step shows every bar, which is the chart
 * as built: print, embeds and the reading view show that final state without applying any mask.
 */
export type StepMask = readonly (readonly boolean[])[];

/** How a catalog chart builds: one series at a time, or one bar at a time. */
export type StepPlan = 'series' | 'bars';

/** The masks of a chart's steps, from its built configuration; the last one shows everything. */
export function stepMasks(config: ChartConfiguration<'bar'>, plan: StepPlan): StepMask[] {
  const shape = config.data.datasets.map((dataset) => dataset.data.length);
  const total = plan === 'series' ? shape.length : Math.max(0, ...shape);
  return Array.from({ length: total }, (_, step) =>
    shape.map((length, datasetIndex) => Array.from({ length }, (_, index) => (plan === 'series' ? datasetIndex <= step : index <= step))),
  );
}

/**
 * The configuration at one step: bars not shown yet stand at 0 with no label (drawn as nothing, and
 * growing from the axis when their step comes), so the scale and every shown bar stay where they are.
 */
export function maskedConfig(config: ChartConfiguration<'bar'>, mask: StepMask): ChartConfiguration<'bar'> {
  const shown = (datasetIndex: number, index: number): boolean => mask[datasetIndex]?.[index] ?? true;
  const valueLabels = config.options?.plugins?.valueLabels;
  return {
    ...config,
    data: {
      ...config.data,
      datasets: config.data.datasets.map((dataset, datasetIndex) => ({
        ...dataset,
        data: dataset.data.map((value, index) => (shown(datasetIndex, index) ? value : 0)),
      })),
    },
    options: {
      ...config.options,
      plugins: {
        ...config.options?.plugins,
        ...(valueLabels
          ? { valueLabels: { ...valueLabels, labels: (valueLabels.labels ?? []).map((row, datasetIndex) => (row ?? []).map((label, index) => (shown(datasetIndex, index) ? label : ''))) } }
          : {}),
      },
    },
  };
}

/** The masks as the build writes them on a canvas (data-chart-steps), and read back; throws naming the chart when malformed. */
export function parseStepMasks(text: string, chartId: string): StepMask[] {
  const value: unknown = JSON.parse(text);
  const isMask = (mask: unknown): mask is StepMask => Array.isArray(mask) && mask.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'boolean'));
  if (!Array.isArray(value) || value.length < 2 || !value.every(isMask)) throw new Error(`chart “${chartId}”: data-chart-steps is not a list of at least two step masks`);
  return value;
}
