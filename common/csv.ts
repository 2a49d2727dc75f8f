/**
 * CSV as spreadsheets open it: UTF-8 with a BOM, CRLF rows, quoted where needed, and a text cell a
 * spreadsheet would read as a formula (=, +, -, @, tab, CR first) given a leading apostrophe.
 * data/figures.csv (site/ledger-export.ts) and a chart's CSV download (runtime/shared/chart-download.ts) share it.
 */
export type CsvValue = string | number | null | readonly string[];

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  const raw = Array.isArray(value) ? value.join(' ') : String(value);
  // Numbers stay numbers (−30 is a value, not a formula); text is guarded.
  const text = typeof value !== 'number' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
