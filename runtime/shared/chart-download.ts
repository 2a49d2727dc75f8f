import { BasicPlatform, type ChartConfiguration } from 'chart.js';
import { csvText, type CsvValue } from '../../common/csv.ts';
import { FONT_FAMILY } from '../../charts/palette.ts';
import { fontStackFor } from '../../common/latin-punctuation.ts';
import { chartConfigBeside } from './draw-chart.ts';
import type { Lang } from '../../contracts/lang.ts';
import { registerCharts } from './chart-registry.ts';
import { PNG_PIXEL_RATIO, PNG_SOURCE_BAND, PNG_TITLE_BAND } from './chart-image-bands.ts';

/**
 * A chart's downloads, loaded with import() on the first click (deck/chart-downloads.ts): the chart
 * as a PNG at 2× its CSS size, drawn again in its final state (no animation) with its title and
 * source line, and its data as CSV. Both are saved through a Blob URL and an a[download], which
 * the site's security policy allows (no inline script, no img-src or connect-src involved).
 */
export type DownloadKind = 'png' | 'csv';

export async function downloadChart(figure: HTMLElement, kind: DownloadKind, lang: Lang): Promise<void> {
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas[data-chart-id]');
  if (!canvas) return;
  const name = fileName(canvas.dataset.chartId ?? 'chart', kind, lang);
  const blob = kind === 'csv' ? chartCsvBlob(figure) : await chartPngBlob(figure, canvas);
  if (blob) save(blob, name);
}

function fileName(chartId: string, kind: DownloadKind, lang: Lang): string {
  const edition = lang === 'en' ? '.en' : '';
  return `${chartId}${edition}.${kind}`;
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the file by the next tasks; the URL is released well after.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The CSV header: the same words for both editions, as data/figures.csv. */
export const CHART_CSV_FIELDS = ['label', 'value', 'unit', 'status'] as const;

/**
 * The chart's data off its table (site/chart-table.ts writes each cell's value, unit and status):
 * an omitted figure has an empty value and status “omitted” (never 0), a damaged one what the text prints.
 */
export function chartCsv(figure: HTMLElement): string {
  const table = figure.querySelector('.chart-table table');
  const columns = [...(table?.querySelectorAll('thead th') ?? [])].slice(1).map((cell) => cell.textContent ?? '');
  const rows: CsvValue[][] = [];
  for (const row of table?.querySelectorAll('tbody tr') ?? []) {
    const label = row.querySelector('th')?.textContent ?? '';
    row.querySelectorAll<HTMLElement>('td').forEach((cell, column) => {
      const status = cell.dataset.status ?? '';
      const raw = cell.dataset.value ?? '';
      const numeric = (status === 'stated' || status === 'derived') && raw !== '' && Number.isFinite(Number(raw));
      const name = columns.length > 1 ? `${label} · ${columns[column] ?? ''}` : label;
      rows.push([name, numeric ? Number(raw) : raw, cell.dataset.unit ?? '', status]);
    });
  }
  return csvText(CHART_CSV_FIELDS, rows);
}

function chartCsvBlob(figure: HTMLElement): Blob {
  return new Blob([chartCsv(figure)], { type: 'text/csv;charset=utf-8' });
}

/** The configuration as drawn now (the reflowed one in a compact embed), else the one the build wrote. */
function drawnConfig(canvas: HTMLCanvasElement): { config: ChartConfiguration<'bar'>; width: number; height: number } | null {
  const Chart = registerCharts();
  const live = Chart.getChart(canvas);
  if (live && live.width > 0 && live.height > 0) {
    const config = JSON.parse(JSON.stringify({ type: 'bar', data: live.config.data, options: live.config.options })) as ChartConfiguration<'bar'>;
    return { config, width: live.width, height: live.height };
  }
  const holder = canvas.parentElement;
  if (!holder || holder.clientWidth === 0 || holder.clientHeight === 0) return null;
  return { config: chartConfigBeside(canvas), width: holder.clientWidth, height: holder.clientHeight };
}

async function chartPngBlob(figure: HTMLElement, canvas: HTMLCanvasElement): Promise<Blob | null> {
  const drawn = drawnConfig(canvas);
  if (!drawn) return null;
  const { config, width, height } = drawn;
  const ratio = PNG_PIXEL_RATIO;
  const chartCanvas = document.createElement('canvas');
  chartCanvas.width = width;
  chartCanvas.height = height;
  config.options = { ...config.options, responsive: false, animation: false, devicePixelRatio: ratio };
  const Chart = registerCharts();
  const chart = new Chart(chartCanvas, { ...config, platform: BasicPlatform });
  chart.draw();

  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = (height + PNG_TITLE_BAND + PNG_SOURCE_BAND) * ratio;
  const context = out.getContext('2d');
  if (!context) {
    chart.destroy();
    return null;
  }
  const style = getComputedStyle(figure);
  context.scale(ratio, ratio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height + PNG_TITLE_BAND + PNG_SOURCE_BAND);
  context.drawImage(chart.canvas, 0, PNG_TITLE_BAND, width, height);
  chart.destroy();
  context.fillStyle = style.color || '#1a1a1a';
  context.textBaseline = 'middle';
  const fontStack = fontStackFor(figure.closest<HTMLElement>('[lang]')?.lang ?? '', FONT_FAMILY);
  context.font = `700 20px ${fontStack}`;
  context.fillText(figure.querySelector('.chart-table caption')?.textContent ?? '', 8, PNG_TITLE_BAND / 2, width - 16);
  context.font = `400 14px ${fontStack}`;
  const source = figure.querySelector('.chart-source')?.textContent ?? '';
  context.fillText(source, 8, PNG_TITLE_BAND + height + PNG_SOURCE_BAND / 2, width - 16);
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
