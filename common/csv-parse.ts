/**
 * Reads CSV as a spreadsheet writes it (RFC 4180): a leading BOM is dropped, fields are separated by
 * commas, records by CRLF, LF or CR, and a field in double quotes may hold commas, quotes (doubled)
 * and line breaks. Each record keeps the line it starts on, so errors can name the row a spreadsheet
 * shows. Throws on a quote left open or text after a closing quote, naming the line.
 */
export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number, problem: string) {
    super(`line ${line}: ${problem}`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(input: string): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  let quoted = false;
  /** The current field was quoted and its closing quote has been read. */
  let closed = false;
  const endField = () => {
    fields.push(field);
    field = '';
    closed = false;
  };
  const endRecord = () => {
    endField();
    // A blank line (one empty field) is no record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (index < text.length) {
    const char = text[index] ?? '';
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        closed = true;
        index += 1;
        continue;
      }
      if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line += 1;
      field += char;
      index += 1;
      continue;
    }
    if (char === ',') {
      endField();
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (closed) throw new CsvSyntaxError(line, `text after a closing quote (“${char}”); a quoted field must end at a comma or the end of the line`);
    if (char === '"') {
      if (field !== '') throw new CsvSyntaxError(line, 'a quote inside an unquoted field; put the whole field in quotes and double the quote ("")');
      quoted = true;
      index += 1;
      continue;
    }
    field += char;
    index += 1;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed (a missing ")');
  if (field !== '' || fields.length > 0 || closed) endRecord();
  return records;
}
