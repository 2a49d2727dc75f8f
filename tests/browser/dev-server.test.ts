import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { freePort, startVite, type ViteServer } from './vite-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What the dev server needs: every source, not build output, installed packages (linked) or the git store. */
const SKIPPED = new Set(['node_modules', 'dist', '.git', '.cache', '.probe', 'tests']);
const COPIED = readdirSync(ROOT).filter((name) => !SKIPPED.has(name));

const overlayText = (page: Page) => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
const cadresText = (page: Page) => page.evaluate(() => document.querySelector('#cadres [data-figure="honghe-cadres"] .fig-value')?.textContent ?? '');

describe('npm run dev with a ledger error', () => {
  let dir = '';
  let browser: Browser;
  let server: ViteServer;
  let port = 0;
  let exitCode: number | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decks-dev-'));
    for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    // The font subsets are cached by content; reuse them so the server starts in seconds.
    if (existsSync(join(ROOT, '.cache'))) cpSync(join(ROOT, '.cache'), join(dir, '.cache'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    port = await freePort();
    server = startVite(dir, port);
    server.child.once('exit', (code) => {
      exitCode = code ?? -1;
    });
    await server.ready;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the error in the overlay naming file, entry and field, keeps serving, and recovers on the next good save', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/slides/honghe/#/cadres`);
    await page.waitForFunction(() => document.querySelector('#cadres [data-figure="honghe-cadres"] .fig-value')?.textContent === '57名');

    const ledger = join(dir, 'ledger/figures.ts');
    const good = readFileSync(ledger, 'utf8');
    const bad = good.replace("label: '两地党委、政府派出干部', value: 57,", "label: '两地党委、政府派出干部', value: 11,");
    expect(bad).not.toBe(good);
    writeFileSync(ledger, bad);
    // The server restarts on the ledger change; the page reloads into Vite's overlay.
    await page.waitForFunction(() => (document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').includes('honghe-cadres'), undefined, { timeout: 60_000 });
    expect(await overlayText(page)).toContain('ledger/figures.ts: entry “honghe-cadres”, field “value”: is 11 but the quote prints “57名”');
    expect(exitCode).toBeNull();
    const response = await fetch(`http://127.0.0.1:${port}/slides/honghe/`);
    expect(response.status).toBe(500);

    writeFileSync(ledger, good);
    await page.waitForFunction(() => document.querySelector('#cadres [data-figure="honghe-cadres"] .fig-value')?.textContent === '57名', undefined, { timeout: 60_000 });
    expect(await overlayText(page)).toBe('');
    expect(await cadresText(page)).toBe('57名');
    expect(exitCode).toBeNull();
    await page.close();
  });

  it('serves slides/<deck>/en.html rendered like index.html, and names the file, slide and attribute when it drifts from index.html', async () => {
    const url = `http://127.0.0.1:${port}/slides/honghe/en.html`;
    const good = await fetch(url);
    expect(good.status).toBe(200);
    const html = await good.text();
    expect(html).toMatch(/<html lang="en" data-deck="honghe" data-minutes="\d+">/);
    expect(html).toContain('<title>Xuhui, Changning and other districts pair with Honghe · Mountains and sea build the road out of poverty</title>');
    expect(html).toContain('<section id="cadres"');
    expect(html).toContain('<a class="lang-switch" href="./" hreflang="zh-CN"');

    const file = join(dir, 'slides/honghe/en.html');
    const source = readFileSync(file, 'utf8');
    const drifted = source.replace('data-figure="honghe-cadres"', 'data-figure="honghe-pairing-years"');
    expect(drifted).not.toBe(source);
    writeFileSync(file, drifted);
    const bad = await fetch(url);
    expect(bad.status).toBe(500);
    expect(await bad.text()).toContain('slides/honghe/en.html: slide “cadres”, data-figure: the Chinese slide has “honghe-cadres”');
    writeFileSync(file, source);
    expect((await fetch(url)).status).toBe(200);
    expect(exitCode).toBeNull();
  });
});

describe('npm run dev and npm start (vite preview) answer the slide embed pages', () => {
  let browser: Browser;
  const servers: ViteServer[] = [];
  const ports = { dev: 0, preview: 0 };

  beforeAll(async () => {
    for (const command of ['dev', 'preview'] as const) {
      ports[command] = await freePort();
      const server = startVite(ROOT, ports[command], command);
      servers.push(server);
      await server.ready;
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.child.kill();
  });

  it('npm run dev renders embed/<deck>/<slide>.html and .en.html on request: that slide alone, its chart drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    for (const [path, lang] of [['embed/puer/sugarcane.html', 'zh-CN'], ['embed/puer/sugarcane.en.html', 'en']] as const) {
      const response = await page.goto(`http://127.0.0.1:${ports.dev}/${path}`);
      expect(response?.status(), path).toBe(200);
      await page.waitForSelector('html[data-embed-ready]', { timeout: 60_000 });
      expect(await page.$$eval('.reveal .slides > section', (sections) => sections.map((section) => section.id)), path).toEqual(['sugarcane']);
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe(lang);
      expect(await page.$$eval('canvas[data-chart-id][data-chart-ready]', (canvases) => canvases.length), path).toBe(1);
    }
    await page.close();
  });

  it.each(['dev', 'preview'] as const)('%s: a mistyped embed address (no such slide, no such deck) gets the not-found page with status 404', async (command) => {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    for (const [path, lang, first] of [
      ['embed/puer/no-such-slide.html', 'zh-CN', 'title'],
      ['embed/no-such-deck/title.en.html', 'en', 'overview'],
    ] as const) {
      const response = await page.goto(`http://127.0.0.1:${ports[command]}/${path}`);
      expect(response?.status(), path).toBe(404);
      await page.waitForSelector('[data-embed-not-found]', { timeout: 60_000 });
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe(lang);
      expect(await page.$$eval('.embed-valid-ids a', (anchors) => anchors.map((anchor) => anchor.textContent ?? '')), path).toContain(first);
    }
    await page.close();
  });
});
