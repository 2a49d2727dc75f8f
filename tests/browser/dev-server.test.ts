import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What the dev server needs: every source, not build output, installed packages (linked) or the git store. */
const SKIPPED = new Set(['node_modules', 'dist', '.git', '.cache', '.probe', 'tests']);
const COPIED = readdirSync(ROOT).filter((name) => !SKIPPED.has(name));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Resolves when the dev server prints its address; rejects if it exits first. */
function startDevServer(dir: string, port: number): { child: ChildProcess; ready: Promise<void>; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) done();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`the dev server exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, ready, output: () => output };
}

const overlayText = (page: Page) => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
const cadresText = (page: Page) => page.evaluate(() => document.querySelector('#cadres [data-figure="honghe-cadres"] .fig-value')?.textContent ?? '');

describe('npm run dev with a ledger error', () => {
  let dir = '';
  let browser: Browser;
  let server: ReturnType<typeof startDevServer>;
  let port = 0;
  let exitCode: number | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decks-dev-'));
    for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
    // The font subsets are cached by content; reuse them so the server starts in seconds.
    if (existsSync(join(ROOT, '.cache'))) cpSync(join(ROOT, '.cache'), join(dir, '.cache'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    port = await freePort();
    server = startDevServer(dir, port);
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
});
