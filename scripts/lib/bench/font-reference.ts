import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { deckGlyphText } from '../../../build/offline-glyphs.ts';
import { subsetForText } from '../../../build/offline-fonts.ts';

/**
 * The font target's reference: gzip bytes of Noto Sans SC (both weights) subset to exactly the
 * characters one built deck page shows (the subset its offline file carries).
 */
export async function ownGlyphFontBytes(dist: string, deck: string, cacheDir: string): Promise<number> {
  const html = readFileSync(join(dist, 'slides', deck, 'index.html'), 'utf8');
  const fonts = await subsetForText(deckGlyphText(html), cacheDir);
  return [...fonts.values()].reduce((total, font) => total + gzipSync(font, { level: 9 }).length, 0);
}
