import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { collectErrors, waitForCharts, waitForReady } from './harness.ts';
import { TEST_BUILDS } from './supplements-build.ts';
import { buildChartFixtureSite, FIXTURE_SLIDE } from './supplement-chart-build.ts';

/**
 * Issue 24: a supplied value in a chart, as the audience sees it. No shipped chart plots a gap, so
 * one fixture build (tests/browser/supplement-chart-build.ts) places the test chart “jobs offered /
 * public-service jobs” on a slide of its own and supplies the omitted public-service jobs from
 * tests/fixtures/supplements-chart.csv (a made-up “Test fixture” source). Every check below reads
 * that one build: the bar's pixels, its words, the popover, the notes, the gaps slide, the English
 * edition, the slide's static embed page, and ?supplements=off.
 */
const OUT = join(TEST_BUILDS, 'chart');
const FIGURE = 'xishuangbanna-public-service-jobs';
const SOURCE_URL = 'https://example.org/fixture/public-service-jobs';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await buildChartFixtureSite(OUT);
  server = await startStaticServer({ root: OUT });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The chart's pixels in the supplement's green: how many, and how many separate green runs cross the bar's middle row. */
interface GreenBar {
  readonly pixels: number;
  /** Green runs along the bar's middle row, outline and stripes (a solid bar: 1). */
  readonly stripes: number;
}

/** Reads the chart canvas: pixels of the supplement's hue (green well above red and blue), and the stripes of the bar they outline. */
async function greenBar(page: Page | Frame, selector: string): Promise<GreenBar> {
  return page.$eval(selector, (element) => {
    const canvas = element as HTMLCanvasElement;
    const { width, height } = canvas;
    const data = canvas.getContext('2d')?.getImageData(0, 0, width, height).data;
    if (!data) return { pixels: 0, stripes: 0 };
    // #00735A (and its stripes at 55 % over the background): green well above red, above blue. The article's orange, the greys and the text are not.
    const green = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
      return a > 200 && g - r > 40 && g > b + 5;
    };
    let pixels = 0;
    let left = width;
    for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) if (green(x, y)) { pixels += 1; left = Math.min(left, x); }
    if (pixels === 0) return { pixels, stripes: 0 };
    // The bar starts at the axis: its left outline is the leftmost green column, its rows that column's green span.
    let top = height;
    let bottom = 0;
    for (let y = 0; y < height; y += 1) if (green(left, y)) { top = Math.min(top, y); bottom = y; }
    const middle = Math.round((top + bottom) / 2);
    // Along the bar's middle row: green runs until the gap before its words (wider than any gap between stripes).
    const pixelRatio = width / canvas.offsetWidth;
    const wordsGap = 10 * pixelRatio;
    let stripes = 0;
    let blank = 0;
    let inside = false;
    for (let x = left; x < width && blank < wordsGap; x += 1) {
      const now = green(x, middle);
      if (now && !inside) stripes += 1;
      blank = now ? 0 : blank + 1;
      inside = now;
    }
    return { pixels, stripes };
  });
}

async function open(path: string, mode: 'deck' | 'embed' = 'deck'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = collectErrors(page);
  await page.goto(`${server.url}${path}`);
  await waitForReady(page, mode);
  if (mode === 'deck') await waitForCharts(page, `#${FIXTURE_SLIDE} canvas[data-chart-id]`, FIXTURE_SLIDE);
  else await waitForCharts(page, 'canvas[data-chart-id]');
  return { page, errors };
}

/** The words the chart draws beside the supplied bar (from the configuration the page draws). */
async function suppliedMarkWords(page: Page, scope: string): Promise<string[]> {
  return page.$eval(`${scope} script[data-chart-config]`, (script) => {
    const config = JSON.parse(script.textContent ?? '{}') as { options?: { plugins?: { placeholderMarks?: { marks?: { kind: string; text: string }[] } } } };
    return (config.options?.plugins?.placeholderMarks?.marks ?? []).filter((mark) => mark.kind === 'supplied').map((mark) => mark.text.replace(/\u200B/g, '').replace(/\u00A0/g, ' '));
  });
}

describe('a supplied value in a chart (fixture build)', () => {
  it('zh: the bar is drawn striped in the supplement colour and labelled 补充; the line under the chart, its popover and the notes give the source', async () => {
    const { page, errors } = await open(`slides/xishuangbanna/#/${FIXTURE_SLIDE}`);
    const bar = await greenBar(page, `#${FIXTURE_SLIDE} canvas[data-chart-id]`);
    expect(bar.pixels).toBeGreaterThan(2000);
    expect(bar.stripes).toBeGreaterThanOrEqual(6);
    expect(await suppliedMarkWords(page, `#${FIXTURE_SLIDE}`)).toEqual(['补充 20000个 · 原文未给出']);
    const missing = `#${FIXTURE_SLIDE} .chart-missing [data-figure="${FIGURE}"]`;
    // The chart draws it: the line under the chart says the article does not give it, not that the chart leaves it out.
    expect(await page.innerText(`#${FIXTURE_SLIDE} .chart-missing`)).toMatch(/^原文未给出的：/);
    expect(await page.getAttribute(missing, 'data-supplement')).toBe(SOURCE_URL);
    expect((await page.textContent(`${missing} .fig-supp`))?.replace(/\s+/g, ' ')).toContain('补充 20000个');
    await page.focus(missing);
    const popover = (await page.textContent('#provenance-popover')) ?? '';
    for (const part of ['开发乡村公共服务岗位个', 'Test fixture: not a real source', SOURCE_URL, '测试夹具：开发乡村公共服务岗位20000个。']) expect(popover).toContain(part);
    const notes = (await page.textContent(`#${FIXTURE_SLIDE} aside.notes`)) ?? '';
    for (const part of ['补充 20000个', SOURCE_URL, '测试夹具：开发乡村公共服务岗位20000个。']) expect(notes).toContain(part);
    // The gaps slide of the deck: the figure is still a gap, and supplied.
    const row = await page.$eval(`#gaps .gap-item--supplied [data-figure="${FIGURE}"]`, (element) => (element.closest('.gap-item')?.textContent ?? '').replace(/\u00A0/g, ' '));
    expect(row).toContain('原文未给出 · 已补充');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('en: the same bar, labelled “added …”, the source in the popover, the gaps row says “added”', async () => {
    const { page, errors } = await open(`slides/xishuangbanna/en.html#/${FIXTURE_SLIDE}`);
    const bar = await greenBar(page, `#${FIXTURE_SLIDE} canvas[data-chart-id]`);
    expect(bar.pixels).toBeGreaterThan(2000);
    expect(bar.stripes).toBeGreaterThanOrEqual(6);
    expect(await suppliedMarkWords(page, `#${FIXTURE_SLIDE}`)).toEqual(['added 20,000 jobs · not given in the article']);
    expect(await page.innerText(`#${FIXTURE_SLIDE} .chart-missing`)).toMatch(/^Not given in the article: /);
    await page.focus(`#${FIXTURE_SLIDE} .chart-missing [data-figure="${FIGURE}"]`);
    expect(await page.textContent('#provenance-popover')).toContain(`Added from another source: “Test fixture: not a real source”, Test fixture, 2020-01-01, ${SOURCE_URL}`);
    expect((await page.textContent(`#gaps .gap-item--supplied`))?.replace(/\u00A0/g, ' ')).toContain('not given in the article · added');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the slide’s static embed page draws the same bar and words', async () => {
    const { page, errors } = await open(`embed/xishuangbanna/${FIXTURE_SLIDE}.html`, 'embed');
    const bar = await greenBar(page, 'canvas[data-chart-id]');
    expect(bar.pixels).toBeGreaterThan(1000);
    expect(bar.stripes).toBeGreaterThanOrEqual(6);
    expect(await suppliedMarkWords(page, 'body')).toEqual(['补充 20000个 · 原文未给出']);
    expect(await page.getAttribute(`.chart-missing [data-figure="${FIGURE}"]`, 'data-supplement')).toBe(SOURCE_URL);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?supplements=off: no green bar on the canvas, no words, the gap only (deck and embed)', async () => {
    for (const [path, mode, canvas] of [
      [`slides/xishuangbanna/?supplements=off#/${FIXTURE_SLIDE}`, 'deck', `#${FIXTURE_SLIDE} canvas[data-chart-id]`],
      [`slides/xishuangbanna/en.html?supplements=off#/${FIXTURE_SLIDE}`, 'deck', `#${FIXTURE_SLIDE} canvas[data-chart-id]`],
      [`embed/xishuangbanna/${FIXTURE_SLIDE}.html?supplements=off`, 'embed', 'canvas[data-chart-id]'],
    ] as const) {
      const { page, errors } = await open(path, mode);
      expect((await greenBar(page, canvas)).pixels, path).toBe(0);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text, path).not.toMatch(/补充 |added: |已补充|example\.org\/fixture/);
      // The chart leaves the gap out again, and says so.
      expect(await page.innerText(`${mode === 'deck' ? `#${FIXTURE_SLIDE} ` : ''}.chart-missing`), path).toMatch(/^(?:图中没有画出、原文未给出的：|Not in the chart, as the article gives no figure: )/);
      expect(await page.$$eval('[data-supplement], .fig-supp, [data-chart-config]', (elements) => elements.map((element) => element.textContent ?? '').join('')), path).not.toMatch(/补充|added /);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it('the presenter view’s previews and notes follow ?supplements=off, as the deck does', async () => {
    /** A presenter view opened on its own at a slide: its preview frame of this role once its deck has drawn the chart slide. */
    const presenterAt = async (query: string, slide: string, role: 'current' | 'next', chartSlide: string) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors = collectErrors(page);
      await page.goto(`${server.url}slides/presenter/?deck=xishuangbanna${query}#/${slide}`);
      await page.waitForSelector('body[data-pairing="standalone"]');
      const element = await page.waitForSelector(`iframe[data-preview="${role}"]`, { state: 'attached' });
      const frame = await element.contentFrame();
      if (!frame) throw new Error(`no ${role} preview`);
      await frame.waitForURL(new RegExp(`presenter-preview=${role === 'current' ? 'lead' : 'next'}`));
      await waitForReady(frame, 'deck');
      await waitForCharts(frame, `#${chartSlide} canvas[data-chart-id]`, chartSlide);
      await page.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, slide);
      return { page, frame, errors, notes: (await page.textContent('.presenter-notes')) ?? '' };
    };
    const canvas = `#${FIXTURE_SLIDE} canvas[data-chart-id]`;
    // With supplements: the current preview draws the supplied bar, the notes give its source.
    const withThem = await presenterAt('', FIXTURE_SLIDE, 'current', FIXTURE_SLIDE);
    expect((await greenBar(withThem.frame, canvas)).pixels).toBeGreaterThan(1000);
    expect(withThem.notes).toContain(SOURCE_URL);
    await withThem.page.close();
    // ?supplements=off: neither preview draws it or writes its words, and the notes leave out its source.
    const current = await presenterAt('&supplements=off', FIXTURE_SLIDE, 'current', FIXTURE_SLIDE);
    expect(current.frame.url()).toContain('supplements=off');
    expect((await greenBar(current.frame, canvas)).pixels).toBe(0);
    expect(await current.frame.$$eval('.fig-supp, [data-supplement]', (list) => list.length)).toBe(0);
    expect(current.notes).not.toContain(SOURCE_URL);
    expect(current.notes).not.toContain('补充');
    expect(current.errors).toEqual([]);
    await current.page.close();
    const next = await presenterAt('&supplements=off', 'jobs-offered', 'next', FIXTURE_SLIDE);
    expect(next.frame.url()).toContain('supplements=off');
    expect((await greenBar(next.frame, canvas)).pixels).toBe(0);
    expect(await next.frame.$$eval('.fig-supp, [data-supplement]', (list) => list.length)).toBe(0);
    expect(next.errors).toEqual([]);
    await next.page.close();
  });

  it('the offline single file (file://) shows the supplied bar, its words and its source, and nothing else is fetched; ?supplements=off there too', async () => {
    for (const [file, words] of [['xishuangbanna.html', '补充 20000个'], ['xishuangbanna.en.html', 'added: 20,000 jobs']] as const) {
      const url = pathToFileURL(join(OUT, 'offline', file)).href;
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors = collectErrors(page);
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!/^(?:file|data|blob):/.test(request.url())) requests.push(request.url());
      });
      await page.goto(`${url}#/${FIXTURE_SLIDE}`);
      await waitForReady(page, 'deck');
      await waitForCharts(page, `#${FIXTURE_SLIDE} canvas[data-chart-id]`, FIXTURE_SLIDE);
      const bar = await greenBar(page, `#${FIXTURE_SLIDE} canvas[data-chart-id]`);
      expect(bar.pixels, file).toBeGreaterThan(2000);
      expect(bar.stripes, file).toBeGreaterThanOrEqual(6);
      const missing = `#${FIXTURE_SLIDE} .chart-missing [data-figure="${FIGURE}"]`;
      expect((await page.textContent(`${missing} .fig-supp`))?.replace(/\s+/g, ' '), file).toContain(words);
      await page.focus(missing);
      const popover = (await page.textContent('#provenance-popover')) ?? '';
      for (const part of ['Test fixture: not a real source', SOURCE_URL, '测试夹具：开发乡村公共服务岗位20000个。']) expect(popover, file).toContain(part);
      // No presenter page beside a single file: S shows the notes, with the source.
      await page.keyboard.press('s');
      await page.waitForSelector('.reveal .speaker-notes', { state: 'visible' });
      expect(await page.textContent('.reveal .speaker-notes'), file).toContain(SOURCE_URL);
      expect(errors, file).toEqual([]);
      await page.close();
      const off = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await off.goto(`${url}?supplements=off#/${FIXTURE_SLIDE}`);
      await waitForReady(off, 'deck');
      await waitForCharts(off, `#${FIXTURE_SLIDE} canvas[data-chart-id]`, FIXTURE_SLIDE);
      expect((await greenBar(off, `#${FIXTURE_SLIDE} canvas[data-chart-id]`)).pixels, `${file}?supplements=off`).toBe(0);
      expect(await off.$$eval('.fig-supp, [data-supplement]', (list) => list.length), `${file}?supplements=off`).toBe(0);
      await off.close();
      expect(requests, file).toEqual([]);
    }
  });
});
