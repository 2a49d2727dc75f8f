import { resolve } from 'node:path';
import { prepareOutputDir } from './lib/atomic-write.ts';
import { runCommand } from './lib/cli/run.ts';
import { parsePdfArgs, USAGE } from './lib/pdf/args.ts';
import { exportDecks, PDF_FILES } from './lib/pdf/export.ts';
import { formatDeckLine, formatOverflowWarnings, formatSummary } from './lib/pdf/report.ts';
import { buildSite, needsBuild } from './lib/pdf/site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');

/** `npm run pdf`: one PDF per deck in dist/pdf/ (see USAGE). */
async function main(argv: readonly string[]): Promise<void> {
  // Arguments (decks, --lang, --base-url …) and the output directory are checked before any build.
  const options = parsePdfArgs(argv, process.cwd(), resolve(DIST, 'pdf'));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  prepareOutputDir(options.out, PDF_FILES);
  if (!options.noBuild && needsBuild(ROOT, DIST)) {
    console.log('Sources changed since the last build: building…');
    await buildSite(ROOT);
  }
  const report = await exportDecks({ ...options, dist: DIST, onDeck: (result) => console.log([formatDeckLine(result), ...formatOverflowWarnings(result)].join('\n')) });
  console.log(formatSummary(report));
}

// A DecksFailedError names every failing deck, then the decks that were written.
runCommand('pdf', () => main(process.argv.slice(2)));
