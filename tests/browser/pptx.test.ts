// PowerPoint export (npm run pptx): no browser, but LibreOffice renders every file, so it runs with
// the slow tests. Each file is unzipped and its XML checked; then all files are converted to PDF by
// one LibreOffice run (beforeAll) and every chart page is checked for chart pixels and Chinese glyphs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPptx, type PptxFile } from '../../scripts/lib/pptx/export.ts';
import { deckCharts } from '../../scripts/lib/pptx/build.ts';
import type { SlideModel } from '../../site/model/types.ts';
import { deckModel } from '../../scripts/lib/pptx/export.ts';
import { seriesCaches } from '../../scripts/lib/pptx/patch.ts';
import { PPTX_FONT } from '../../scripts/lib/pptx/fonts.ts';
import { loadSiteData } from '../../site/site-data.ts';
import { chartById } from '../../charts/catalog/index.ts';
import { figureById } from '../../ledger/lookup.ts';
import { barValue } from '../../charts/builders/bar-chart.ts';
import { plotValue } from '../../ledger/format.ts';
import type { NativeChart } from '../../scripts/lib/pptx/chart-data.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const EMU_PER_INCH = 914400;
const RENDER_DPI = 40;

let dir = '';
let files: PptxFile[] = [];
const site = loadSiteData(ROOT);

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of a slide part: its runs joined per paragraph. */
function xmlText(xml: string): string {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join('')).join('\n');
}

function modelsOf(file: PptxFile): readonly SlideModel[] {
  return deckModel(site, file.deck, file.lang).slides;
}

async function partsOf(file: PptxFile): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file.path));
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} missing`);
  return file.async('string');
}

const pdfOf = (file: PptxFile): string => join(dir, 'pdf', file.path.split('/').pop()?.replace(/\.pptx$/, '.pdf') ?? '');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pptx-test-'));
  files = await exportPptx({ root: ROOT, decks: ['overview', 'honghe', 'lijiang', 'puer', 'xishuangbanna'], langs: ['zh-CN', 'en'], out: dir });
  if (!SOFFICE) throw new Error('LibreOffice is missing: apt-get install -y libreoffice-impress (npm test installs it as root)');
  // One LibreOffice run for all files, with a private profile (no clash with a running LibreOffice).
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files.map((f) => f.path)], { stdio: 'pipe', timeout: 170_000 });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run pptx: the files', () => {
  it('writes every deck in both editions, nothing left half-written', async () => {
    expect(files.map((file) => file.path.split('/').pop()).sort()).toEqual(
      ['overview', 'honghe', 'lijiang', 'puer', 'xishuangbanna'].flatMap((deck) => [`${deck}.pptx`, `${deck}.en.pptx`]).sort(),
    );
    expect(execFileSync('ls', ['-A', dir]).toString().split('\n').filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('has one native chart per chart slide, its cached values the ledger’s, gaps as empty cells, categories as text', async () => {
    for (const file of files) {
      const zip = await partsOf(file);
      const expected = deckCharts(deckModel(site, file.deck, file.lang));
      const chartParts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
      expect(chartParts.length, file.path).toBe(expected.length);
      for (const part of chartParts) {
        const xml = await text(zip, part);
        const categories = [...(/<c:cat>[\s\S]*?<c:strCache>([\s\S]*?)<\/c:strCache>/.exec(xml)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => unescapeXml(m[1] ?? ''));
        const chart: NativeChart | undefined = expected.find((candidate) => candidate.categories.join('|') === categories.join('|'));
        expect(chart, `${file.path} ${part}: categories ${categories.join('|')}`).toBeDefined();
        if (!chart) continue;
        expect(xml).not.toContain('multiLvlStrRef');
        expect(xml).not.toMatch(/<c:v>\s*<\/c:v>/);
        const caches = seriesCaches(xml);
        expect(caches.length).toBe(chart.series.length);
        caches.forEach((cache, s) => {
          expect(cache.count).toBe(chart.categories.length);
          const values = chart.series[s]?.values ?? [];
          values.forEach((value, index) => expect(cache.values.get(index) ?? null, `${file.path} ${chart.id} series ${s} #${index}`).toBe(value));
        });
        // The ledger itself: a figure chart plots each figure's bar value, and nothing for an unknown.
        const spec = chartById(chart.id);
        if (spec.figures.length > 0) {
          const perSeries = chart.series.length;
          spec.figures.forEach((id, k) => {
            const figure = figureById(id);
            const known = barValue(figure);
            const cell = perSeries === 1 ? caches[0]?.values.get(k) : caches[k % perSeries]?.values.get(Math.floor(k / perSeries));
            expect(cell ?? null, `${chart.id} ${id}`).toBe(known === null ? null : plotValue(figure, known, file.lang));
          });
        }
        // The embedded sheet, which “Edit data” opens, has the same numbers and empty cells for gaps.
        const rels = await text(zip, part.replace('ppt/charts/', 'ppt/charts/_rels/') + '.rels');
        const workbook = /Target="\.\.\/embeddings\/([^"]+)"/.exec(rels)?.[1] ?? '';
        const inner = await JSZip.loadAsync(await zip.file(`ppt/embeddings/${workbook}`)!.async('uint8array'));
        const sheet = await text(inner, 'xl/worksheets/sheet1.xml');
        expect(sheet).not.toMatch(/<v>\s*<\/v>/);
        caches.forEach((cache) => {
          const [, column = '', first = '0'] = /!\$([A-Z]+)\$(\d+):/.exec(cache.ref) ?? [];
          for (let index = 0; index < cache.count; index++) {
            const cell = new RegExp(`<c r="${column}${Number(first) + index}"[^>]*><v>([^<]*)</v></c>`).exec(sheet);
            expect(cell ? Number(cell[1]) : null).toBe(cache.values.get(index) ?? null);
          }
        });
      }
    }
  });

  it('sets the East Asian font on all chart text and all slide text', async () => {
    for (const file of files) {
      const zip = await partsOf(file);
      for (const name of Object.keys(zip.files).filter((n) => /^ppt\/(charts\/chart|slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n))) {
        const xml = await text(zip, name);
        const latin = xml.match(/<a:latin\b[^>]*\/>/g) ?? [];
        const withEa = xml.match(/<a:latin\b[^>]*\/>\s*<a:ea typeface="[^"]+"/g) ?? [];
        expect(withEa.length, `${file.path} ${name}`).toBe(latin.length);
        if (name.includes('charts/')) {
          expect(latin.length, name).toBeGreaterThanOrEqual(2);
          expect(xml).toContain(`<a:ea typeface="${PPTX_FONT}" charset="-122"/>`);
        }
      }
      const theme = await text(zip, 'ppt/theme/theme1.xml');
      expect(theme).toContain(`<a:ea typeface="${PPTX_FONT}"/>`);
      expect(theme).not.toContain('<a:ea typeface=""/>');
    }
  });

  it('gives every slide its title (outline) and speaker notes with each figure’s article sentence', async () => {
    for (const file of files) {
      const zip = await partsOf(file);
      const models = modelsOf(file);
      for (const [index, model] of models.entries()) {
        const slide = await text(zip, `ppt/slides/slide${index + 1}.xml`);
        const title = slide.split('</p:sp>').find((shape) => /<p:ph\s[^>]*type="title"/.test(shape)) ?? '';
        // A number is held to its unit by a no-break space (“24 years”); lines break between Chinese phrases (<a:br/>, no text).
        expect(xmlText(title).replace(/\u00a0/g, ' '), `${file.path} slide ${index + 1}`).toBe(model.title.text);
        const notes = xmlText(await text(zip, `ppt/notesSlides/notesSlide${index + 1}.xml`));
        for (const line of model.notes) expect(notes, `${file.path} notes ${index + 1}`).toContain(line);
        if (model.notes.some((line) => line.includes('「'))) expect(notes).toMatch(file.lang === 'en' ? /Article: 「/ : /原文：「/);
      }
      const gapSlide = models.findIndex((model) => model.layout === 'gaps');
      const gaps = xmlText(await text(zip, `ppt/slides/slide${gapSlide + 1}.xml`));
      expect(gaps).toContain(file.lang === 'en' ? 'not given in the article' : '原文未给出');
    }
  });
});

/** A page of a PDF as RGB pixels (pdftoppm's PPM output). */
function renderRgb(pdf: string, page: number): { width: number; height: number; data: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(RENDER_DPI), '-singlefile', pdf], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 30).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  return { width: Number(header[1]), height: Number(header[2]), data: ppm.subarray(header[0].length) };
}

describe('npm run pptx: opened in LibreOffice', () => {
  it('draws every chart (its series colours fill part of the chart frame)', async () => {
    for (const file of files) {
      const zip = await partsOf(file);
      const models = modelsOf(file);
      const charts = deckCharts(deckModel(site, file.deck, file.lang));
      for (const [index] of models.entries()) {
        const slide = await text(zip, `ppt/slides/slide${index + 1}.xml`);
        const frame = /<p:graphicFrame>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>[\s\S]*?<\/p:graphicFrame>/.exec(slide);
        if (!frame || !frame[0].includes('drawingml/2006/chart')) continue;
        const [x, y, w, h] = frame.slice(1, 5).map((v) => (Number(v) / EMU_PER_INCH) * RENDER_DPI) as [number, number, number, number];
        const image = renderRgb(pdfOf(file), index + 1);
        const colours = new Set(charts.flatMap((chart) => chart.series.flatMap((series) => series.colors)));
        const rgb = [...colours].map((c) => [parseInt(c.slice(0, 2), 16), parseInt(c.slice(2, 4), 16), parseInt(c.slice(4, 6), 16)] as const);
        let hits = 0;
        let total = 0;
        for (let py = Math.floor(y); py < Math.min(image.height, y + h); py++) {
          for (let px = Math.floor(x); px < Math.min(image.width, x + w); px++) {
            const o = (py * image.width + px) * 3;
            total++;
            const [r, g, b] = [image.data[o] ?? 0, image.data[o + 1] ?? 0, image.data[o + 2] ?? 0];
            if (rgb.some(([cr, cg, cb]) => Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) < 40)) hits++;
          }
        }
        expect(hits / total, `${file.path} slide ${index + 1}: share of chart frame in series colours`).toBeGreaterThan(0.02);
      }
    }
  });

  it('draws Chinese with a font that has Chinese glyphs, and every slide’s title is in the page text', () => {
    for (const file of files) {
      const pdf = pdfOf(file);
      const fonts = execFileSync('pdffonts', [pdf]).toString();
      // No tofu: the Chinese text came from a CJK font, not from the Latin font's missing-glyph box.
      expect(fonts, pdf).toMatch(/CJK|YaHei|Hei|Han|SC/);
      const models = modelsOf(file);
      models.forEach((model, index) => {
        const page = execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdf, '-']).toString().replace(/\s+/g, '');
        const title = model.title.text.replace(/\s+/g, '');
        expect(page, `${pdf} page ${index + 1}`).toContain(title.slice(0, 8));
        if (file.lang === 'zh-CN') expect(page).toMatch(/[\u4e00-\u9fff]{4}/);
      });
    }
  });
});
