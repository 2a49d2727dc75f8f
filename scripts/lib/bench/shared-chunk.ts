import type { Browser } from 'playwright-core';
import { startStaticServer } from '../static-server.ts';
import { BENCH_TIMEOUT_MS } from './load.ts';
import { waitForReady } from '../wait-for-ready.ts';

export interface SharedChunkResult {
  /** Script and style files the second deck fetched from the server although the first had loaded them. */
  readonly refetched: readonly string[];
  /** Script and style files the second deck needed that the first had not. */
  readonly extra: readonly string[];
}

/** Scripts and stylesheets of the deck code; page-font-*.css is each page's own font declaration, by design. */
const CODE = /\/assets\/(?!page-font-)[^/]+\.(?:js|css)$/;

/**
 * Loads one deck and then another in the same browser profile, served with long-lived caching
 * for the hashed assets, and lists what the second had to fetch: the deck code is one shared,
 * cached chunk when both lists are empty.
 */
export async function checkSharedChunk(browser: Browser, dist: string, first: string, second: string): Promise<SharedChunkResult> {
  const server = await startStaticServer({ root: dist, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } });
  const context = await browser.newContext();
  context.setDefaultTimeout(BENCH_TIMEOUT_MS);
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${first}`);
    await waitForReady(page, 'deck');
    const firstFiles = new Set(server.requests.filter((path) => CODE.test(path)));
    const mark = server.requests.length;
    await page.goto(`${server.url}${second}`);
    await waitForReady(page, 'deck');
    const secondFiles = server.requests.slice(mark).filter((path) => CODE.test(path));
    return { refetched: secondFiles.filter((path) => firstFiles.has(path)), extra: secondFiles.filter((path) => !firstFiles.has(path)) };
  } finally {
    await context.close();
    await server.close();
  }
}
