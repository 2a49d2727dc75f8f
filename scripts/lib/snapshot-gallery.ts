import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillSnapshotLinks, type SnapshotLink } from '../../build/render-gallery.ts';
import { readManifest } from './snapshot-catalog.ts';

/** Where the built site keeps snapshots; the gallery offers what it finds there. */
export const SNAPSHOT_DIR = 'snapshots';

/** Rewrites dist/index.html so each Chinese deck card links every PNG present in dist/snapshots/<deck>/. */
export function offerSnapshotsInGallery(dist: string): number {
  const manifest = readManifest(dist);
  const links = new Map<string, SnapshotLink[]>();
  let count = 0;
  // Snapshots are of the Chinese decks, offered in the Chinese gallery (index.html).
  for (const deck of manifest.decks.filter((candidate) => candidate.lang === 'zh-CN')) {
    const present = deck.slides
      .map((slide) => ({ slideId: slide.id, title: slide.title, href: `${SNAPSHOT_DIR}/${deck.id}/${slide.id}.png` }))
      .filter((link) => existsSync(join(dist, link.href)));
    links.set(deck.id, present);
    count += present.length;
  }
  const gallery = join(dist, 'index.html');
  writeFileSync(gallery, fillSnapshotLinks(readFileSync(gallery, 'utf8'), links));
  return count;
}
