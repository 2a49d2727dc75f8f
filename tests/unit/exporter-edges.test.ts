// Issue 25, item 3: the exporters and the build at their edges. Each case here failed on the code
// before the fix (a hang shows as the guard's timeout, not as a hung test run).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles, temporaryPathFor } from '../../scripts/lib/atomic-write.ts';
import { parsePdfArgs } from '../../scripts/lib/pdf/args.ts';
import { parseBaseUrl } from '../../scripts/lib/pdf/base-url.ts';
import { parsePptxArgs } from '../../scripts/lib/pptx/args.ts';
import { exportPptx } from '../../scripts/lib/pptx/export.ts';
import { UsageError } from '../../scripts/lib/cli/errors.ts';
import { EXPORT_DIRS, keepExports } from '../../site/keep-exports.ts';
import { parseSiteBaseUrl, siteBaseUrl } from '../../site/site-base-url.ts';
import { QR_MAX_VERSION, qrTargets } from '../../site/qr-fit.ts';
import { readRuntimeConfig } from '../../runtime/deck/config.ts';
import { revealSafeSearch } from '../../runtime/deck/print-query.ts';
import { DECKS } from '../../slides/decks.ts';
import { LANGS } from '../../ledger/format.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const scratches: string[] = [];
const scratch = (prefix = 'exporter-edges-'): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratches.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The guard killed it: it would have run on (the /proc/self hang). */
  readonly timedOut: boolean;
}

/** Runs one of the exporter CLIs with tsx, killed by a guard after `guardMs` so a hang fails the test instead of stalling it. */
function runCli(script: string, args: readonly string[], guardMs = 30_000): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, guardMs);
    child.once('exit', (code) => {
      clearTimeout(guard);
      done({ code, stdout, stderr, timedOut });
    });
  });
}

describe('stale temporary files', () => {
  it('stale-temp cleanup removes only the exporters’ own temporary files: a planted .thesis.docx.999997-abcdef01.tmp survives', () => {
    const dir = scratch();
    const foreign = [
      '.thesis.docx.999997-abcdef01.tmp',
      '.puer.docx.999997-abcdef01.tmp',
      '.atlantis.pdf.999997-abcdef01.tmp',
      '.puer.pdf.bak.999997-abcdef01.tmp',
      '.puer.fr.pdf.999997-abcdef01.tmp',
      '.puer.pdf.999997-abcdef01.tmp.keep',
      '.puer.pdf.999997-ABCDEF01.tmp',
      '.notes.txt',
      'puer.pdf',
    ];
    const ours = ['.puer.pdf.999997-abcdef01.tmp', '.puer.en.pdf.999997-0a1b2c3d.tmp', '.honghe.pptx.999997-abcdef01.tmp', '.honghe.en.pptx.999998-abcdef01.tmp'];
    for (const name of [...foreign, ...ours]) writeFileSync(join(dir, name), 'x');
    expect(removeStaleTemporaryFiles(dir, () => false).sort()).toEqual([...ours].sort());
    expect(readdirSync(dir).sort()).toEqual([...foreign].sort());
  });

  it('every name the exporters write is cleaned up, and only when its process is gone', () => {
    const dir = scratch();
    const names = DECKS.flatMap((deck) => LANGS.flatMap((lang) => (lang === 'en' ? [`${deck.id}.en.pdf`, `${deck.id}.en.pptx`] : [`${deck.id}.pdf`, `${deck.id}.pptx`])));
    const temporary = names.map((name) => temporaryPathFor(join(dir, name)).split('/').pop() ?? '');
    for (const name of temporary) writeFileSync(join(dir, name), 'x');
    // Our own process is alive: nothing of it is touched.
    expect(removeStaleTemporaryFiles(dir)).toEqual([]);
    expect(removeStaleTemporaryFiles(dir, () => false).sort()).toEqual([...temporary].sort());
  });
});

describe('--out where no directory can be made', () => {
  // /proc/self/x: mkdir answers ENOENT although the parent exists, and a recursive mkdirSync retried forever at 100 % CPU.
  it.each([
    ['pdf', ['--no-build', '--deck', 'puer', '--out', '/proc/self/x'], 'scripts/pdf.ts', 'Cannot write PDFs to /proc/self/x'],
    ['pptx', ['--deck', 'puer', '--out', '/proc/self/x'], 'scripts/pptx.ts', 'Cannot write PowerPoint files to /proc/self/x'],
    ['snapshot', ['puer', 'title', '--out', '/proc/self/x/y'], 'scripts/snapshot.ts', 'Cannot write snapshots to /proc/self/x/y'],
    ['snapshot', ['--all', '--deck', 'puer', '--out', '/proc/self/x'], 'scripts/snapshot.ts', 'Cannot write the contact sheet to /proc/self/x'],
  ])('--out /proc/self/x stops %s %j at once with an error naming --out, instead of hanging', async (name, args, script, message) => {
    const run = await runCli(script, args);
    expect(run.timedOut, `${name} still running after the guard`).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${name}: ${message}: `);
    expect(run.stderr).toContain('Choose another directory with --out <dir>.');
    expect(run.stderr).not.toMatch(/\.\.\s*$/);
    expect(run.stdout).toBe('');
  }, 60_000);
});

describe('a failed build leaves the previous dist/ as it was', () => {
  /** A site of one page, and dist/ as a previous build left it, with an exported PDF beside it. */
  function tinyProject(): { root: string; dist: string } {
    const root = scratch('keep-exports-');
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>new</title><script type="module" src="./main.js"></script>');
    writeFileSync(join(root, 'main.js'), 'document.title = "new";\n');
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'pdf'), { recursive: true });
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), 'previous site');
    writeFileSync(join(dist, 'decks.json'), '{"previous":true}');
    writeFileSync(join(dist, 'assets', 'old.js'), 'old');
    writeFileSync(join(dist, 'pdf', 'puer.pdf'), '%PDF previous export');
    return { root, dist };
  }
  const failAt = (hook: 'buildStart' | 'generateBundle' | 'writeBundle'): Plugin => ({
    name: 'forced-failure',
    [hook]() {
      throw new Error(`forced failure in ${hook}`);
    },
  });
  const listing = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

  it.each(['buildStart', 'generateBundle', 'writeBundle'] as const)('a build that fails in %s leaves the previous dist/ intact and no build folder behind', async (hook) => {
    const { root, dist } = tinyProject();
    const before = listing(dist);
    const { build } = await import('vite');
    await expect(build({ configFile: false, root, logLevel: 'silent', plugins: [keepExports(), failAt(hook)], build: { outDir: 'dist', emptyOutDir: false } })).rejects.toThrow(
      /forced failure/,
    );
    expect(listing(dist)).toEqual(before);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(root).sort()).toEqual(['dist', 'index.html', 'main.js']);
  });

  it('a build that succeeds swaps the new site in, drops the old files and keeps the exports', async () => {
    const { root, dist } = tinyProject();
    mkdirSync(join(dist, 'snapshots', 'puer'), { recursive: true });
    writeFileSync(join(dist, 'snapshots', 'puer', 'title.png'), 'png');
    const { build } = await import('vite');
    await build({ configFile: false, root, logLevel: 'silent', plugins: [keepExports()], build: { outDir: 'dist', emptyOutDir: false } });
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('<title>new</title>');
    expect(existsSync(join(dist, 'decks.json'))).toBe(false);
    expect(existsSync(join(dist, 'assets', 'old.js'))).toBe(false);
    expect(readFileSync(join(dist, 'pdf', 'puer.pdf'), 'utf8')).toBe('%PDF previous export');
    expect(readFileSync(join(dist, 'snapshots', 'puer', 'title.png'), 'utf8')).toBe('png');
    expect(readdirSync(root).sort()).toEqual(['dist', 'index.html', 'main.js']);
    expect(EXPORT_DIRS).toEqual(['pdf', 'pptx', 'snapshots', 'contact-sheet']);
  });

  it('the project’s own build (vite.config.ts), failing as a bad ledger does at buildStart, leaves the previous dist/ intact', async () => {
    const { dist } = tinyProject();
    const before = listing(dist);
    const { build } = await import('vite');
    await expect(
      build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'silent', plugins: [failAt('buildStart')], build: { outDir: dist } }),
    ).rejects.toThrow(/forced failure/);
    expect(listing(dist)).toEqual(before);
    expect(readdirSync(join(dist, '..')).sort()).toEqual(['dist', 'index.html', 'main.js']);
  }, 60_000);
});

describe('the published address (DECKS_BASE_URL, --base-url)', () => {
  // The longest address a QR code must hold: the English Xishuangbanna deck (the data download's is shorter).
  const longestPath = 'slides/xishuangbanna/en.html';
  // QR version 7 (45 modules + 2 × 4 quiet) is the largest that keeps a module ≥ 4 px in the 216-px code; it holds 122 bytes at level M.
  const limit = 122 - longestPath.length;

  it('a base URL too long for a scannable QR code is refused, naming DECKS_BASE_URL and the limit (5000 characters: lean-qr error 4; 1000: 1.6-px modules)', () => {
    for (const length of [5000, 1000, limit + 1]) {
      const value = `https://example.org/${'a'.repeat(length - 'https://example.org/'.length - 1)}/`;
      expect(value).toHaveLength(length);
      expect(() => siteBaseUrl(ROOT, { DECKS_BASE_URL: value }), String(length)).toThrow(
        new RegExp(`^DECKS_BASE_URL is too long for a scannable QR code: ${length} characters, at most ${limit}`),
      );
    }
    const dir = scratch();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ decksBaseUrl: `https://example.org/${'b'.repeat(1000)}/` }));
    expect(() => siteBaseUrl(dir, {})).toThrow(/^package\.json "decksBaseUrl" is too long for a scannable QR code/);
  });

  it(`a base URL of ${limit} characters still fits every code in version ${QR_MAX_VERSION} or smaller`, () => {
    const value = `https://example.org/${'a'.repeat(limit - 'https://example.org/'.length - 1)}/`;
    expect(value).toHaveLength(limit);
    const base = siteBaseUrl(ROOT, { DECKS_BASE_URL: value });
    expect(base?.href).toBe(value);
    const longest = Math.max(...DECKS.flatMap((deck) => LANGS.flatMap((lang) => Object.values(qrTargets(deck.id, lang, base ?? new URL(value))).map((url) => url.length))));
    expect(longest).toBe(122);
  });

  it.each([['https://exa"mple.org/'], ['https://exa<mple.org/'], ['https://example.org/talks/?'], ['https://example.org/talks/#'], ['https://example.org/talks/?v=1'], ['https://exa\tmple.org/'], ['https:\\\\example.org\\talks\\']])(
    'refuses %j as DECKS_BASE_URL and as --base-url (a host with a quote, a trailing ? or #)',
    (value) => {
      expect(() => parseSiteBaseUrl(value, 'DECKS_BASE_URL')).toThrow(/^DECKS_BASE_URL must be the published site's address/);
      expect(() => parseBaseUrl(value)).toThrow(UsageError);
      expect(() => parseBaseUrl(value)).toThrow(/^--base-url must be the published site's address/);
    },
  );

  it.each([['https://example.org/talks/hu-dian/'], ['http://localhost:4173/'], ['https://[::1]:8443/x/'], ['https://例子.测试/talks/'], ['https://10.0.0.2/']])('accepts %j', (value) => {
    expect(parseSiteBaseUrl(value, 'DECKS_BASE_URL').href).toBe(parseBaseUrl(value).href);
  });
});

describe('the print view is asked for by the query parameter print-pdf, not by a substring', () => {
  const config = (search: string) =>
    readRuntimeConfig({ search } as Location, () => ({ matches: false }) as MediaQueryList, { width: 1280, offline: false, preview: false, deck: { deckId: 'puer', lang: 'zh-CN', minutes: 20 } });

  it('?utm=noprint-pdfx stays the talk; ?print-pdf (and &handout) is the print view', () => {
    for (const search of ['?utm=noprint-pdfx', '?x=print-pdf', '?print-pdfx', '?PRINT-PDF', '?noprint-pdf&handout']) {
      expect(config(search), search).toMatchObject({ print: false, handout: false, mode: 'present' });
    }
    expect(config('?print-pdf')).toMatchObject({ print: true, handout: false, mode: 'print' });
    expect(config('?print-pdf&handout')).toMatchObject({ print: true, handout: true, mode: 'print' });
    expect(config('?a=1&print-pdf=&pdfSeparateFragments=true')).toMatchObject({ print: true, mode: 'print' });
  });

  it('reveal.js, which tests the raw query for the substring, is given a query without it that means the same', () => {
    for (const search of ['?utm=noprint-pdfx', '?x=Print-PDF&view=read', '?print-pdfx=print-pdf']) {
      const safe = revealSafeSearch(search, false);
      expect(safe, search).not.toMatch(/print-pdf/i);
      expect([...new URLSearchParams(safe)], search).toEqual([...new URLSearchParams(search)]);
    }
    expect(revealSafeSearch('?print-pdf&handout', true)).toBe('?print-pdf&handout');
    expect(revealSafeSearch('?view=read', false)).toBe('?view=read');
  });
});

describe('pdf, pptx and snapshot read their arguments alike', () => {
  it('--lang zh is accepted by pdf as by pptx, with the same spellings and the same refusal', () => {
    for (const [spelling, lang] of [['zh', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh-cn', 'zh-CN'], ['en', 'en']] as const) {
      expect(parsePdfArgs(['--lang', spelling]).lang, spelling).toBe(lang);
      expect(parsePptxArgs(['--lang', spelling]).langs, spelling).toEqual([lang]);
    }
    for (const spelling of ['fr', 'EN', 'zh-TW', '']) {
      const message = `--lang must be zh-CN (or zh) or en, got "${spelling}"`;
      expect(() => parsePdfArgs(['--lang', spelling]), spelling).toThrow(message);
      expect(() => parsePptxArgs(['--lang', spelling]), spelling).toThrow(message);
    }
  });

  it('an unknown deck is refused by all three with the same message, before any work', () => {
    const message = 'Unknown deck id: atlantis. Known decks: overview, honghe, lijiang, puer, xishuangbanna.';
    expect(() => parsePdfArgs(['--deck', 'atlantis'])).toThrow(message);
    expect(() => parsePptxArgs(['--deck', 'atlantis'])).toThrow(message);
  });

  it('PPTX output errors speak of PowerPoint files, not “Cannot write PDFs to …”, and end in one full stop', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), 'in the way');
    const out = join(dir, 'file', 'pptx');
    const error = await exportPptx({ root: ROOT, decks: ['puer'], langs: ['zh-CN'], out }).then(
      () => null,
      (caught: unknown) => caught,
    );
    const message = error instanceof Error ? error.message : '';
    expect(message).toMatch(new RegExp(`^Cannot write PowerPoint files to ${out}: ENOTDIR.* Choose another directory with --out <dir>\\.$`));
    expect(message).not.toContain('PDF');
    expect(message).not.toContain('..');
  });
});

describe('Ctrl-C', () => {
  it('SIGINT sent to an exporter is reported as “interrupted” and exits 130, not as a failure', async () => {
    const dir = scratch();
    const script = join(dir, 'waits.ts');
    writeFileSync(
      script,
      `import { runCommand } from ${JSON.stringify(join(ROOT, 'scripts/lib/cli/run.ts'))};\n` +
        `runCommand('demo', async () => { console.log('ready'); await new Promise(() => setInterval(() => {}, 1000)); });\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((ready) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toBe('demo: interrupted\n');
  }, 30_000);
});
