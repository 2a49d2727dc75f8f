import type { ChartConfiguration } from 'chart.js';

/**
 * A chart's configuration travels from the build to the page as JSON in
 * <script type="application/json" data-chart-config>, beside its canvas: the page then needs
 * neither the ledger nor the builders, only Chart.js. Builders return plain data (no functions),
 * so nothing is lost on the way; serializeChartConfig refuses anything that would be.
 */
export function serializeChartConfig(config: ChartConfiguration<'bar'>, chartId: string): string {
  const json = JSON.stringify(config, (key, value: unknown) => {
    if (typeof value === 'function') throw new Error(`chart “${chartId}”: option “${key}” is a function and cannot travel as JSON`);
    return value;
  });
  // Inside a <script> element: never let the text close it.
  return json.replace(/</g, '\\u003c');
}

export function isBarConfig(value: unknown): value is ChartConfiguration<'bar'> {
  if (typeof value !== 'object' || value === null) return false;
  const config = value as { type?: unknown; data?: { datasets?: unknown } };
  return config.type === 'bar' && Array.isArray(config.data?.datasets);
}

/** Reads the configuration the build wrote for a canvas; throws naming the chart when it is missing or malformed. */
export function parseChartConfig(text: string, chartId: string): ChartConfiguration<'bar'> {
  const value: unknown = JSON.parse(text);
  if (!isBarConfig(value)) throw new Error(`chart “${chartId}”: its configuration is not a bar chart`);
  return value;
}
