import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPptx } from '../../scripts/lib/pptx/export.ts';
import { readManifest } from '../../scripts/lib/manifest.ts';

/**
 * Issue 22: pdf, pptx and snapshot share one argument parser and one set of errors
 * (scripts/lib/cli/), and an error names the tool it comes from: a PowerPoint user never reads
 * “Cannot write PDFs to …” nor a PDF option such as --no-build.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'cli-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Words that belong to the PDF exporter: its files, its options. */
const PDF_WORDS = /\bPDFs?\b|\.pdf\b|--no-build|--notes|--fragments|--base-url|--timeout|print view/i;

function run(script: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (code) => {
      clearTimeout(guard);
      done({ code, stdout, stderr });
    });
  });
}

const aFile = join(scratch, 'a-file');
writeFileSync(aFile, 'x');

describe('a PowerPoint user never reads about PDFs', () => {
  it.each([
    ['an unknown deck', ['--deck', 'nope']],
    ['an unknown edition', ['--lang', 'fr']],
    ['an unknown option', ['--bogus']],
    ['a positional argument', ['puer']],
    ['an empty --deck', ['--deck', '']],
    ['an empty --out', ['--out', '']],
    ['--out under a file', ['--deck', 'puer', '--out', join(aFile, 'x')]],
    ['--out where no directory can be made', ['--deck', 'puer', '--out', '/proc/self/x']],
  ])('npm run pptx with %s: the error is pptx’s own', async (_case, args) => {
    const result = await run('scripts/pptx.ts', args);
    expect(result.code, result.stderr).not.toBe(0);
    expect(result.stderr.startsWith('pptx: '), result.stderr).toBe(true);
    expect(result.stderr).not.toMatch(PDF_WORDS);
    expect(result.stdout).toBe('');
  }, 60_000);

  it('npm run pptx -- --help describes PowerPoint files only', async () => {
    const result = await run('scripts/pptx.ts', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PowerPoint');
    expect(result.stdout).not.toMatch(PDF_WORDS);
  }, 60_000);

  it('exportPptx (the API) names PowerPoint files when it cannot write', async () => {
    const error: unknown = await exportPptx({ root: ROOT, decks: ['puer'], langs: ['zh-CN'], out: join(aFile, 'x') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toContain('Cannot write PowerPoint files to');
    expect(String(error)).not.toMatch(PDF_WORDS);
  });

  it('the check fails on a PDF error (the same case, from npm run pdf)', async () => {
    const result = await run('scripts/pdf.ts', ['--no-build', '--deck', 'puer', '--out', '/proc/self/x']);
    expect(result.stderr.startsWith('pdf: '), result.stderr).toBe(true);
    expect(result.stderr).toMatch(PDF_WORDS);
  }, 60_000);
});

describe('the tools over dist/ read decks.json one way, naming no tool’s options', () => {
  it('a missing or broken decks.json is one error for pdf, snapshot and the contact sheet alike', () => {
    const dist = mkdtempSync(join(scratch, 'dist-'));
    expect(() => readManifest(dist)).toThrow(/decks\.json is missing: build the site first/);
    expect(() => readManifest(dist)).not.toThrow(PDF_WORDS);
    writeFileSync(join(dist, 'decks.json'), '{');
    expect(() => readManifest(dist)).toThrow(/decks\.json is not JSON/);
    writeFileSync(join(dist, 'decks.json'), JSON.stringify({ decks: [{ id: 'puer', lang: 'zh-CN', printUrl: 'x', slideCount: 1 }] }));
    expect(() => readManifest(dist)).toThrow(/not a deck manifest/);
  });
});
