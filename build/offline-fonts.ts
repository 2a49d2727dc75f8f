import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_WEIGHTS, glyphsOf } from './fonts.ts';

/**
 * Noto Sans SC subset to exactly `text`'s characters (plus printable ASCII), as WOFF2 per weight.
 * Cached in cacheDir by character set, since subsetting the CJK font takes seconds.
 */
export async function subsetForText(text: string, cacheDir: string): Promise<Map<number, Uint8Array>> {
  const glyphs = glyphsOf([{ file: 'offline', text }]);
  const hash = createHash('sha256').update(glyphs).digest('hex').slice(0, 16);
  mkdirSync(cacheDir, { recursive: true });
  const require = createRequire(import.meta.url);
  const fonts = new Map<number, Uint8Array>();
  for (const { weight, file } of FONT_WEIGHTS) {
    const target = join(cacheDir, `${hash}-${weight}.woff2`);
    if (!existsSync(target)) {
      const source = readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`));
      const subset = await subsetFont(source, glyphs, { targetFormat: 'woff2' });
      writeFileSync(`${target}.tmp`, subset);
      renameSync(`${target}.tmp`, target);
    }
    fonts.set(weight, readFileSync(target));
  }
  return fonts;
}
