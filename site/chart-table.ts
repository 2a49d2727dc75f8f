import type { Lang } from '../contracts/lang.ts';
import { escapeHtml } from '../common/escape-html.ts';

/** The table's fixed words in each language. */
export const TABLE_WORDS: Record<Lang, { readonly toggle: string; readonly item: string; readonly value: string; readonly colon: string; readonly open: string; readonly close: string; readonly download: string; readonly count: string }> = {
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

/** A chart's data as rows × columns of words, independent of HTML. */
export interface ChartTable {
  readonly caption: string;
  /** Column headings after the row-heading column. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[]; readonly data: readonly CellData[] }[];
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
 * The table is the deck model's (site/model/chart-table.ts reads it off the chart). Under the
 * table, PNG and CSV downloads of the chart (runtime/deck/chart-downloads.ts); each cell
 * carries its CSV value, unit and status (data-value, data-unit, data-status).
 */
export function chartTableHtml(id: string, title: string, table: ChartTable, lang: Lang = 'zh-CN'): string {
  const words = TABLE_WORDS[lang];
  const head = `<tr><th scope="col">${words.item}</th>${table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${row.cells.map((cell, column) => cellHtml(cell, row.data[column])).join('')}</tr>`)
    .join('');
  // The downloads need JavaScript and a screen: .screen-only hides them printed and with scripting off.
  const downloads =
    `<p class="chart-downloads screen-only">${words.download}${words.colon}` +
    `<button type="button" data-chart-download="png">PNG</button> <button type="button" data-chart-download="csv">CSV</button></p>`;
  return (
    `<details class="chart-table" data-chart-table="${escapeHtml(id)}">` +
    `<summary>${words.toggle}<span class="visually-hidden">${words.colon}${escapeHtml(title)}</span></summary>` +
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
