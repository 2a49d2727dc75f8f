import type { ChartConfiguration } from 'chart.js';
import type { Figure } from '../ledger/types.ts';
import type { ChartSpec } from '../charts/catalog/spec.ts';
import { DEFAULT_BUILD_OPTIONS } from '../charts/builders/options.ts';
import { figureText, formatValue, placeholderText, type Lang } from '../ledger/format.ts';
import { figureById, type FigureLookup } from '../ledger/lookup.ts';
import { escapeHtml } from './render-figure.ts';
import { withoutPhraseBreaks } from '../charts/phrases.ts';

/** The words a table cell gives for a figure: its value, “原文未给出”, or what a damaged figure prints. */
export function tableCellText(figure: Figure, lang: Lang = 'zh-CN'): string {
  switch (figure.status) {
    case 'stated':
    case 'derived':
      return formatValue(figure, lang);
    case 'omitted':
      return placeholderText(figure, lang);
    case 'damaged':
      // A legible lower bound keeps its value (“94万元以上（原文显示“94.万元”）”); otherwise only what is printed.
      return figure.value !== null ? figureText(figure, lang) : placeholderText(figure, lang);
  }
}

/** The table's fixed words in each language. */
const WORDS: Record<Lang, { readonly toggle: string; readonly item: string; readonly value: string; readonly colon: string; readonly open: string; readonly close: string; readonly download: string; readonly count: string }> = {
  'zh-CN': { toggle: '数据', item: '项目', value: '数值', colon: '：', open: '（', close: '）', download: '下载', count: '项' },
  en: { toggle: 'Data', item: 'Item', value: 'Value', colon: ': ', open: ' (', close: ')', download: 'Download', count: 'items' },
};

/** What a chart's CSV download gives for one cell (runtime/shared/chart-download.ts reads it off the table). */
export interface CellData {
  /** The number; empty for an omitted figure (never 0); for a damaged one, what the text prints. */
  readonly value: string;
  readonly unit: string;
  readonly status: string;
}

/** A ledger figure as its CSV cell: the ledger's value and unit as the article writes them. */
export function figureCellData(figure: Figure): CellData {
  switch (figure.status) {
    case 'stated':
    case 'derived':
      return { value: figure.value === null ? '' : String(figure.value), unit: figure.unit, status: figure.status };
    case 'omitted':
      return { value: '', unit: figure.unit, status: 'omitted' };
    case 'damaged':
      return { value: figure.printed ?? '', unit: figure.unit, status: 'damaged' };
  }
}

/** A chart's data as rows × columns of words, independent of HTML. */
export interface ChartTable {
  readonly caption: string;
  /** Column headings after the row-heading column. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[]; readonly data: readonly CellData[] }[];
}

function labelText(label: unknown): string {
  return withoutPhraseBreaks(Array.isArray(label) ? label.map(String).join('') : String(label ?? ''));
}

/**
 * Reads the table off the chart's own configuration, so table and chart cannot disagree:
 * categories are rows, datasets are columns. Cells of charts of ledger figures come from the
 * ledger (spec.figures is category-major: [c0d0, c0d1, …, c1d0, …]); charts without figures
 * (counts of ledger entries) use the value labels the chart writes on its bars.
 */
export function chartTable(spec: ChartSpec, lang: Lang = 'zh-CN', lookup: FigureLookup = figureById): ChartTable {
  const config: ChartConfiguration<'bar'> = spec.build({ ...DEFAULT_BUILD_OPTIONS, lang });
  const words = WORDS[lang];
  const categories = (config.data.labels ?? []).map(labelText);
  const datasets = config.data.datasets;
  const valueLabels = config.options?.plugins?.valueLabels?.labels ?? [];
  const byFigure = spec.figures.length > 0;
  if (byFigure && spec.figures.length !== categories.length * datasets.length) {
    throw new Error(
      `chart “${spec.id}”: ${spec.figures.length} figures for ${categories.length} categories × ${datasets.length} series; cannot lay out its data table`,
    );
  }
  const columns = datasets.length === 1 ? [words.value] : datasets.map((dataset) => dataset.label ?? '');
  const rows = categories.map((label, row) => ({
    label,
    data: datasets.map((dataset, column): CellData => {
      if (byFigure) return figureCellData(lookup(spec.figures[row * datasets.length + column] ?? ''));
      const value = dataset.data[row];
      return { value: typeof value === 'number' ? String(value) : '', unit: words.count, status: 'derived' };
    }),
    cells: datasets.map((dataset, column) => {
      if (byFigure) return tableCellText(lookup(spec.figures[row * datasets.length + column] ?? ''), lang);
      // Counts of ledger entries: the number and its unit; the column already names the series.
      const value = dataset.data[row];
      if (typeof value === 'number') return lang === 'en' ? String(value) : `${value}项`;
      return withoutPhraseBreaks(valueLabels[column]?.[row] ?? '');
    }),
  }));
  const text = spec.text(lang);
  return { caption: `${text.title}${words.open}${text.unitLine}${words.close}`, columns, rows };
}

function cellHtml(text: string, data: CellData | undefined): string {
  const attributes = data
    ? ` data-value="${escapeHtml(data.value)}" data-unit="${escapeHtml(data.unit)}" data-status="${escapeHtml(data.status)}"`
    : '';
  return `<td${attributes}>${escapeHtml(text)}</td>`;
}

/**
 * The chart's data as an HTML table behind a “数据” toggle: a native <details>, so it opens with
 * Enter or Space and a screen reader announces it expanded or collapsed. On a slide the open
 * table covers the chart (deck.css). In the print view (html.reveal-print) a chart with figure
 * chips keeps them (every figure labelled, in words, “原文未给出” included: the same data, and they
 * fit the page where a table would not) and a chart without chips (counts of ledger entries)
 * shows its table open, so every PDF, handout included, carries the chart's data as text.
 * Under the table, PNG and CSV downloads of the chart (runtime/deck/chart-downloads.ts); each cell
 * carries its CSV value, unit and status (data-value, data-unit, data-status).
 */
export function chartTableHtml(spec: ChartSpec, lang: Lang = 'zh-CN', lookup: FigureLookup = figureById): string {
  const table = chartTable(spec, lang, lookup);
  const words = WORDS[lang];
  const head = `<tr><th scope="col">${words.item}</th>${table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${row.cells.map((cell, column) => cellHtml(cell, row.data[column])).join('')}</tr>`)
    .join('');
  // The downloads need JavaScript and a screen: .screen-only hides them printed and with scripting off.
  const downloads =
    `<p class="chart-downloads screen-only">${words.download}${words.colon}` +
    `<button type="button" data-chart-download="png">PNG</button> <button type="button" data-chart-download="csv">CSV</button></p>`;
  return (
    `<details class="chart-table" data-chart-table="${escapeHtml(spec.id)}">` +
    `<summary>${words.toggle}<span class="visually-hidden">${words.colon}${escapeHtml(spec.text(lang).title)}</span></summary>` +
    `<div class="chart-table-panel"><table><caption>${escapeHtml(table.caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>${downloads}</div>` +
    `</details>`
  );
}

/**
 * The words before the gaps listed under a chart: that the chart leaves them out (`article`), or, when
 * a speaker supplied one of them and the chart draws it as a bar of its own, only that the article
 * does not give them (`supplied`; the page swaps in `article` under ?supplements=off).
 */
export function missingLead(lang: Lang): { readonly article: string; readonly supplied: string } {
  return lang === 'en'
    ? { article: 'Not in the chart, as the article gives no figure: ', supplied: 'Not given in the article: ' }
    : { article: '图中没有画出、原文未给出的：', supplied: '原文未给出的：' };
}
