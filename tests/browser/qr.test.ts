// QR codes on each deck's source slide. The site is built without a published address (so the
// source slides say no codes were made); here each deck page is served as the build renders it with
// DECKS_BASE_URL set (the same sourceQrHtml), and the codes are photographed and decoded back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceQrHtml, qrMissingMessage } from '../../site/qr-code.ts';
import { maxBaseUrlLength, MIN_MODULE_PIXELS, QR_MAX_VERSION, qrTargets } from '../../site/qr-fit.ts';
import type { DeckId } from '../../ledger/types.ts';
import { waitForPrintReady } from '../../scripts/lib/pdf/readiness.ts';
import { collectErrors, DIST, openSite, waitForDeck, type ManifestDeck, type Site } from './harness.ts';

const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: (ManifestDeck & { id: DeckId; lang: 'zh-CN' | 'en' })[] };
const BASE = new URL('https://example.org/talks/hu-dian/');
let site: Site;
let dir = '';

const pageFile = (deck: ManifestDeck & { lang: string }) => (deck.lang === 'en' ? `slides/${deck.id}/en.html` : `slides/${deck.id}/index.html`);

/** The deck page as built with DECKS_BASE_URL: the source slide's note replaced by its QR codes. */
function withQrCodes(deck: ManifestDeck & { id: DeckId; lang: 'zh-CN' | 'en' }, base: URL): string {
  const root = parse(readFileSync(resolve(DIST, pageFile(deck)), 'utf8'));
  const credit = root.querySelector('section#source [data-source-credit]');
  if (!credit) throw new Error(`${deck.id}: no source credit`);
  credit.querySelector('[data-qr-missing]')?.remove();
  credit.insertAdjacentHTML('beforeend', sourceQrHtml(deck.id, deck.lang, base));
  return root.toString();
}

async function serveWithQr(page: Page, deck: ManifestDeck & { id: DeckId; lang: 'zh-CN' | 'en' }, base: URL = BASE): Promise<void> {
  const path = new URL(deck.url, site.server.url).pathname;
  await page.route((url) => url.pathname === path, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withQrCodes(deck, base) }));
}

/** RGBA pixels of a PNG, decoded by the page's own image decoder. */
async function rgba(page: Page, png: Buffer): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const result = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    return { data: Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data), width: bitmap.width, height: bitmap.height };
  }, png.toString('base64'));
  return { data: Uint8ClampedArray.from(result.data), width: result.width, height: result.height };
}

beforeAll(async () => {
  site = await openSite();
  dir = mkdtempSync(join(tmpdir(), 'qr-test-'));
});
afterAll(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('QR codes on the source slide', () => {
  it('without a published address, no source slide shows a code, nor any word of the build setting (the build console says it)', () => {
    expect(qrMissingMessage()).toMatch(/DECKS_BASE_URL/);
    for (const deck of manifest.decks) {
      const source = parse(readFileSync(resolve(DIST, pageFile(deck)), 'utf8')).querySelector('section#source');
      const marker = source?.querySelector('[data-qr-missing]');
      expect(marker?.hasAttribute('hidden'), deck.id).toBe(true);
      expect(marker?.textContent, deck.id).toBe('');
      expect(source?.textContent, deck.id).not.toMatch(/DECKS_BASE_URL|二维码未生成|No QR codes/);
      expect(source?.querySelector('svg.qr-code')).toBeNull();
    }
  });

  it('are inline SVG images named by their URL, with a 4-module quiet zone', () => {
    const html = parse(sourceQrHtml('puer', 'zh-CN', BASE));
    const svgs = html.querySelectorAll('svg.qr-code');
    expect(svgs.map((svg) => svg.getAttribute('aria-label'))).toEqual([`二维码：${BASE.href}slides/puer/`, `二维码：${BASE.href}data/figures.csv`]);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
      // No dark module in the quiet zone: every path starts at 4 or more and ends 4 before the edge.
      const moves = [...(svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
      expect(Math.min(...moves.map(([x]) => x ?? 0), ...moves.map(([, y]) => y ?? 0))).toBe(4);
      expect(Math.max(...moves.map(([x, , w]) => (x ?? 0) + (w ?? 0)), ...moves.map(([, y]) => (y ?? 0) + 1))).toBe(size - 4);
    }
  });

  // One test per deck and edition (ten in one test outran the time limit on a busy machine).
  for (const deck of manifest.decks) {
    it(`decode back to the deck URL and the data download from a 1280×720 slide of ${deck.id} (${deck.lang}), inside the slide and over no text`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors = collectErrors(page);
      await serveWithQr(page, deck);
      await page.goto(`${site.server.url}${deck.url}#/source`);
      await waitForDeck(page);
      await page.waitForFunction(() => document.querySelector('section.present')?.id === 'source');
      const layout = await page.evaluate(() => {
        const slide = document.querySelector('section.present')?.getBoundingClientRect();
        const codes = [...document.querySelectorAll('section.present figure.qr')].map((figure) => {
          const box = figure.querySelector('svg')?.getBoundingClientRect();
          return { url: (figure as HTMLElement).dataset.qrUrl ?? '', box: box ? { x: box.x, y: box.y, w: box.width, h: box.height } : null, caption: parseFloat(getComputedStyle(figure.querySelector('figcaption') ?? figure).fontSize) };
        });
        const text = [...document.querySelectorAll('section.present p, section.present h2')].map((el) => el.getBoundingClientRect()).map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height }));
        return { slide: slide ? { x: slide.x, y: slide.y, w: slide.width, h: slide.height } : null, codes, text };
      });
      // The credit beside the codes still fits: no two text blocks overlap, all inside the slide.
      layout.text.forEach((a, i) => {
        if (!layout.slide) return;
        expect(a.y, `${deck.id} ${deck.lang}: text above the slide`).toBeGreaterThanOrEqual(layout.slide.y);
        expect(a.y + a.h, `${deck.id} ${deck.lang}: text below the slide`).toBeLessThanOrEqual(layout.slide.y + layout.slide.h);
        layout.text.slice(i + 1).forEach((b) => {
          const overlaps = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlaps, `${deck.id} ${deck.lang}: text over text on the source slide`).toBe(false);
        });
      });
      const targets = qrTargets(deck.id, deck.lang, BASE);
      expect(layout.codes.map((code) => code.url)).toEqual([targets.deck, targets.data]);
      for (const code of layout.codes) {
        const box = code.box;
        if (!box || !layout.slide) throw new Error('no box');
        expect(box.w).toBeGreaterThanOrEqual(180);
        expect(box.x).toBeGreaterThanOrEqual(layout.slide.x);
        expect(box.x + box.w).toBeLessThanOrEqual(layout.slide.x + layout.slide.w);
        expect(box.y + box.h).toBeLessThanOrEqual(layout.slide.y + layout.slide.h);
        expect(code.caption).toBeGreaterThanOrEqual(16);
        for (const text of layout.text) {
          const overlaps = box.x < text.x + text.w && text.x < box.x + box.w && box.y < text.y + text.h && text.y < box.y + box.h;
          expect(overlaps, `${deck.id} ${deck.lang}: QR over text`).toBe(false);
        }
        const png = await page.screenshot({ clip: { x: box.x - 8, y: box.y - 8, width: box.w + 16, height: box.h + 16 } });
        const image = await rgba(page, png);
        expect(jsQR(image.data, image.width, image.height)?.data, `${deck.id} ${deck.lang}`).toBe(code.url);
      }
      await page.unrouteAll();
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it(`still decode at the longest DECKS_BASE_URL the build allows (${maxBaseUrlLength()} characters: version ${QR_MAX_VERSION}, modules of ${MIN_MODULE_PIXELS} px on the slide)`, async () => {
    const longest = new URL(`https://example.org/${'t'.repeat(maxBaseUrlLength() - 'https://example.org/'.length - 1)}/`);
    expect(longest.href).toHaveLength(maxBaseUrlLength());
    // The longest address of all: the English Xishuangbanna deck.
    const deck = manifest.decks.find((d) => d.id === 'xishuangbanna' && d.lang === 'en');
    if (!deck) throw new Error('no deck');
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await serveWithQr(page, deck, longest);
    await page.goto(`${site.server.url}${deck.url}#/source`);
    await waitForDeck(page);
    await page.waitForFunction(() => document.querySelector('section.present')?.id === 'source');
    const codes = await page.evaluate(() => {
      const slide = document.querySelector('section.present')?.getBoundingClientRect();
      return [...document.querySelectorAll('section.present figure.qr')].map((figure) => {
        const svg = figure.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return { url: (figure as HTMLElement).dataset.qrUrl ?? '', modules: Number(svg?.getAttribute('viewBox')?.split(' ')[2]), box: box ? { x: box.x, y: box.y, w: box.width, h: box.height } : null, slideWidth: slide?.width ?? 0 };
      });
    });
    expect(codes.map((code) => code.url)).toEqual(Object.values(qrTargets(deck.id, 'en', longest)));
    for (const code of codes) {
      if (!code.box) throw new Error('no box');
      // Module size in slide pixels (the slide is 1280 wide, whatever reveal's scale on screen).
      expect((code.box.w / code.slideWidth) * 1280 / code.modules, code.url).toBeGreaterThanOrEqual(MIN_MODULE_PIXELS);
      const png = await page.screenshot({ clip: { x: code.box.x - 8, y: code.box.y - 8, width: code.box.w + 16, height: code.box.h + 16 } });
      const image = await rgba(page, png);
      expect(jsQR(image.data, image.width, image.height)?.data).toBe(code.url);
    }
    await page.unrouteAll();
    await page.close();
  });

  it('decode from the printed PDF page too', async () => {
    const deck = manifest.decks.find((d) => d.id === 'xishuangbanna' && d.lang === 'zh-CN');
    if (!deck) throw new Error('no deck');
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await serveWithQr(page, deck);
    await page.goto(`${site.server.url}${deck.printUrl}`);
    await waitForPrintReady(page, deck.id, 60_000);
    const pdf = join(dir, 'deck.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.close();
    const ppm = execFileSync('pdftoppm', ['-f', String(deck.slideCount), '-l', String(deck.slideCount), '-r', '96', '-singlefile', pdf], { maxBuffer: 64 * 1024 * 1024 });
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 30).toString('latin1'));
    if (!header) throw new Error('not a PPM');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const rgb = ppm.subarray(header[0].length);
    const data = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      data.set([rgb[i * 3] ?? 0, rgb[i * 3 + 1] ?? 0, rgb[i * 3 + 2] ?? 0, 255], i * 4);
    }
    // Two codes side by side: decode each half of the page.
    const targets = qrTargets(deck.id, 'zh-CN', BASE);
    const found = new Set<string>();
    for (const [from, to] of [[0.55, 0.76], [0.74, 0.97]] as const) {
      const x0 = Math.floor(width * from);
      const w = Math.floor(width * (to - from));
      const crop = new Uint8ClampedArray(w * height * 4);
      for (let y = 0; y < height; y++) crop.set(data.subarray((y * width + x0) * 4, (y * width + x0 + w) * 4), y * w * 4);
      const code = jsQR(crop, w, height);
      if (code) found.add(code.data);
    }
    expect([...found].sort()).toEqual([targets.deck, targets.data].sort());
  });
});
