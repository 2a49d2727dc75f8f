import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageGlyphText } from '../../../site/glyph-sources.ts';
import { subsetForText } from '../../../site/fonts.ts';

/**
 * The font target's reference: gzip bytes of Noto Sans SC (both weights) subset to exactly the
 * characters one built deck page and the runtime's UI can show (what the page and its offline file carry).
 */
export async function ownGlyphFontBytes(root: string, dist: string, deck: string, cacheDir: string): Promise<number> {
  const html = readFileSync(join(dist, 'slides', deck, 'index.html'), 'utf8');
  const fonts = await subsetForText(pageGlyphText(html, root), cacheDir);
  return [...fonts.values()].reduce((total, font) => total + gzipSync(font, { level: 9 }).length, 0);
}
