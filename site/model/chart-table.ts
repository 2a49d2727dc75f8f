import type { ChartConfiguration } from 'chart.js';
import type { Figure } from '../../ledger/types.ts';
import type { ChartSpec } from '../../charts/catalog/spec.ts';
import { DEFAULT_BUILD_OPTIONS } from '../../charts/builders/options.ts';
import { figureText, formatValue, placeholderText, type Lang } from '../../ledger/format.ts';
import { figureById, type FigureLookup } from '../../ledger/lookup.ts';
import { withoutPhraseBreaks } from '../../charts/phrases.ts';
import { TABLE_WORDS, type CellData, type ChartTable } from '../chart-table.ts';

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
  const words = TABLE_WORDS[lang];
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
