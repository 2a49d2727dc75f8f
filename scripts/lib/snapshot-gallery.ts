import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Lang } from '../../contracts/lang.ts';
import { EMBED_LABELS } from '../../common/embed-labels.ts';
import { escapeHtml } from '../../common/escape-html.ts';
import { readManifest } from './manifest.ts';

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

/** PNG snapshots that exist in a built site, per deck, in slide order. */
export interface SnapshotLink {
  readonly slideId: string;
  readonly title: string;
  /** Relative to the site root, e.g. snapshots/xishuangbanna/jobs-offered.png */
  readonly href: string;
}

/**
 * Offers the PNGs the build includes: fills each deck's data-snapshots block (empty = stays hidden).
 * The site renders that block empty and hidden (site/render-gallery.ts); only its content is written here,
 * so the snapshot tool never runs the site renderer over a built page.
 */
export function fillSnapshotLinks(html: string, snapshots: ReadonlyMap<string, readonly SnapshotLink[]>, lang: Lang = 'zh-CN'): string {
  const root = parse(html, { comment: false });
  for (const block of root.querySelectorAll('[data-snapshots]')) {
    const deckId = block.closest('[data-deck]')?.getAttribute('data-deck') ?? '';
    const links = snapshots.get(deckId) ?? [];
    if (links.length === 0) {
      block.set_content('');
      block.setAttribute('hidden', '');
      continue;
    }
    block.removeAttribute('hidden');
    block.set_content(
      `<summary>${escapeHtml(EMBED_LABELS[lang].snapshots)}</summary><ul>` +
        links.map((link) => `<li><a href="${escapeHtml(link.href)}" download>${escapeHtml(link.title)}</a></li>`).join('') +
        '</ul>',
    );
  }
  return root.toString();
}
