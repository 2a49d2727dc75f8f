import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';

export interface PdfRun {
  readonly seconds: number;
  readonly files: number;
  readonly pages: number;
}

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Wall time of `npm run pdf -- --no-build` (browser start included) for every deck, and the pages it wrote. */
export async function timePdfExport(root: string): Promise<PdfRun> {
  const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const started = performance.now();
    await run(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), resolve(root, 'scripts/pdf.ts'), '--no-build', '--out', out], root);
    const seconds = (performance.now() - started) / 1000;
    const files = readdirSync(out).filter((name) => name.endsWith('.pdf'));
    let pages = 0;
    for (const file of files) pages += (await PDFDocument.load(readFileSync(join(out, file)))).getPageCount();
    return { seconds, files: files.length, pages };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
