import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { oembedFiles } from '../../site/oembed.ts';
import { siteBaseUrl } from '../../site/site-base-url.ts';
import { readManifest } from './manifest.ts';
import { SNAPSHOT_DIR } from './snapshot-gallery.ts';

/**
 * Rewrites dist/oembed/**.json so each slide with a PNG in dist/snapshots/<deck>/ names it as its
 * thumbnail_url (snapshots are of the Chinese decks). Returns how many responses have a thumbnail.
 */
export function offerSnapshotsInOembed(dist: string, root: string): number {
  const manifest = readManifest(dist);
  let count = 0;
  const files = oembedFiles(manifest, siteBaseUrl(root), (deck, slide) => {
    const href = `${SNAPSHOT_DIR}/${deck.id}/${slide.id}.png`;
    if (deck.lang !== 'zh-CN' || !existsSync(join(dist, href))) return undefined;
    count += 1;
    return href;
  });
  for (const [file, json] of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), json);
  }
  return count;
}
