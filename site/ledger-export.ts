import type { Figure } from '../ledger/types.ts';
import { derivationInputs, describeFormula } from '../ledger/derive.ts';
import { FIGURES_EN } from '../ledger/english.ts';
import { figureLabel, figureNote } from '../ledger/format.ts';
import { csvText, type CsvValue } from '../common/csv.ts';
import { NO_SUPPLEMENTS, type Supplement, type SupplementSet } from '../ledger/supplements.ts';

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

/**
 * A supplied figure's `supplement` object in figures.json: every column of assets/supplements.csv.
 * The article's own fields of the figure are unchanged (value stays null, status omitted or damaged).
 */
export interface SupplementExport {
  readonly value: number;
  readonly source_title: string;
  readonly source_url: string;
  readonly publisher: string;
  readonly published: string;
  readonly excerpt: string;
  readonly note: string | null;
}

function supplementExport(supplement: Supplement): SupplementExport {
  return {
    value: supplement.value, source_title: supplement.sourceTitle, source_url: supplement.sourceUrl, publisher: supplement.publisher,
    published: supplement.published, excerpt: supplement.excerpt, note: supplement.note ?? null,
  };
}

/** The columns the CSVs gain when the build has supplements: the supplement's, prefixed. */
export const SUPPLEMENT_EXPORT_FIELDS = [
  'supplement_value', 'supplement_source_title', 'supplement_source_url', 'supplement_publisher', 'supplement_published', 'supplement_excerpt', 'supplement_note',
] as const;

function supplementCells(supplement: Supplement | undefined): CsvValue[] {
  if (!supplement) return SUPPLEMENT_EXPORT_FIELDS.map(() => null);
  const row = supplementExport(supplement);
  return [row.value, row.source_title, row.source_url, row.publisher, row.published, row.excerpt, row.note];
}

/**
 * data/figures.json. With supplements, `fields` ends with "supplement" and each supplied figure
 * carries a `supplement` object; without, the file is exactly the article's.
 */
export function figuresJson(figures: readonly Figure[], source: { title: string; source: string; url: string }, supplements: SupplementSet = NO_SUPPLEMENTS): string {
  const fields = supplements.size > 0 ? [...EXPORT_FIELDS, 'supplement'] : EXPORT_FIELDS;
  const rows = figures.map((figure) => {
    const supplement = supplements.get(figure.id);
    return supplement ? { ...exportRow(figure), supplement: supplementExport(supplement) } : exportRow(figure);
  });
  return `${JSON.stringify({ source, fields, figures: rows }, null, 2)}\n`;
}

/** UTF-8 with BOM, CRLF rows, so spreadsheet programs open the Chinese text correctly; the supplement columns at the end when there are supplements. */
export function figuresCsv(figures: readonly Figure[], supplements: SupplementSet = NO_SUPPLEMENTS): string {
  const extra = supplements.size > 0;
  return csvText(
    extra ? [...EXPORT_FIELDS, ...SUPPLEMENT_EXPORT_FIELDS] : EXPORT_FIELDS,
    figures.map((figure) => [...EXPORT_FIELDS.map((field) => exportRow(figure)[field]), ...(extra ? supplementCells(supplements.get(figure.id)) : [])]),
  );
}

/** The English edition's columns: English headers, label, unit and note; the Chinese quote with its translation. */
export const EXPORT_FIELDS_EN = [
  'id', 'deck', 'label', 'value_as_printed', 'unit_as_printed', 'value', 'unit', 'status', 'approx', 'printed', 'bound', 'quote_zh', 'quote_en', 'note', 'formula', 'inputs',
] as const;

export function figuresCsvEnglish(figures: readonly Figure[], supplements: SupplementSet = NO_SUPPLEMENTS): string {
  const extra = supplements.size > 0;
  return csvText(
    extra ? [...EXPORT_FIELDS_EN, ...SUPPLEMENT_EXPORT_FIELDS] : EXPORT_FIELDS_EN,
    figures.map((figure) => {
      const en = FIGURES_EN[figure.id];
      if (!en) throw new Error(`ledger/english.ts: no English entry for “${figure.id}”`);
      const row = exportRow(figure);
      const plain = figure.value === null ? null : Math.round(figure.value * (en.factor ?? 1) * 100) / 100;
      return [
        figure.id, figure.deck, figureLabel(figure, 'en'), figure.value, figure.unit, plain, en.unit, figure.status, row.approx, row.printed, row.bound,
        figure.quote, en.quote, figureNote(figure, 'en') ?? null, row.formula, row.inputs,
        ...(extra ? supplementCells(supplements.get(figure.id)) : []),
      ];
    }),
  );
}
