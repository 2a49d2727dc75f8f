import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { collectErrors, drawnPixels, openSite, type Site, waitForReady } from './harness.ts';
import { SITE_CSP } from './site-policy.ts';
import { figureById } from '../../ledger/lookup.ts';
import { PNG_PIXEL_RATIO, PNG_SOURCE_BAND, PNG_TITLE_BAND } from '../../runtime/shared/chart-image-bands.ts';

/**
 * Issue 23 items 4 and 5: an AMP host (only the amp-iframe message), the <div data-hu-dian-slide>
 * upgrade by embed.js on a host page of another origin, and the PNG and CSV downloads of a chart.
 * The site is served as hosted: under a sub-path, with its Content-Security-Policy.
 */
let site: Site;
let host: StaticServer;
let hostDir: string;

// A slide with a Chart.js chart (xishuangbanna's jobs-offered now draws its fairs as build-time marks).
const DECK = 'honghe';
const SLIDE = 'pairs';
const HOSTILE = ['../../x', 'a/b?c', 'javascript:alert(1)', 'javascript:alert(1)/x', `${DECK}/${SLIDE}?x=1`, `${DECK}/../${SLIDE}`, `${DECK}/${SLIDE}/x`, `//evil.example/${SLIDE}`];

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body style="margin:0">${body}</body></html>`;
}

function writeHostPages(): void {
  const src = `${site.server.url}embed/?deck=${DECK}&slide=${SLIDE}`;
  // What amp-iframe does, and nothing more: size the frame from {sentinel: 'amp', type: 'embed-size', height}.
  const amp = `<iframe id="amp" src="${escapeAttribute(src)}" title="amp" style="display:block;border:0;width:800px;height:150px"></iframe>
<script>
  window.ampHeights = [];
  window.addEventListener('message', function (event) {
    var frame = document.getElementById('amp');
    var data = event.data;
    if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    window.ampHeights.push(data.height);
    frame.style.height = data.height + 'px';
  });
</script>`;
  writeFileSync(join(hostDir, 'amp.html'), page(amp));
  const placeholders = [
    `<div id="good" style="width:800px" data-hu-dian-slide="${DECK}/${SLIDE}" data-lang="en" data-title="Pairs"><a href="#">fallback</a></div>`,
    ...HOSTILE.map((value, i) => `<div id="bad-${i}" class="bad" style="width:800px" data-hu-dian-slide="${escapeAttribute(value)}"><a href="#">fallback</a></div>`),
  ];
  writeFileSync(join(hostDir, 'cms.html'), page(`${placeholders.join('\n')}<script src="${site.server.url}embed.js" async></script>`));
}

beforeAll(async () => {
  site = await openSite({ basePath: '/talks/hu-dian/', headers: { 'Content-Security-Policy': SITE_CSP } });
  hostDir = mkdtempSync(join(tmpdir(), 'embed-amp-host-'));
  host = await startStaticServer({ root: hostDir });
  writeHostPages();
});
afterAll(async () => {
  await host?.close();
  await site?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

async function frameOf(target: Page, selector: string): Promise<Frame> {
  const frame = await (await target.$(selector))?.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

describe('AMP and CMS hosts (issue 23 item 4)', () => {
  it('an amp-iframe-style host that only listens for the AMP message sizes the frame to the slide (800 px wide: 450 px)', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
    await tab.goto(`${host.url}amp.html`);
    const frame = await frameOf(tab, '#amp');
    await waitForReady(frame, 'embed');
    await tab.waitForFunction(() => document.getElementById('amp')?.style.height === '450px', undefined, { timeout: 10_000 });
    const heights = await tab.evaluate(() => (window as unknown as { ampHeights: number[] }).ampHeights);
    expect(heights.every((height) => height === 450)).toBe(true);
    await tab.close();
  });

  it('embed.js on another origin upgrades <div data-hu-dian-slide> into the framed slide, drawn and resized; hostile values get no frame', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors = collectErrors(tab);
    await tab.goto(`${host.url}cms.html`);
    await tab.waitForSelector('#good > iframe[data-hu-dian-embed]', { timeout: 10_000 });
    const src = await tab.$eval('#good > iframe', (frame) => (frame as HTMLIFrameElement).src);
    expect(src).toBe(`${site.server.url}embed/${DECK}/${SLIDE}.en.html`);
    expect(new URL(src).origin).not.toBe(new URL(host.url).origin);
    expect(await tab.$eval('#good > iframe', (frame) => [frame.getAttribute('title'), frame.getAttribute('lang')])).toEqual(['Pairs', 'en']);
    const frame = await frameOf(tab, '#good > iframe');
    await waitForReady(frame, 'embed');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await drawnPixels(frame, '.reveal .slides > section.present canvas[data-chart-id]')).toBeGreaterThan(1000);
    await tab.waitForFunction(() => (document.querySelector('#good > iframe') as HTMLIFrameElement | null)?.dataset.huDianEmbedHeight === '450', undefined, { timeout: 10_000 });
    // Every hostile placeholder was looked at (marked) and left without a frame, its content as it was.
    const bad = await tab.$$eval('.bad', (list) => list.map((div) => ({ seen: div.hasAttribute('data-hu-dian-slide-upgraded'), frames: div.querySelectorAll('iframe').length, text: div.textContent })));
    expect(bad).toHaveLength(HOSTILE.length);
    for (const entry of bad) expect(entry).toEqual({ seen: true, frames: 0, text: 'fallback' });
    expect(await tab.$$eval('iframe', (list) => list.length)).toBe(1);
    expect(errors).toEqual([]);
    await tab.close();
  });
});

async function openDataToggle(target: Page): Promise<void> {
  await target.click('.reveal .slides > section.present details.chart-table > summary');
  await target.waitForSelector('.reveal .slides > section.present details.chart-table[open] button[data-chart-download="png"]', { state: 'visible' });
}

async function download(target: Page, kind: 'png' | 'csv'): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    target.waitForEvent('download', { timeout: 10_000 }),
    target.click(`.reveal .slides > section.present details.chart-table[open] button[data-chart-download="${kind}"]`),
  ]);
  const path = await file.path();
  return { download: file, bytes: readFileSync(path) };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter((row) => row !== '')) {
    const cells: string[] = [];
    const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    for (const match of line.matchAll(pattern)) {
      const cell = match[1] ?? '';
      cells.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
      if (match[2] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

describe('a download per chart (issue 23 item 5)', () => {
  it('PNG from the deck’s data toggle: a PNG at 2× the chart’s CSS size (plus its title and source bands), with the chart drawn', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const errors = collectErrors(tab);
    await tab.goto(`${site.server.url}slides/${DECK}/#/${SLIDE}`);
    await waitForReady(tab, 'slide', { slideId: SLIDE });
    const css = await tab.$eval('.reveal .slides > section.present canvas[data-chart-id]', (canvas) => ({
      width: Math.round(Number.parseFloat((canvas as HTMLCanvasElement).style.width)),
      height: Math.round(Number.parseFloat((canvas as HTMLCanvasElement).style.height)),
      id: (canvas as HTMLCanvasElement).dataset.chartId,
    }));
    await openDataToggle(tab);
    const { download: file, bytes } = await download(tab, 'png');
    expect(file.suggestedFilename()).toBe(`${css.id}.png`);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBe(css.width * PNG_PIXEL_RATIO);
    expect(height).toBe((css.height + PNG_TITLE_BAND + PNG_SOURCE_BAND) * PNG_PIXEL_RATIO);
    // Decoded in a blank page: the chart's band holds drawn (non-white) pixels, and so does the title band.
    const blank = await site.browser.newPage();
    const counts = await blank.evaluate(
      async ({ base64, top, chartHeight }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const context = canvas.getContext('2d');
        if (!context) return { chart: -1, title: -1 };
        context.drawImage(bitmap, 0, 0);
        const count = (y: number, h: number): number => {
          const pixels = context.getImageData(0, y, bitmap.width, h).data;
          let n = 0;
          for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 200 || (pixels[i + 1] ?? 255) < 200 || (pixels[i + 2] ?? 255) < 200) n += 1;
          return n;
        };
        return { chart: count(top, chartHeight), title: count(0, top) };
      },
      { base64: bytes.toString('base64'), top: PNG_TITLE_BAND * PNG_PIXEL_RATIO, chartHeight: css.height * PNG_PIXEL_RATIO },
    );
    expect(counts.chart).toBeGreaterThan(5000);
    expect(counts.title).toBeGreaterThan(200);
    await blank.close();
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('CSV from the embed’s data toggle: the chart’s figures as the ledger has them (value, unit, status), UTF-8 with BOM', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const errors = collectErrors(tab);
    await tab.goto(`${site.server.url}slides/${DECK}/?embed=${SLIDE}`);
    await waitForReady(tab, 'embed');
    const chart = await tab.$eval('.reveal .slides > section.present canvas[data-chart-id]', (canvas) => ({
      id: (canvas as HTMLCanvasElement).dataset.chartId ?? '',
      figures: ((canvas as HTMLCanvasElement).dataset.figures ?? '').split(' ').filter(Boolean),
    }));
    await openDataToggle(tab);
    const { download: file, bytes } = await download(tab, 'csv');
    expect(file.suggestedFilename()).toBe(`${chart.id}.csv`);
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['label', 'value', 'unit', 'status']);
    const body = rows.slice(1);
    expect(body).toHaveLength(chart.figures.length);
    const figures = chart.figures.map(figureById);
    // No chart of the catalog plots an unknown any more (a gap is said in words beside it), so the omitted row
    // (empty value, status “omitted”, never 0) is checked on a fixture chart in tests/unit/chart-table.test.ts.
    figures.forEach((figure, i) => {
      const [, value, unit, status] = body[i] ?? [];
      expect(status).toBe(figure.status);
      expect(unit).toBe(figure.unit);
      if (figure.status === 'omitted') expect(value).toBe('');
      else if (figure.status === 'damaged') expect(value).toBe(figure.printed ?? '');
      else expect(value).toBe(String(figure.value));
    });
    expect(errors).toEqual([]);
    await tab.close();
  });
});

describe('downloads in the reflowed views', () => {
  for (const [name, path, width] of [
    ['the compact embed (360 px)', `slides/${DECK}/?embed=${SLIDE}`, 360],
    ['the reading view on a phone', `slides/${DECK}/?view=read#/${SLIDE}`, 390],
  ] as const) {
    it(`${name} offers the same PNG and CSV under its data table`, async () => {
      const tab = await site.browser.newPage({ viewport: { width, height: 800 }, acceptDownloads: true });
      const errors = collectErrors(tab);
      await tab.goto(`${site.server.url}${path}`);
      const canvas = `#${SLIDE} canvas[data-chart-id]`;
      await tab.waitForSelector(`${canvas}[data-chart-ready]`, { state: 'attached' });
      const css = await tab.$eval(canvas, (element) => Math.round(Number.parseFloat((element as HTMLCanvasElement).style.width)));
      await tab.click(`#${SLIDE} details.chart-table > summary`);
      const [png] = await Promise.all([tab.waitForEvent('download', { timeout: 10_000 }), tab.click(`#${SLIDE} details.chart-table[open] button[data-chart-download="png"]`)]);
      expect(readFileSync(await png.path()).readUInt32BE(16)).toBe(css * PNG_PIXEL_RATIO);
      const [csv] = await Promise.all([tab.waitForEvent('download', { timeout: 10_000 }), tab.click(`#${SLIDE} details.chart-table[open] button[data-chart-download="csv"]`)]);
      // The chart's first bar, as the ledger has it (value, unit, status).
      const first = figureById('honghe-shanghai-medical-institutions');
      expect(readFileSync(await csv.path(), 'utf8')).toContain(`,${String(first.value)},${first.unit},${first.status}`);
      expect(errors).toEqual([]);
      await tab.close();
    });
  }
});
