import type { Figure } from '../ledger/types.ts';
import { derivationInputs, describeFormula } from '../ledger/derive.ts';
import { FIGURES_EN } from '../ledger/english.ts';
import { figureLabel, figureNote } from '../ledger/format.ts';
import { csvText } from '../common/csv.ts';

/** The columns of data/figures.csv and the keys of data/figures.json, in order. Public. */
export const EXPORT_FIELDS = [
  'id', 'deck', 'label', 'value', 'unit', 'status', 'approx', 'printed', 'bound', 'quote', 'note', 'formula', 'inputs',
] as const;

export type ExportRow = Record<(typeof EXPORT_FIELDS)[number], string | number | null | string[]>;

export function exportRow(figure: Figure): ExportRow {
  return {
    id: figure.id,
    deck: figure.deck,
    label: figureLabel(figure),
    value: figure.value,
    unit: figure.unit,
    status: figure.status,
    approx: figure.approx ?? null,
    printed: figure.printed ?? null,
    bound: figure.bound ?? null,
    quote: figure.quote,
    note: figureNote(figure) ?? null,
    formula: figure.status === 'derived' ? describeFormula(figure) : null,
    inputs: figure.status === 'derived' ? derivationInputs(figure) : null,
  };
}

export function figuresJson(figures: readonly Figure[], source: { title: string; source: string; url: string }): string {
  return `${JSON.stringify({ source, fields: EXPORT_FIELDS, figures: figures.map(exportRow) }, null, 2)}\n`;
}

/** UTF-8 with BOM, CRLF rows, so spreadsheet programs open the Chinese text correctly. */
export function figuresCsv(figures: readonly Figure[]): string {
  return csvText(EXPORT_FIELDS, figures.map((figure) => EXPORT_FIELDS.map((field) => exportRow(figure)[field])));
}

/** The English edition's columns: English headers, label, unit and note; the Chinese quote with its translation. */
export const EXPORT_FIELDS_EN = [
  'id', 'deck', 'label', 'value_as_printed', 'unit_as_printed', 'value', 'unit', 'status', 'approx', 'printed', 'bound', 'quote_zh', 'quote_en', 'note', 'formula', 'inputs',
] as const;

export function figuresCsvEnglish(figures: readonly Figure[]): string {
  return csvText(
    EXPORT_FIELDS_EN,
    figures.map((figure) => {
      const en = FIGURES_EN[figure.id];
      if (!en) throw new Error(`ledger/english.ts: no English entry for “${figure.id}”`);
      const row = exportRow(figure);
      const plain = figure.value === null ? null : Math.round(figure.value * (en.factor ?? 1) * 100) / 100;
      return [
        figure.id, figure.deck, figureLabel(figure, 'en'), figure.value, figure.unit, plain, en.unit, figure.status, row.approx, row.printed, row.bound,
        figure.quote, en.quote, figureNote(figure, 'en') ?? null, row.formula, row.inputs,
      ];
    }),
  );
}
