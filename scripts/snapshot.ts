import { relative, resolve } from 'node:path';
import { parseSnapshotArgs } from './lib/snapshot-args.ts';
import { ensureBuilt } from './lib/snapshot-build.ts';
import { writeSnapshots } from './lib/snapshot.ts';
import { offerSnapshotsInGallery, SNAPSHOT_DIR } from './lib/snapshot-gallery.ts';

/**
 * npm run snapshot -- <deck-id> [<slide-id>…] [--out <dir>]
 * PNGs of slides at 2× (2560×1440), as embedded. Default output dist/snapshots/<deck>/<slide>.png,
 * which the built gallery then links; builds dist/ first if it is missing.
 */
async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const dist = resolve(root, 'dist');
  const args = parseSnapshotArgs(process.argv.slice(2));
  await ensureBuilt(root, dist);
  const outDir = args.out === null ? resolve(dist, SNAPSHOT_DIR) : resolve(process.cwd(), args.out);
  const files = await writeSnapshots({ dist, deck: args.deck, slides: args.slides, outDir });
  for (const file of files) console.log(relative(process.cwd(), file));
  if (args.out === null) console.log(`gallery now offers ${offerSnapshotsInGallery(dist)} snapshot(s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
