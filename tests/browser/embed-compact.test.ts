import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { collectErrors, DIST, drawnPixels, openSite, type ManifestDeck, type Site, waitForReady } from './harness.ts';
import { chartText, inspectReflow, recordCanvasText } from './reflow-probe.ts';
import { SITE_CSP } from './site-policy.ts';
import { embedUrl } from '../../contracts/embed-url.ts';

/**
 * Embeds in narrow frames (issue 11): below 800 px a slide is reflowed (title, chart or figure,
 * source line) and its height message is the content's height; from 800 px the slide as in the
 * talk. A host page on another origin loads embed.js and frames, at 320, 360, 480, 600 and 800 px,
 * every chart slide and one slide of every other layout, in both editions. In each frame: no
 * scrollbar, no text under 12 px (HTML and canvas), no empty band under the slide, and the frame's
 * height is the last height message, which is the content's height.
 */
const WIDTHS = [320, 360, 480, 600, 800] as const;
const MIN_TEXT = 12;
const HEIGHT_TYPE = 'hu-dian:embed-height';
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core');

const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: ManifestDeck[] };

interface Pick {
  readonly deck: string;
  readonly slide: string;
  readonly lang: 'zh-CN' | 'en';
  readonly layout: string;
}

/** Every chart slide, and the first slide of each other layout, per edition (layouts read from the built pages). */
function picks(): Pick[] {
  const chosen: Pick[] = [];
  for (const lang of ['zh-CN', 'en'] as const) {
    const seen = new Set<string>();
    for (const deck of manifest.decks.filter((candidate) => candidate.lang === lang)) {
      const html = readFileSync(resolve(DIST, deck.url.endsWith('/') ? `${deck.url}index.html` : deck.url), 'utf8');
      for (const match of html.matchAll(/<section id="([^"]+)" data-layout="([^"]+)"/g)) {
        const [, slide = '', layout = ''] = match;
        const chart = layout === 'chart' || layout === 'chart-number';
        if (!chart && seen.has(layout)) continue;
        seen.add(layout);
        chosen.push({ deck: deck.id, slide, lang, layout });
      }
    }
  }
  return chosen;
}
const PICKS = picks();

let site: Site;
let host: StaticServer;
let hostDir: string;

/** decks.json's embedUrl: the slide's own page. */
function embedSrc(pick: Pick): string {
  return `${site.server.url}${embedUrl(pick.deck, pick.slide, pick.lang)}`;
}

function frameId(pick: Pick): string {
  return `f-${pick.lang}-${pick.deck}-${pick.slide}`;
}

beforeAll(async () => {
  site = await openSite({ basePath: '/talks/hu-dian/', headers: { 'Content-Security-Policy': SITE_CSP } });
  hostDir = mkdtempSync(join(tmpdir(), 'embed-compact-host-'));
  host = await startStaticServer({ root: hostDir });
  for (const width of WIDTHS) {
    // As the snippet gives it: 16:9 until embed.js applies the slide's height message.
    const css = `body { margin: 0; font: 16px sans-serif; } iframe { display: block; border: 0; margin: 0 0 24px; width: ${width}px; height: auto; aspect-ratio: 16 / 9; }`;
    writeFileSync(join(hostDir, `w${width}.css`), css);
    const frames = PICKS.map((pick) => `<iframe id="${frameId(pick)}" src="${embedSrc(pick).replaceAll('&', '&amp;')}" title="${pick.deck} ${pick.slide}" data-hu-dian-embed></iframe>`).join('\n');
    writeFileSync(
      join(hostDir, `w${width}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host ${width}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="w${width}.css"></head><body>${frames}<script src="${site.server.url}embed.js" async></script></body></html>`,
    );
  }
});
afterAll(async () => {
  await host?.close();
  await site?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.$(`#${id}`))?.contentFrame();
  if (!frame) throw new Error(`#${id} has no frame`);
  return frame;
}

/** In the frame: its scroll box, the content's box, and whether it is the compact layout. */
function measure(): { compact: boolean; sw: number; sh: number; cw: number; ch: number; contentTop: number; contentBottom: number; contentHeight: number; present: string } {
  const root = document.documentElement;
  const compact = root.hasAttribute('data-embed-compact');
  const content = compact ? document.querySelector('.reveal') : document.querySelector('.reveal .slides > section.present');
  const box = content?.getBoundingClientRect();
  return {
    compact,
    sw: root.scrollWidth,
    sh: root.scrollHeight,
    cw: root.clientWidth,
    ch: root.clientHeight,
    contentTop: box?.top ?? NaN,
    contentBottom: box?.bottom ?? NaN,
    contentHeight: box?.height ?? NaN,
    present: document.querySelector('.reveal .slides > section.present')?.id ?? '',
  };
}

describe('embeds in narrow frames', () => {
  it(`frames ${PICKS.length} slides (every chart slide and each layout, both editions)`, () => {
    // Six chart slides per edition: four Chart.js charts and three visuals drawn at build time, one of which (jobs-offered, chart-number) replaced a chart.
    expect(PICKS.filter((pick) => pick.layout.startsWith('chart')).length).toBe(12);
    expect(new Set(PICKS.map((pick) => pick.layout)).size).toBe(8);
  });

  for (const width of WIDTHS) {
    it(`${width} px wide: ${width < 800 ? 'compact' : 'the slide'}, framed by embed.js to its content, no scrollbar, no empty band, no text under ${MIN_TEXT} px`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
      const errors = collectErrors(page);
      await recordCanvasText(page);
      await page.addInitScript(() => {
        const log: { data: unknown; origin: string; frame: string }[] = [];
        (window as unknown as { heightLog: typeof log }).heightLog = log;
        window.addEventListener('message', (event) => {
          const frame = [...document.querySelectorAll('iframe')].find((candidate) => candidate.contentWindow === event.source);
          log.push({ data: event.data, origin: event.origin, frame: frame?.id ?? '' });
        });
      });
      await page.goto(`${host.url}w${width}.html`);
      const problems: string[] = [];
      for (const pick of PICKS) {
        const id = frameId(pick);
        const name = `${pick.lang} ${pick.deck}#${pick.slide} (${pick.layout})`;
        const frame = await frameOf(page, id);
        await waitForReady(frame, 'embed');
        // embed.js has applied the last height message when the frame's height equals it.
        await page.waitForFunction(
          ({ frameId: target, type }) => {
            const log = (window as unknown as { heightLog: { data: { type?: string; height?: number }; frame: string }[] }).heightLog.filter(
              (entry) => entry.frame === target && entry.data?.type === type,
            );
            const last = log.at(-1)?.data.height;
            const element = document.getElementById(target);
            return last !== undefined && element !== null && Math.round(element.getBoundingClientRect().height) === Math.min(10000, Math.max(50, Math.round(last)));
          },
          { frameId: id, type: HEIGHT_TYPE },
        );
        const state = await frame.evaluate(measure);
        expect(state.compact, `${name} at ${await frame.evaluate(() => window.innerWidth)}`).toBe(width < 800);
        expect(state.present, name).toBe(pick.slide);
        if (state.sw > state.cw || state.sh > state.ch) problems.push(`${name}: scrolls (${state.sw}×${state.sh} in ${state.cw}×${state.ch})`);
        if (state.compact) {
          // The frame is exactly the content: nothing cut, no band under it.
          if (Math.abs(state.contentBottom - state.ch) > 1 || Math.abs(state.contentTop) > 0.5) problems.push(`${name}: content ${state.contentTop}–${state.contentBottom} in a ${state.ch} px frame`);
        } else if (state.ch - state.contentBottom > state.ch * 0.02 + 1 || state.contentBottom > state.ch + 0.5) {
          problems.push(`${name}: slide ends at ${state.contentBottom} in a ${state.ch} px frame`);
        }
        const scope = '.reveal .slides > section.present';
        problems.push(...(await frame.evaluate(inspectReflow, { root: scope, bodyMin: MIN_TEXT, secondaryMin: MIN_TEXT, secondary: [] })).map((line) => `${name}: ${line}`));
        const canvases = await frame.$$eval(`${scope} canvas[data-chart-id]`, (list) => list.map((canvas) => (canvas as HTMLCanvasElement).dataset.chartId ?? ''));
        const drawnText = await chartText(frame);
        for (const chartId of canvases) {
          const pixels = await drawnPixels(frame, `canvas[data-chart-id="${chartId}"]`);
          if (pixels < 2000) problems.push(`${name}: chart ${chartId} has ${pixels} drawn pixels`);
          const text = drawnText[chartId];
          if (!text || text.min < MIN_TEXT - 0.01) problems.push(`${name}: chart text “${text?.text ?? ''}” drawn at ${text?.min.toFixed(1) ?? '?'} px`);
          for (const clipped of text?.clipped ?? []) problems.push(`${name}: chart text “${clipped}” cut off at the canvas's edge`);
        }
      }
      expect(problems).toEqual([]);
      // Every height message came from the site's origin and named its slide.
      const log = await page.evaluate(() => (window as unknown as { heightLog: { data: { type?: string; slide?: string }; origin: string; frame: string }[] }).heightLog);
      const heights = log.filter((entry) => entry.data?.type === HEIGHT_TYPE);
      expect(heights.length).toBeGreaterThanOrEqual(PICKS.length);
      expect(heights.every((entry) => entry.origin === site.server.origin && entry.frame.endsWith(`-${entry.data.slide ?? ''}`))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('a compact embed shows the article sentence in a popover inside its frame, and axe finds nothing', async () => {
    // bypassCSP only so axe can be injected; csp.test.ts holds embeds to the policy.
    const page = await site.browser.newPage({ viewport: { width: 320, height: 600 }, reducedMotion: 'reduce', bypassCSP: true });
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}embed/?deck=xishuangbanna&slide=jobs-offered`);
    await waitForReady(page, 'embed');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-embed-compact'))).toBe(true);
    // The frame as embed.js would size it: the content's height.
    const height = await page.evaluate(() => Math.ceil(document.querySelector('.reveal')?.getBoundingClientRect().height ?? 0));
    await page.setViewportSize({ width: 320, height });
    const source = await page.$eval('section.present .chart-source', (element) => {
      const box = element.getBoundingClientRect();
      return { text: element.textContent ?? '', inside: box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth };
    });
    expect(source.text).toContain('来源');
    expect(source.inside).toBe(true);
    await page.locator('section.present h2 [data-quote]').first().click();
    const popover = await page.$eval('#provenance-popover', (element) => {
      const box = element.getBoundingClientRect();
      const sizes = [element, ...element.querySelectorAll('*')].map((node) => Number.parseFloat(getComputedStyle(node).fontSize));
      return {
        hidden: (element as HTMLElement).hidden,
        text: element.textContent ?? '',
        inside: box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight + 0.5 && box.right <= window.innerWidth + 0.5,
        smallest: Math.min(...sizes),
      };
    });
    expect(popover.hidden).toBe(false);
    expect(popover.text).toContain('原文');
    expect(popover.inside).toBe(true);
    expect(popover.smallest).toBeGreaterThanOrEqual(MIN_TEXT);
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([320, height]);
    await page.keyboard.press('Escape');
    await page.addScriptTag({ path: AXE_SCRIPT });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} — ${node.target.map(String).join(' ')}`));
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
