import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { offerSnapshotsInGallery } from '../../scripts/lib/snapshot-gallery.ts';
import { renderGallery } from '../../site/render-gallery.ts';
import type { Manifest } from '../../site/manifest.ts';
import { hongheDeck } from './manifest-fixture.ts';

/** The gallery card draws the thumbnail of honghe's lead slide, so the deck has it. */
const deck = (lang: 'zh-CN' | 'en', title: string) => hongheDeck(lang, title, ['title', 'cadres', 'pairs']);

let dist = '';
afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('the gallery offers the snapshots the build includes', () => {
  it('links each PNG present in dist/snapshots, with the Chinese slide title', () => {
    dist = mkdtempSync(join(tmpdir(), 'embed-gallery-'));
    const manifest: Manifest = { decks: [deck('zh-CN', '红河'), deck('en', 'Honghe')] };
    writeFileSync(join(dist, 'decks.json'), JSON.stringify(manifest));
    writeFileSync(join(dist, 'index.html'), renderGallery('<html><body><header class="gallery-header"></header><ul data-gallery></ul></body></html>', manifest));
    expect(offerSnapshotsInGallery(dist)).toBe(0);
    expect(parse(readFileSync(join(dist, 'index.html'), 'utf8')).querySelector('[data-snapshots]')?.hasAttribute('hidden')).toBe(true);

    mkdirSync(join(dist, 'snapshots/honghe'), { recursive: true });
    writeFileSync(join(dist, 'snapshots/honghe/pairs.png'), '');
    expect(offerSnapshotsInGallery(dist)).toBe(1);
    const links = parse(readFileSync(join(dist, 'index.html'), 'utf8')).querySelectorAll('[data-deck="honghe"] [data-snapshots] a');
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([['snapshots/honghe/pairs.png', '红河 pairs']]);
  });
});
