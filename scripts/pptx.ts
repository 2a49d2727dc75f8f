import { relative, resolve } from 'node:path';
import { runCommand } from './lib/cli/run.ts';
import { parsePptxArgs, PPTX_USAGE } from './lib/pptx/args.ts';
import { exportPptx } from './lib/pptx/export.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** `npm run pptx`: one editable PowerPoint file per deck and edition in dist/pptx/ (see PPTX_USAGE). */
async function main(argv: readonly string[]): Promise<void> {
  const options = parsePptxArgs(argv, process.cwd(), resolve(ROOT, 'dist/pptx'));
  if (options.help) {
    console.log(PPTX_USAGE);
    return;
  }
  const started = performance.now();
  const files = await exportPptx({
    root: ROOT,
    ...options,
    onFile: (file) => console.log(`${relative(process.cwd(), file.path)}  ${file.slides} slides, ${(file.bytes / 1024).toFixed(0)} KB`),
  });
  console.log(`${files.length} PowerPoint file${files.length === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

runCommand('pptx', () => main(process.argv.slice(2)));
