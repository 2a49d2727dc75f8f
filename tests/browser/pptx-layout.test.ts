// The PowerPoint files as a reader sees them (issue 22, “How it is judged”): every deck in both editions
// is exported from its model and rendered by LibreOffice (one conversion for all files); then, slide by
// slide, from the file's XML geometry and the PDF's text layout (pdftotext -bbox-layout):
//  - every text box lies inside the slide and overlaps no other;
//  - every line LibreOffice draws is a line the exporter wrote (breaks only between phrases and words,
//    none added by the viewer, so no word is broken), and it lies inside its text box (nothing runs
//    into the footer);
//  - every figure the HTML slide shows appears in the slide's text or chart as written;
//  - every value label of a chart carries its unit.
// PPTX_LAYOUT_DIR=<dir> checks the files already in <dir> instead (how it was shown to fail on the old exporter).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckModel, exportPptx } from '../../scripts/lib/pptx/export.ts';
import { formatLabel } from '../../scripts/lib/pptx/chart-data.ts';
import { loadSiteData } from '../../site/site-data.ts';
import { figureById } from '../../ledger/lookup.ts';
import { formatValue, placeholderText, type Lang } from '../../ledger/format.ts';
import { DECK_IDS, type DeckId } from '../../ledger/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const EMU_PER_PT = 12700;
const SLIDE = { w: 960, h: 540 };
const site = loadSiteData(ROOT);
let dir = '';
let files: { deck: DeckId; lang: Lang; path: string }[] = [];

interface Rect { readonly x: number; readonly y: number; readonly w: number; readonly h: number }
interface TextBox extends Rect { readonly text: string; readonly lines: readonly string[]; readonly name: string }

const unescapeXml = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const squash = (text: string): string => text.replace(/[\s\u00a0\u200b]+/g, '');

/** A shape's or frame's own position (its spPr or graphicFrame xfrm, not the group's before it). */
function rectOf(xml: string): Rect | null {
  const match = /<(?:p:spPr|p:xfrm)>\s*(?:<a:xfrm[^>]*>\s*)?<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
  if (!match) return null;
  const [x, y, w, h] = match.slice(1, 5).map((value) => Number(value) / EMU_PER_PT) as [number, number, number, number];
  return { x, y, w, h };
}

/** The slide's text boxes (shapes with text), in points, with the lines the exporter wrote (paragraphs split at <a:br/>). */
function textBoxes(slideXml: string): TextBox[] {
  const boxes: TextBox[] = [];
  for (const shape of slideXml.split(/<\/p:sp>|<\/p:graphicFrame>/)) {
    const body = /<p:txBody>([\s\S]*)<\/p:txBody>/.exec(shape)?.[1];
    const rect = rectOf(shape);
    if (!body || !rect) continue;
    const runs = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].flatMap((p) => (p[1] ?? '').split('<a:br/>').map((line) => [...line.matchAll(/<a:r>[\s\S]*?sz="(\d+)"[\s\S]*?<a:t>([^<]*)<\/a:t>/g)].map((t) => ({ size: t[1] ?? '', text: unescapeXml(t[2] ?? '') }))));
    const lines = runs.map((line) => line.map((run) => run.text).join(''));
    const text = lines.join('');
    if (squash(text) === '') continue;
    // A value set in two sizes (“20” and “余载”) is one line the text layer may give as two: each run counts as written too.
    const parts = runs.filter((line) => new Set(line.map((run) => run.size)).size > 1).flatMap((line) => line.map((run) => run.text));
    boxes.push({ ...rect, text, lines: [...lines, ...parts].map(squash).filter((line) => line !== ''), name: /name="([^"]*)"/.exec(shape)?.[1] ?? '' });
  }
  return boxes;
}

function chartFrames(slideXml: string): Rect[] {
  return [...slideXml.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)].filter((frame) => frame[0].includes('drawingml/2006/chart')).map((frame) => rectOf(frame[0])).filter((rect): rect is Rect => rect !== null);
}

const overlap = (a: Rect, b: Rect): boolean => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
const contains = (outer: Rect, inner: Rect, tolerance: number): boolean =>
  inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance && inner.x + inner.w <= outer.x + outer.w + tolerance && inner.y + inner.h <= outer.y + outer.h + tolerance;

/** The lines of a PDF page as LibreOffice drew them, in points. */
function pdfLines(pdf: string, page: number): (Rect & { text: string })[] {
  const xml = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox-layout', pdf, '-']).toString();
  return [...xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((line) => {
    const [x0, y0, x1, y1] = line.slice(1, 5).map(Number) as [number, number, number, number];
    const text = [...(line[5] ?? '').matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((word) => unescapeXml(word[1] ?? '')).join('');
    return { x: x0, y: y0, w: x1 - x0, h: y1 - y0, text: squash(text) };
  });
}

/** A drawn line is made of whole written lines (pdftotext may join boxes side by side into one line). */
function madeOfLines(text: string, lines: ReadonlySet<string>): boolean {
  if (text === '') return true;
  for (const line of lines) if (line !== '' && text.startsWith(line) && madeOfLines(text.slice(line.length), lines)) return true;
  return false;
}

/** The texts a chart shows: its categories and each value label as its number format writes it. */
function chartTexts(chartXml: string): { texts: string[]; labels: { format: string; ok: boolean }[]; unlabelled: number } {
  const texts = [...(/<c:cat>[\s\S]*?<c:strCache>([\s\S]*?)<\/c:strCache>/.exec(chartXml)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => unescapeXml(m[1] ?? ''));
  const labels: { format: string; ok: boolean }[] = [];
  let unlabelled = 0;
  for (const series of chartXml.split('</c:ser>').slice(0, -1)) {
    const values = new Map([...(/<c:val>([\s\S]*?)<\/c:val>/.exec(series)?.[1] ?? '').matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]+)<\/c:v>/g)].map((m) => [Number(m[1]), Number(m[2])]));
    const own = new Map([...series.matchAll(/<c:dLbl><c:idx val="(\d+)"\/>([\s\S]*?)<\/c:dLbl>/g)].map((m) => [Number(m[1]), m[2] ?? '']));
    const shown = /<c:dLbls>[\s\S]*<c:showVal val="1"\/>/.test(series);
    for (const [index, value] of values) {
      const label = own.get(index);
      if (label?.includes('<c:delete val="1"/>')) continue;
      if (!shown && label === undefined) continue;
      const format = unescapeXml(/formatCode="([^"]*)"/.exec(label ?? series)?.[1] ?? 'General');
      const written = formatLabel(value, format);
      // A unit: a word or sign after (or before) the number, in the label as the viewer writes it.
      const ok = written !== '' && /[^\d\s.,-]/u.test(written.replace(/^\D*?(?=\d)/u, (lead) => (lead.trim() === '' ? '' : lead)));
      if (written === '') unlabelled++;
      else texts.push(written);
      labels.push({ format, ok });
    }
  }
  return { texts, labels, unlabelled };
}

const pdfOf = (path: string): string => join(dir, 'pdf', path.split('/').pop()?.replace(/\.pptx$/, '.pdf') ?? '');

beforeAll(async () => {
  if (!SOFFICE) throw new Error('LibreOffice is missing: apt-get install -y libreoffice-impress (npm test installs it as root)');
  dir = mkdtempSync(join(tmpdir(), 'pptx-layout-'));
  const given = process.env['PPTX_LAYOUT_DIR'];
  if (given) {
    files = readdirSync(given).filter((name) => name.endsWith('.pptx')).map((name) => {
      const [deck = '', en] = name.replace(/\.pptx$/, '').split('.');
      return { deck: DECK_IDS.find((id) => id === deck) ?? 'overview', lang: en === 'en' ? 'en' : 'zh-CN', path: join(given, name) };
    });
  } else {
    files = await exportPptx({ root: ROOT, decks: [...DECK_IDS], langs: ['zh-CN', 'en'], out: dir });
  }
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files.map((f) => f.path)], { stdio: 'pipe', timeout: 170_000 });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function slides(file: { deck: DeckId; lang: Lang; path: string }) {
  const zip = await JSZip.loadAsync(readFileSync(file.path));
  const model = deckModel(site, file.deck, file.lang);
  return Promise.all(model.slides.map(async (slide, index) => {
    const xml = (await zip.file(`ppt/slides/slide${index + 1}.xml`)?.async('string')) ?? '';
    const rels = (await zip.file(`ppt/slides/_rels/slide${index + 1}.xml.rels`)?.async('string')) ?? '';
    const charts = await Promise.all([...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map(async (m) => (await zip.file(`ppt/charts/${m[1]}`)?.async('string')) ?? ''));
    return { slide, index, xml, charts, where: `${file.path.split('/').pop()} slide ${index + 1} (${slide.id})` };
  }));
}

describe('npm run pptx, rendered by LibreOffice: each slide as the screen has it', () => {
  it('every text box lies inside the slide and overlaps no other', async () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const { xml, where } of await slides(file)) {
        const boxes = textBoxes(xml);
        for (const box of boxes) if (!contains({ x: 0, y: 0, ...SLIDE }, box, 0.5)) problems.push(`${where}: “${box.text.slice(0, 30)}” outside the slide`);
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
          if (overlap(a, b)) problems.push(`${where}: “${a.text.slice(0, 24)}” overlaps “${b.text.slice(0, 24)}”`);
        }));
      }
    }
    expect(problems).toEqual([]);
  });

  it('draws every line as the exporter wrote it (no word or phrase broken by the viewer), inside its text box', async () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const { xml, index, where } of await slides(file)) {
        const boxes = textBoxes(xml);
        const frames = chartFrames(xml);
        const written = new Set(boxes.flatMap((box) => box.lines));
        for (const line of pdfLines(pdfOf(file.path), index + 1)) {
          const centre = { x: line.x + line.w / 2, y: line.y + line.h / 2, w: 0, h: 0 };
          if (line.text === '' || frames.some((frame) => contains(frame, centre, 0))) continue;
          if (!madeOfLines(line.text, written)) problems.push(`${where}: LibreOffice drew the line “${line.text}”, which the file does not write as a line (a break the viewer made)`);
          else {
            // Within the text boxes it was drawn from (their union: the text layer may join boxes side by side), allowing
            // for the glyphs' own height beyond the line spacing (a CJK face is about 1.45 em tall, lines are set at 1.3).
            const from = boxes.filter((box) => overlap(box, line));
            const union = from.reduce<Rect | null>((a, b) => (a === null ? b : { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.max(a.x + a.w, b.x + b.w) - Math.min(a.x, b.x), h: Math.max(a.y + a.h, b.y + b.h) - Math.min(a.y, b.y) }), null);
            if (!union || !contains(union, line, Math.max(6, line.h * 0.2))) problems.push(`${where}: the line “${line.text}” runs outside its text box`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows every figure of the HTML slide in the slide’s text or chart, as written', async () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const { slide, xml, charts, where } of await slides(file)) {
        const text = squash(textBoxes(xml).map((box) => box.text).join('|'));
        const chartText = squash(charts.flatMap((chart) => chartTexts(chart).texts).join('|'));
        for (const id of slide.shown) {
          const figure = figureById(id);
          const value = squash(formatValue(figure, file.lang));
          const gap = squash(placeholderText(figure, file.lang));
          if (text.includes(value) || chartText.includes(value) || (gap !== '' && chartText.includes(gap))) continue;
          problems.push(`${where}: ${id} “${formatValue(figure, file.lang)}” is on the HTML slide but not in the PowerPoint slide`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes every value label of a chart with its unit', async () => {
    const problems: string[] = [];
    let labels = 0;
    for (const file of files) {
      for (const { charts, where } of await slides(file)) {
        for (const chart of charts) {
          for (const label of chartTexts(chart).labels) {
            labels++;
            if (!label.ok) problems.push(`${where}: a value label written by “${label.format}” has no unit`);
          }
        }
      }
    }
    expect(labels).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
