import { relative, resolve } from 'node:path';
import { prepareOutputDir } from './lib/atomic-write.ts';
import { runCommand } from './lib/cli/run.ts';
import { parseSnapshotArgs, SNAPSHOT_USAGE } from './lib/snapshot-args.ts';
import { ensureBuilt } from './lib/snapshot-build.ts';
import { writeSnapshots } from './lib/snapshot.ts';
import { offerSnapshotsInGallery, SNAPSHOT_DIR } from './lib/snapshot-gallery.ts';
import { offerSnapshotsInOembed } from './lib/snapshot-oembed.ts';
import { writeContactSheet } from './lib/contact-sheet.ts';

/** What this command writes, in its error messages (“Cannot write snapshots to …”). */
const SNAPSHOTS = 'snapshots';
const CONTACT_SHEET = 'the contact sheet';

/**
 * npm run snapshot -- <deck-id> [<slide-id>…] [--out <dir>]
 * PNGs of slides at 2× (2560×1440), as embedded. Default output dist/snapshots/<deck>/<slide>.png,
 * which the built gallery then links; builds dist/ first if it is missing.
 *
 * npm run snapshot -- --all [--size 1920x1080] [--out <dir>]
 * Every slide of every deck and edition, as the deck page shows it, and one contact sheet
 * (default dist/contact-sheet/<size>/index.html).
 */
async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const dist = resolve(root, 'dist');
  const args = parseSnapshotArgs(process.argv.slice(2));
  if ('help' in args) {
    console.log(SNAPSHOT_USAGE);
    return;
  }
  if ('all' in args) {
    const outDir = args.out ?? resolve(dist, 'contact-sheet', `${args.width}x${args.height}`);
    // Checked before anything is built (the build keeps dist/contact-sheet and dist/snapshots).
    prepareOutputDir(outDir, CONTACT_SHEET);
    await ensureBuilt(root, dist);
    const shots = await writeContactSheet({ dist, outDir, viewport: { width: args.width, height: args.height }, decks: args.decks });
    console.log(`${shots.length} slides → ${relative(process.cwd(), resolve(outDir, 'index.html'))}`);
    return;
  }
  const outDir = args.out ?? resolve(dist, SNAPSHOT_DIR);
  prepareOutputDir(outDir, SNAPSHOTS);
  await ensureBuilt(root, dist);
  const files = await writeSnapshots({ dist, deck: args.deck, slides: args.slides, outDir });
  for (const file of files) console.log(relative(process.cwd(), file));
  if (args.out === null) console.log(`gallery now offers ${offerSnapshotsInGallery(dist)} snapshot(s); ${offerSnapshotsInOembed(dist, root)} oEmbed response(s) name one as thumbnail`);
}

runCommand('snapshot', main);
