import { resolve } from 'node:path';
import { parsePdfArgs, USAGE } from './lib/pdf/args.ts';
import { UsageError } from './lib/pdf/errors.ts';
import { exportDecks } from './lib/pdf/export.ts';
import { formatDeckLine, formatOverflowWarnings, formatSummary } from './lib/pdf/report.ts';
import { buildSite, checkDeckArgs, needsBuild } from './lib/pdf/site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');

/** `npm run pdf`: one PDF per deck in dist/pdf/ (see USAGE). */
async function main(argv: readonly string[]): Promise<void> {
  const options = parsePdfArgs(argv, process.cwd(), resolve(DIST, 'pdf'));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  checkDeckArgs(options.decks, options.lang);
  if (!options.noBuild && needsBuild(ROOT, DIST)) {
    console.log('Sources changed since the last build: building…');
    await buildSite(ROOT);
  }
  const report = await exportDecks({ ...options, dist: DIST, onDeck: (result) => console.log([formatDeckLine(result), ...formatOverflowWarnings(result)].join('\n')) });
  console.log(formatSummary(report));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A DecksFailedError names every failing deck, then the decks that were written.
  console.error(`pdf: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
