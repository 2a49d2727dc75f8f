import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm): how tests and people check an exported PDF. */
async function poppler(tool: string, args: readonly string[]): Promise<Buffer> {
  const { stdout } = await run(tool, [...args], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

export interface PdfInfo {
  readonly pages: number;
  /** Page size in points (first page). */
  readonly width: number;
  readonly height: number;
  readonly fields: Readonly<Record<string, string>>;
}

export async function pdfInfo(path: string): Promise<PdfInfo> {
  const text = (await poppler('pdfinfo', ['-enc', 'UTF-8', path])).toString('utf8');
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields[match[1].trim()] = match[2].trim();
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '');
  return { pages: Number(fields.Pages ?? 0), width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), fields };
}

/**
 * The PDF's text as a text extractor sees it; `page` limits it to one page (1-based). `order: 'raw'`
 * keeps the order the text was written in (pdftotext -raw): a paragraph mixing Chinese and Latin
 * lines stays in one piece, where the default reading order may interleave its lines.
 */
export async function pdfText(path: string, page?: number, order: 'reading' | 'raw' = 'reading'): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return (await poppler('pdftotext', ['-enc', 'UTF-8', ...(order === 'raw' ? ['-raw'] : []), ...range, path, '-'])).toString('utf8');
}

/** A word of a PDF page and its box, as fractions of the page (pdftotext -bbox). */
export interface PdfWord {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The words of one page (1-based) with their boxes, in the order pdftotext finds them. */
export async function pdfWords(path: string, page: number): Promise<PdfWord[]> {
  const xml = (await poppler('pdftotext', ['-enc', 'UTF-8', '-bbox', '-f', String(page), '-l', String(page), path, '-'])).toString('utf8');
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xml);
  const width = Number(size?.[1] ?? 1), height = Number(size?.[2] ?? 1);
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => {
    const [xMin, yMin, xMax, yMax] = [match[1], match[2], match[3], match[4]].map(Number) as [number, number, number, number];
    const text = (match[5] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_entity, name: string) => XML_ENTITIES[name] ?? '');
    return { text, x: xMin / width, y: yMin / height, w: (xMax - xMin) / width, h: (yMax - yMin) / height };
  });
}

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

export async function pdfFonts(path: string): Promise<PdfFont[]> {
  const [, rule = '', ...rows] = (await poppler('pdffonts', [path])).toString('utf8').split('\n');
  // Columns are fixed-width: the dashed rule under the header gives their extents.
  const columns = [...rule.matchAll(/-+/g)].map((match) => [match.index, match.index + match[0].length] as const);
  const cell = (row: string, index: number): string => {
    const [from, to] = columns[index] ?? [0, 0];
    return row.slice(from, to).trim();
  };
  return rows.filter((row) => row.trim() !== '').map((row) => ({ name: cell(row, 0), type: cell(row, 1), embedded: cell(row, 3) === 'yes' }));
}

/** One page rendered to PNG at `width` × `height` pixels. */
export async function renderPage(path: string, page: number, width: number, height: number): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'pdftoppm-'));
  try {
    const root = join(dir, 'page');
    await poppler('pdftoppm', ['-f', String(page), '-l', String(page), '-png', '-scale-to-x', String(width), '-scale-to-y', String(height), '-singlefile', path, root]);
    return readFileSync(`${root}.png`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfImage {
  readonly page: number;
  readonly type: string;
  readonly width: number;
  readonly height: number;
  /** Resolution as placed on the page: 96 per CSS pixel ratio of 1, 192 for 2, 288 for 3. */
  readonly ppi: number;
}

/** Raster images in the PDF (charts are canvases, so each chart is one image plus its soft mask). */
export async function pdfImages(path: string): Promise<PdfImage[]> {
  const rows = (await poppler('pdfimages', ['-list', path])).toString('utf8').split('\n').slice(2).filter((row) => row.trim() !== '');
  return rows.map((row) => {
    const cells = row.trim().split(/\s+/);
    return { page: Number(cells[0]), type: cells[2] ?? '', width: Number(cells[3]), height: Number(cells[4]), ppi: Math.min(Number(cells[12]), Number(cells[13])) };
  });
}
