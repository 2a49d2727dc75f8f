import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { writeSnapshots } from '../../scripts/lib/snapshot.ts';
import { collectErrors as collectPageErrors, DIST, drawnPixels, openSite, type Site, waitForReady } from './harness.ts';
import { SITE_CSP } from './site-policy.ts';
import { READY } from '../../contracts/readiness.ts';
import { embedUrl, legacyEmbedUrl } from '../../contracts/embed-url.ts';

/**
 * A host page on another origin (a second server, another port) embeds slides and loads embed.js
 * from the site, the way a reader's blog would.
 */
const HEIGHT_TYPE = 'hu-dian:embed-height';

interface HostFrame {
  readonly id: string;
  readonly deck: string;
  readonly slide: string;
  readonly width: number;
  readonly height: number;
  /** data-hu-dian-embed: embed.js resizes it. */
  readonly auto: boolean;
  /** Height embed.js should apply (width × 9/16), or 'content' for a compact embed (under 800 px: its content's height). */
  readonly expected: number | 'content';
  /** A visual drawn at build time (SVG, no canvas): ready with the embed. */
  readonly visual?: boolean;
}

const FRAMES: readonly HostFrame[] = [
  // A fixed frame (no embed.js) tall enough for the compact layout at 360 px.
  // A Chart.js chart in a fixed frame; a visual drawn at build time (the open-ended bar) sized by embed.js.
  { id: 'portrait', deck: 'overview', slide: 'ledger-status', width: 360, height: 800, auto: false, expected: 800 },
  { id: 'portrait-auto', deck: 'lijiang', slide: 'expo-sales', width: 360, height: 640, auto: true, expected: 'content', visual: true },
  { id: 'wide', deck: 'honghe', slide: 'pairs', width: 800, height: 450, auto: true, expected: 450 },
  { id: 'full', deck: 'puer', slide: 'sugarcane', width: 1920, height: 1080, auto: true, expected: 1080 },
];

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>'];

interface RecordedMessage {
  readonly data: unknown;
  readonly origin: string;
}
interface Recorder {
  embedMessages: RecordedMessage[];
}

let site: Site;

/** Console errors and page errors of the page and its frames, CSP violations reported as errors. */
async function collectErrors(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return collectPageErrors(page);
}
let host: StaticServer;
let hostDir: string;

/** decks.json's embedUrl: the slide's own page. */
function embedSrc(deck: string, slide: string): string {
  return `${site.server.url}${embedUrl(deck, slide)}`;
}

/** The embed URL before issue 23 (embed/?deck=&slide=), which still answers: a bad id gets the "not found" message. */
function legacySrc(deck: string, slide: string): string {
  return `${site.server.url}${legacyEmbedUrl(deck, slide)}`;
}

function writeHostPages(): void {
  const css = [
    'body { margin: 0; font: 16px sans-serif; }',
    'iframe { display: block; border: 0; margin: 0 0 40px; }',
    '.spacer { height: 3000px; }',
    ...FRAMES.map((frame) => `#${frame.id} { width: ${frame.width}px; height: ${frame.height}px; }`),
    '#late { width: 800px; height: 450px; }',
    '.bad { width: 800px; height: 450px; }',
  ].join('\n');
  writeFileSync(join(hostDir, 'host.css'), css);
  const script = `<script src="${site.server.url}embed.js" async></script>`;
  const page = (body: string): string =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"><link rel="stylesheet" href="host.css"></head><body>${body}${script}</body></html>`;
  const frames = FRAMES.map(
    (frame) =>
      `<iframe id="${frame.id}" src="${embedSrc(frame.deck, frame.slide).replaceAll('&', '&amp;')}" title="${frame.deck} ${frame.slide}" loading="lazy"${frame.auto ? ' data-hu-dian-embed' : ''}></iframe>`,
  );
  writeFileSync(join(hostDir, 'index.html'), page(frames.join('\n')));
  writeFileSync(
    join(hostDir, 'late.html'),
    page(`<div class="spacer"></div><iframe id="late" src="${embedSrc('overview', 'ledger-status').replaceAll('&', '&amp;')}" title="late" data-hu-dian-embed></iframe>`),
  );
  const bad = [
    ...HOSTILE.map((id) => legacySrc('xishuangbanna', id)),
    ...HOSTILE.map((id) => legacySrc(id, 'title')),
    ...HOSTILE.map((id) => `${site.server.url}slides/xishuangbanna/?${new URLSearchParams({ embed: id }).toString()}`),
  ];
  writeFileSync(
    join(hostDir, 'bad.html'),
    page(bad.map((src, i) => `<iframe id="bad-${i}" class="bad" src="${src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" title="bad ${i}"></iframe>`).join('\n')),
  );
}

async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const recorder = window as unknown as Recorder;
    recorder.embedMessages = [];
    window.addEventListener('message', (event) => recorder.embedMessages.push({ data: event.data, origin: event.origin }));
  });
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.$(`#${id}`);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`#${id} has no frame`);
  return frame;
}

interface EmbedState {
  url: string;
  present: string | null;
  slideIds: string[];
  othersHidden: boolean;
  targetVisible: boolean;
  scroll: { sw: number; sh: number; cw: number; ch: number; iw: number; ih: number; x: number; y: number };
  rect: { left: number; top: number; right: number; bottom: number };
  charts: number;
  chartsReady: boolean;
  /** Every canvas has at least one backing pixel per device pixel it covers. */
  chartsSharp: boolean;
  chrome: number;
  /** Under 800 px the slide is reflowed, not scaled (runtime/embed/compact.ts). */
  compact: boolean;
  /** The compact content's height (what its height message reports). */
  contentHeight: number;
}

async function embedState(frame: Frame): Promise<EmbedState> {
  return frame.evaluate((chartReady) => {
    const root = document.documentElement;
    const present = document.querySelector<HTMLElement>('.reveal .slides > section.present');
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
    const hidden = (el: Element): boolean => getComputedStyle(el).visibility === 'hidden' || getComputedStyle(el).display === 'none';
    const box = present?.getBoundingClientRect();
    const canvases = [...(present?.querySelectorAll('canvas[data-chart-id]') ?? [])];
    const chrome = [...document.querySelectorAll('.reveal .controls, .reveal .progress, .reveal .slide-number, .embed-snippet-button')].filter(
      (el) => !hidden(el) && el.getBoundingClientRect().width > 0,
    ).length;
    return {
      url: window.location.href,
      present: present?.id ?? null,
      slideIds: sections.map((section) => section.id).filter((id) => id !== ''),
      othersHidden: sections.filter((section) => section !== present).every(hidden),
      targetVisible: present !== null && !hidden(present),
      scroll: {
        sw: root.scrollWidth,
        sh: root.scrollHeight,
        cw: root.clientWidth,
        ch: root.clientHeight,
        iw: window.innerWidth,
        ih: window.innerHeight,
        x: window.scrollX + (document.querySelector('.reveal')?.scrollLeft ?? 0),
        y: window.scrollY + (document.querySelector('.reveal')?.scrollTop ?? 0),
      },
      rect: { left: box?.left ?? -1, top: box?.top ?? -1, right: box?.right ?? -1, bottom: box?.bottom ?? -1 },
      charts: canvases.length,
      chartsReady: canvases.every((canvas) => canvas.hasAttribute(chartReady)),
      chartsSharp: (canvases as HTMLCanvasElement[]).every((canvas) => {
        const box = canvas.getBoundingClientRect();
        return canvas.width >= box.width * window.devicePixelRatio - 1 && canvas.height >= box.height * window.devicePixelRatio - 1;
      }),
      chrome,
      compact: root.hasAttribute('data-embed-compact'),
      contentHeight: Math.ceil(document.querySelector('.reveal')?.getBoundingClientRect().height ?? 0),
    };
  }, READY.chart);
}

function expectAlone(state: EmbedState, frame: HostFrame): void {
  expect(state.url).toContain(embedUrl(frame.deck, frame.slide));
  expect(state.present).toBe(frame.slide);
  expect(state.slideIds).toEqual([frame.slide]);
  expect(state.othersHidden).toBe(true);
  expect(state.targetVisible).toBe(true);
  expect(state.chrome).toBe(0);
}

function expectFits(state: EmbedState): void {
  const { scroll, rect } = state;
  expect(scroll.sw).toBeLessThanOrEqual(scroll.cw);
  expect(scroll.sh).toBeLessThanOrEqual(scroll.ch);
  expect(scroll.cw).toBe(scroll.iw);
  expect(scroll.ch).toBe(scroll.ih);
  expect(scroll.x).toBe(0);
  expect(scroll.y).toBe(0);
  expect(rect.left).toBeGreaterThanOrEqual(-0.5);
  expect(rect.top).toBeGreaterThanOrEqual(-0.5);
  expect(rect.right).toBeLessThanOrEqual(scroll.iw + 0.5);
  expect(rect.bottom).toBeLessThanOrEqual(scroll.ih + 0.5);
}

beforeAll(async () => {
  // As hosted: under a sub-path and the site's Content-Security-Policy (frame-ancestors *).
  site = await openSite({ basePath: '/talks/hu-dian/', headers: { 'Content-Security-Policy': SITE_CSP } });
  hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  host = await startStaticServer({ root: hostDir });
  writeHostPages();
});
afterAll(async () => {
  await host?.close();
  await site?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

describe('embedding a slide on another origin', () => {
  it('runs every embed cross-origin: the host page cannot read a frame’s document', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${host.url}index.html`);
    const frames = await page.$$eval('iframe', (list) => list.map((frame) => (frame as HTMLIFrameElement).contentDocument === null));
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every(Boolean)).toBe(true);
    await page.close();
  });

  it('shows only the requested slide, drawn, without scrollbars, at 360×640 (compact), 800×450 and 1920×1080; keys do not move it; embed.js applies the height message', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = await collectErrors(page);
    await recordMessages(page);
    await page.goto(`${host.url}index.html`);
    for (const spec of FRAMES) {
      await page.locator(`#${spec.id}`).scrollIntoViewIfNeeded();
      const frame = await frameOf(page, spec.id);
      await waitForReady(frame, 'embed');
      const state = await embedState(frame);
      expectAlone(state, spec);
      if (spec.visual) {
        expect(await frame.$$eval('.reveal .slides > section.present [data-open-bound] svg', (list) => list.length)).toBe(1);
      } else {
        expect(state.charts).toBeGreaterThan(0);
        expect(state.chartsReady).toBe(true);
        expect(state.chartsSharp).toBe(true);
        expect(await drawnPixels(frame, '.reveal .slides > section.present canvas[data-chart-id]')).toBeGreaterThan(1000);
      }
      expectFits(state);

      for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Space', 'End', 'Home', 'n', 'p', 'o', 'Escape']) {
        await frame.locator('body').press(key);
      }
      // Nor the wheel, nor a hash naming another slide.
      await page.mouse.move(10, 10);
      const box = await page.locator(`#${spec.id}`).boundingBox();
      if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
        await page.mouse.wheel(0, 400);
      }
      await frame.evaluate(() => {
        window.location.hash = '#/title';
      });
      await frame.waitForFunction(() => window.location.hash === '#/title');
      await page.locator(`#${spec.id}`).scrollIntoViewIfNeeded();
      const after = await embedState(frame);
      expectAlone(after, spec);
      expectFits(after);

      await page.waitForFunction(
        ({ type, deck, slide }) =>
          (window as unknown as Recorder).embedMessages.some((message) => {
            const data = message.data as { type?: unknown; deck?: unknown; slide?: unknown } | null;
            return data !== null && typeof data === 'object' && data.type === type && data.deck === deck && data.slide === slide;
          }),
        { type: HEIGHT_TYPE, deck: spec.deck, slide: spec.slide },
      );
    }
    const messages = await page.evaluate(() => (window as unknown as Recorder).embedMessages);
    const compactHeights = new Map<string, number>();
    for (const spec of FRAMES) {
      const fromFrame = messages.filter((message) => {
        const data = message.data as { type?: unknown; slide?: unknown };
        return data.type === HEIGHT_TYPE && data.slide === spec.slide;
      });
      expect(fromFrame.length).toBeGreaterThan(0);
      expect(fromFrame.every((message) => message.origin === site.server.origin)).toBe(true);
      const data = fromFrame.at(-1)?.data as { height: number };
      const state = await embedState(await frameOf(page, spec.id));
      // A slide: width × 9/16. A compact embed (under 800 px): its content's height.
      expect(state.compact).toBe(spec.width < 800);
      expect(data.height).toBe(state.compact ? state.contentHeight : Math.round((spec.width * 720) / 1280));
      compactHeights.set(spec.id, state.contentHeight);
    }
    for (const spec of FRAMES) {
      const expected = spec.expected === 'content' ? compactHeights.get(spec.id) : spec.expected;
      await page.waitForFunction(
        ({ id, expected: height }) => Math.round(document.getElementById(id)?.getBoundingClientRect().height ?? 0) === height,
        { id: spec.id, expected },
      );
    }
    // The resized 360-wide frame now fits the slide exactly: still no scrollbars.
    expectFits(await embedState(await frameOf(page, 'portrait-auto')));

    // A message from anywhere but the iframe itself is ignored.
    await page.evaluate((type) => {
      window.postMessage({ type, height: 999, deck: 'lijiang', slide: 'expo-sales' }, '*');
      window.postMessage({ type: 'test:sentinel' }, '*');
    }, HEIGHT_TYPE);
    await page.waitForFunction(() =>
      (window as unknown as Recorder).embedMessages.some((message) => (message.data as { type?: unknown }).type === 'test:sentinel'),
    );
    expect(Math.round(await page.$eval('#portrait-auto', (el) => el.getBoundingClientRect().height))).toBe(compactHeights.get('portrait-auto'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts the slide and its chart animation only when the frame scrolls into view', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors = await collectErrors(page);
    await page.goto(`${host.url}late.html`);
    const frame = await frameOf(page, 'late');
    await waitForReady(frame, 'deck');
    const before = await frame.evaluate((ready) => ({
      ready: document.documentElement.hasAttribute(ready.embed),
      present: document.querySelector('.reveal .slides > section.present')?.id ?? '',
      drawn: document.querySelector(`canvas[${ready.chart}]`) !== null,
    }), READY);
    expect(before).toEqual({ ready: false, present: '', drawn: false });
    await page.locator('#late').scrollIntoViewIfNeeded();
    await waitForReady(frame, 'embed');
    expect((await embedState(frame)).present).toBe('ledger-status');
    expect(await drawnPixels(frame, '.reveal .slides > section.present canvas[data-chart-id]')).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('under reduced motion shows the slide at once, chart drawn without waiting to be scrolled to', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 }, reducedMotion: 'reduce' });
    const errors = await collectErrors(page);
    await page.goto(`${host.url}late.html`);
    const frame = await frameOf(page, 'late');
    await waitForReady(frame, 'embed');
    expect((await embedState(frame)).present).toBe('ledger-status');
    expect(await drawnPixels(frame, '.reveal .slides > section.present canvas[data-chart-id]')).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in a 320×180 frame without embed.js the compact embed scrolls down, never sideways; its source line and popover stay reachable', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 180 } });
    const errors = await collectErrors(page);
    await page.goto(`${site.server.url}embed/?deck=xishuangbanna&slide=jobs-offered`);
    await waitForReady(page, 'embed');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-embed-compact'))).toBe(true);
    await page.locator('section.present .chart-source').scrollIntoViewIfNeeded();
    const source = await page.$eval('section.present .chart-source', (el) => {
      const box = el.getBoundingClientRect();
      return { text: el.textContent ?? '', inside: box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth };
    });
    expect(source.text).toContain('来源');
    expect(source.inside).toBe(true);
    await page.locator('section.present h2 [data-quote]').first().scrollIntoViewIfNeeded();
    await page.locator('section.present h2 [data-quote]').first().hover();
    const popover = await page.$eval('#provenance-popover', (el) => {
      const box = el.getBoundingClientRect();
      return {
        hidden: (el as HTMLElement).hidden,
        text: el.textContent ?? '',
        inside: box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight + 0.5 && box.right <= window.innerWidth + 0.5,
      };
    });
    expect(popover.hidden).toBe(false);
    expect(popover.text).toContain('原文');
    expect(popover.inside).toBe(true);
    const root = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, document.documentElement.scrollHeight]);
    expect(root[0]).toBe(320);
    expect(root[1]).toBe(320);
    expect(root[2]).toBeGreaterThan(180);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('embeds the English edition with lang=en, as decks.json lists it', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'decks.json'), 'utf8')) as { decks: { id: string; lang: string; slides: { id: string; embedUrl: string }[] }[] };
    const english = manifest.decks.find((deck) => deck.lang === 'en' && deck.id === 'honghe');
    const slide = english?.slides.find((candidate) => candidate.id === 'pairs');
    if (!slide) throw new Error('decks.json has no English honghe deck with slide pairs');
    expect(slide.embedUrl).toBe('embed/honghe/pairs.en.html');
    const page = await site.browser.newPage({ viewport: { width: 800, height: 450 } });
    const errors = await collectErrors(page);
    await page.goto(new URL(slide.embedUrl, site.server.url).href);
    await waitForReady(page, 'embed');
    const state = await embedState(page.mainFrame());
    expect(state.url).toContain('embed/honghe/pairs.en.html');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(state.present).toBe('pairs');
    expect(state.slideIds).toEqual(['pairs']);
    expect(state.chartsReady).toBe(true);
    expectFits(state);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows unknown or hostile ids as text in a "not found" message and runs nothing', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors = await collectErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${host.url}bad.html`);
    const count = await page.locator('iframe.bad').count();
    expect(count).toBe(HOSTILE.length * 3);
    for (let i = 0; i < count; i += 1) {
      await page.locator(`#bad-${i}`).scrollIntoViewIfNeeded();
      const frame = await frameOf(page, `bad-${i}`);
      await frame.waitForSelector('[data-embed-not-found]');
      const seen = await frame.evaluate(() => {
        const panel = document.querySelector('[data-embed-not-found]');
        return {
          text: panel?.textContent ?? '',
          markup: panel?.querySelectorAll('img, script, iframe, object, embed').length ?? -1,
          images: document.images.length,
          // Chart configurations are JSON data blocks, not code: only executable inline scripts count.
          inlineScripts: document.querySelectorAll('script:not([src]):not([type="application/json"])').length,
        };
      });
      expect(seen.text).toContain('未找到该幻灯片');
      expect(HOSTILE.some((id) => seen.text.includes(id))).toBe(true);
      expect(seen.markup).toBe(0);
      expect(seen.images).toBe(0);
      expect(seen.inlineScripts).toBe(0);
      expect(seen.text).toMatch(/jobs-offered|xishuangbanna/);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('snippets', () => {
  it('the deck view offers a snippet for the current slide by button and by the E key', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = await collectErrors(page);
    await page.goto(`${site.server.url}slides/xishuangbanna/#/jobs-offered`);
    await waitForReady(page, 'deck');
    await page.keyboard.press('e');
    const dialog = page.locator('dialog[data-embed-dialog]');
    await dialog.waitFor({ state: 'visible' });
    const code = await dialog.locator('textarea').inputValue();
    expect(code).toContain(`<iframe src="${site.server.url}embed/xishuangbanna/jobs-offered.html"`);
    expect(code).toMatch(/title="[^"]+"/);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('aspect-ratio:16/9');
    expect(code).toContain(`href="${site.server.url}slides/xishuangbanna/#/jobs-offered"`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.querySelector('.reveal .slides > section.present')?.id)).toBe('jobs-offered');
    await page.locator('[data-embed-snippet-button]').click();
    await dialog.waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the gallery offers a snippet per deck for a chosen slide', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = await collectErrors(page);
    await page.goto(site.server.url);
    const block = page.locator('[data-deck="lijiang"] [data-embed-snippet]');
    await block.locator('summary').click();
    await block.locator('select').selectOption('expo-sales');
    const code = await block.locator('textarea').inputValue();
    expect(code).toContain(`<iframe src="${site.server.url}embed/lijiang/expo-sales.html"`);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(`${site.server.url}slides/lijiang/#/expo-sales`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('npm run snapshot', () => {
  it('writes 2× PNGs (2560×1440) of the requested slides', async () => {
    const out = mkdtempSync(join(tmpdir(), 'embed-snapshots-'));
    try {
      const files = await writeSnapshots({ dist: DIST, deck: 'xishuangbanna', slides: ['jobs-offered', 'title'], outDir: out });
      expect(files.map((file) => file.slice(out.length))).toEqual(['/xishuangbanna/title.png', '/xishuangbanna/jobs-offered.png']);
      for (const file of files) {
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2560, 1440]);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
