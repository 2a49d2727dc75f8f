import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { waitForCharts, waitForReady } from '../../scripts/lib/wait-for-ready.ts';
import { startStaticServer, type StaticServer, type StaticServerOptions } from '../../scripts/lib/static-server.ts';

export const DIST = resolve(import.meta.dirname, '../../dist');

export interface Site {
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Serves the built site (npm test builds it first) and launches Chromium. */
export async function openSite(options: Partial<StaticServerOptions> = {}): Promise<Site> {
  if (!existsSync(resolve(DIST, 'decks.json'))) throw new Error('dist/ is missing: run `npx vite build` (npm test does) before the browser tests');
  const server = await startStaticServer({ root: DIST, ...options });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Collects console errors and page errors; tests assert the list is empty. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Waits until the deck runtime has booted (fonts loaded, reveal ready, charts bound). */
export async function waitForDeck(page: Page): Promise<void> {
  await waitForReady(page, 'deck');
}

export { waitForCharts, waitForReady };

/**
 * Counts canvas pixels that are not transparent (something was drawn there): of the first canvas
 * matching the selector, or summed over all of them. Works on a page or a frame (an embed, a preview).
 */
export async function drawnPixels(target: Page | Frame, selector: string, which: 'first' | 'all' = 'first'): Promise<number> {
  return target.$$eval(
    selector,
    (list, firstOnly) =>
      (firstOnly ? list.slice(0, 1) : list).reduce((sum, element) => {
        const canvas = element as HTMLCanvasElement;
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0 || canvas.height === 0) return sum;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count += 1;
        return sum + count;
      }, 0),
    which === 'first',
  );
}

export interface ManifestSlide {
  id: string;
  title: string;
  url: string;
  embedUrl: string;
  figures: string[];
}
export interface ManifestDeck {
  id: string;
  lang: 'zh-CN' | 'en';
  title: string;
  url: string;
  printUrl: string;
  slideCount: number;
  minutes: number;
  slides: ManifestSlide[];
}

/** dist/decks.json as the build wrote it (build first). */
export function readManifest(): { decks: ManifestDeck[] } {
  return JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: ManifestDeck[] };
}
