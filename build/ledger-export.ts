import type { Figure } from '../ledger/types.ts';
import { derivationInputs, describeFormula } from '../ledger/derive.ts';

/** The columns of data/figures.csv and the keys of data/figures.json, in order. Public. */
export const EXPORT_FIELDS = [
  'id', 'deck', 'label', 'value', 'unit', 'status', 'approx', 'printed', 'bound', 'quote', 'note', 'formula', 'inputs',
] as const;

export type ExportRow = Record<(typeof EXPORT_FIELDS)[number], string | number | null | string[]>;

export function exportRow(figure: Figure): ExportRow {
  return {
    id: figure.id,
    deck: figure.deck,
    label: figure.label,
    value: figure.value,
    unit: figure.unit,
    status: figure.status,
    approx: figure.approx ?? null,
    printed: figure.printed ?? null,
    bound: figure.bound ?? null,
    quote: figure.quote,
    note: figure.note ?? null,
    formula: figure.status === 'derived' ? describeFormula(figure) : null,
    inputs: figure.status === 'derived' ? derivationInputs(figure) : null,
  };
}

export function figuresJson(figures: readonly Figure[], source: { title: string; source: string; url: string }): string {
  return `${JSON.stringify({ source, fields: EXPORT_FIELDS, figures: figures.map(exportRow) }, null, 2)}\n`;
}

function csvCell(value: string | number | null | string[]): string {
  if (value === null) return '';
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with BOM, CRLF rows, so spreadsheet programs open the Chinese text correctly. */
export function figuresCsv(figures: readonly Figure[]): string {
  const rows = [EXPORT_FIELDS.join(','), ...figures.map((figure) => EXPORT_FIELDS.map((field) => csvCell(exportRow(figure)[field])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
