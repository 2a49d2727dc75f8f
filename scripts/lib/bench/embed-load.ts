import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { READY } from '../../../contracts/readiness.ts';
import { BENCH_TIMEOUT_MS } from './load.ts';

/** One cold load of one slide's embed, as a newsroom's reader gets it. */
export interface EmbedRun {
  /** gzip -9 bytes of every response (HTML, JSON, scripts, stylesheets, fonts). */
  readonly bytes: number;
  /** Requests the page made (every document included), data: URLs aside. */
  readonly requests: number;
  /** Top-level navigations after the first page (the old embed/?deck=&slide= replaced itself with the deck page). */
  readonly navigations: number;
  /** From the request of the embed URL until html[data-embed-ready] (slide shown, fonts loaded, every chart drawn); NaN if never. */
  readonly ready: number;
  /** Fetched URLs, for the tests' resource lists. */
  readonly urls: readonly string[];
}

/** The frame size of the measured embed: a 16:9 frame wide enough for the whole slide (compact is under 800). */
export const EMBED_VIEWPORT = { width: 960, height: 540 } as const;

/** An embed not ready by then counts as never ready (NaN), and the run goes on. */
const READY_TIMEOUT_MS = 30_000;

interface ReadyProbe {
  __embedReadyAt?: number;
}

/**
 * Loads `url` in a fresh context (empty cache, reduced motion, so chart animation does not swamp
 * the time) and records bytes, requests and navigations until the embed is ready. The ready time
 * is read in the page (performance.timeOrigin + now) when data-embed-ready appears, against the
 * wall clock taken just before the request.
 */
export async function measureEmbed(browser: Browser, url: string, viewport: { width: number; height: number } = EMBED_VIEWPORT): Promise<EmbedRun> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  context.setDefaultTimeout(BENCH_TIMEOUT_MS);
  // No named function inside: tsx (npm run bench) would wrap it in a helper the page does not have.
  await context.addInitScript((attribute) => {
    new MutationObserver((_records, observer) => {
      if (!document.documentElement.hasAttribute(attribute)) return;
      (window as unknown as ReadyProbe).__embedReadyAt ??= performance.timeOrigin + performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: [attribute] });
  }, READY.embed);
  const pending: Promise<number>[] = [];
  const urls: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith('data:')) urls.push(request.url());
  });
  context.on('response', (response) => {
    if (response.url().startsWith('data:')) return;
    pending.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  });
  const page = await context.newPage();
  let documents = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) documents += 1;
  });
  const start = Date.now();
  await page.goto(url);
  // The old embed address replaces itself with another page: an evaluation cut short by that navigation is tried again.
  let readyAt = Number.NaN;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Number.isNaN(readyAt) && Date.now() < deadline) {
    readyAt = await page
      .waitForFunction(() => (window as unknown as ReadyProbe).__embedReadyAt ?? false, undefined, { polling: 50, timeout: Math.max(1, deadline - Date.now()) })
      .then(async (handle) => Number(await handle.jsonValue()), () => Number.NaN);
  }
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(pending)).reduce((total, size) => total + size, 0);
  await context.close();
  return { bytes, requests: urls.length, navigations: Math.max(0, documents - 1), ready: readyAt - start, urls };
}
