// Issue 25, item 3, the cases that need the built site, a server or Chromium: unknown oEmbed paths
// under `npm start` and `npm run dev`, a query that merely contains "print-pdf", and Ctrl-C during
// `npm run pdf`. The others are in tests/unit/exporter-edges.test.ts. Each failed before the fix.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../scripts/lib/browser.ts';
import { READY } from '../../contracts/readiness.ts';
import { DIST, openSite, waitForDeck, type ManifestDeck, type Site } from './harness.ts';
import { freePort, startVite, type ViteServer } from './vite-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: ManifestDeck[] };
const [firstDeck] = manifest.decks;
const firstSlide = firstDeck?.slides[0]?.id ?? '';

/** Status and content type of each path, fetched as a browser would (Accept: text/html makes Vite's SPA fallback answer). */
async function answers(port: number, paths: readonly string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const path of paths) {
    const response = await fetch(`http://127.0.0.1:${port}/${path}`, { headers: { Accept: 'text/html,application/json;q=0.9,*/*;q=0.8' } });
    const type = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
    result[path] = `${response.status} ${response.status === 200 ? type : ''}`.trim();
    await response.arrayBuffer();
  }
  return result;
}

const UNKNOWN_OEMBED = [`oembed/${firstDeck?.id}/no-such-slide.json`, `oembed/${firstDeck?.id}/no-such-slide.en.json`, `oembed/atlantis/${firstSlide}.json`, 'data/no-such-file.json'];
const KNOWN_OEMBED = [`oembed/${firstDeck?.id}/${firstSlide}.json`, `oembed/${firstDeck?.id}/${firstSlide}.en.json`];

describe('an unknown oEmbed path is a 404, as on the static host', () => {
  let server: ViteServer | undefined;
  afterAll(() => {
    server?.child.kill();
  });

  it.each(['preview', 'dev'] as const)('unknown oembed/<deck>/<slide>.json answers 404 under %s (npm start / npm run dev), not the gallery’s HTML; known ones answer their JSON', async (command) => {
    server?.child.kill();
    const port = await freePort();
    server = startVite(ROOT, port, command);
    await server.ready;
    const got = await answers(port, [...UNKNOWN_OEMBED, ...KNOWN_OEMBED, '', 'en.html', `slides/${firstDeck?.id}/`]);
    expect(got).toEqual({
      ...Object.fromEntries(UNKNOWN_OEMBED.map((path) => [path, '404'])),
      ...Object.fromEntries(KNOWN_OEMBED.map((path) => [path, '200 application/json'])),
      '': '200 text/html',
      'en.html': '200 text/html',
      [`slides/${firstDeck?.id}/`]: '200 text/html',
    });
    // The dev server answers with the same response the build writes.
    const known = KNOWN_OEMBED[0] ?? '';
    expect(await (await fetch(`http://127.0.0.1:${port}/${known}`)).json()).toEqual(JSON.parse(readFileSync(join(DIST, known), 'utf8')));
  }, 90_000);
});

describe('the print view is the query parameter print-pdf, not a substring of the query', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('?utm=noprint-pdfx opens the talk in Chromium (reveal’s own substring test included), with the query still meaning the same', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(new URL(`slides/${firstDeck?.id}/?utm=noprint-pdfx#/${firstSlide}`, site.server.url).href);
    await waitForDeck(page);
    const state = await page.evaluate((printReady) => {
      const reveal = (window as unknown as { Reveal: { isPrintView(): boolean; getCurrentSlide(): Element | undefined } }).Reveal;
      return {
        printView: reveal.isPrintView(),
        printLayout: document.documentElement.hasAttribute(printReady),
        utm: new URLSearchParams(window.location.search).get('utm'),
        hash: window.location.hash,
        current: reveal.getCurrentSlide()?.id,
      };
    }, READY.print);
    expect(state).toEqual({ printView: false, printLayout: false, utm: 'noprint-pdfx', hash: `#/${firstSlide}`, current: firstSlide });
    // The real print view is unchanged.
    await page.goto(new URL(`slides/${firstDeck?.id}/?print-pdf`, site.server.url).href);
    await page.waitForSelector(`html[${READY.print}]`, { state: 'attached' });
    expect(await page.evaluate(() => (window as unknown as { Reveal: { isPrintView(): boolean } }).Reveal.isPrintView())).toBe(true);
    await page.close();
  });
});

describe('Ctrl-C during npm run pdf', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-sigint-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('SIGINT sent to the exporter process is reported as “interrupted” (exit 130), not as “Printing failed”, and leaves no PDF or temporary file', async () => {
    // The browser, through CHROME_PATH, says when it starts: the export is then under way.
    const marker = join(dir, 'browser-started');
    const wrapper = join(dir, 'chromium');
    writeFileSync(wrapper, `#!/bin/sh\n: > '${marker}'\nexec '${findBrowser()}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    const out = join(dir, 'pdf');
    const started = new Promise<void>((done) => {
      const watcher = watch(dir, () => {
        if (!existsSync(marker)) return;
        watcher.close();
        done();
      });
    });
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/pdf.ts', '--no-build', '--out', out], {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: wrapper },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    await Promise.race([started, exited]);
    expect(child.exitCode, `the export ended before the browser started:\n${stdout}${stderr}`).toBeNull();
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toBe('pdf: interrupted\n');
    expect(`${stdout}${stderr}`).not.toMatch(/failed|Target page|closed/i);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);
});
