import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { LATIN_PUNCTUATION } from '../common/latin-punctuation.ts';

/** Where each character comes from, so a missing glyph names its file. */
export interface TextSource {
  readonly file: string;
  readonly text: string;
}

export const FONT_WEIGHTS = [
  { weight: 400, file: '400Regular/NotoSansSC_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSansSC_700Bold.ttf' },
] as const;

export function subsetFileName(weight: number): string {
  return `noto-sans-sc-deck-${weight}.woff2`;
}

/** Zero-width break marks (U+200B between Chinese phrases in chart texts): default-ignorable, drawn as nothing, need no glyph. */
const INVISIBLE = /[\u200b\u2060\ufeff]/u;

/** Distinct printable characters of all sources, plus printable ASCII. */
export function glyphsOf(sources: readonly TextSource[]): string {
  const chars = new Set<string>();
  for (let code = 0x20; code < 0x7f; code += 1) chars.add(String.fromCharCode(code));
  // Skip only ASCII whitespace and the invisible break marks (charts/phrases.ts): U+3000 (ideographic space) and the like are drawn from the font.
  for (const { text } of sources) for (const char of text) if (!/[\t\n\r ]/.test(char) && !INVISIBLE.test(char)) chars.add(char);
  return [...chars].sort().join('');
}

function loadFont(file: string): Uint8Array {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`));
}

/** Characters of the sources that the font has no glyph for, each with the first file using it. */
export function missingGlyphs(font: Uint8Array, sources: readonly TextSource[]): { char: string; file: string }[] {
  const face = new Face(new Blob(font), 0);
  const covered = new Set(face.collectUnicodes());
  const missing = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x20 || code === 0x20 || INVISIBLE.test(char) || covered.has(code) || missing.has(char)) continue;
      missing.set(char, file);
    }
  }
  return [...missing].map(([char, file]) => ({ char, file }));
}

function writeAtomically(target: string, data: Uint8Array): void {
  writeFileSync(`${target}.tmp`, data);
  renameSync(`${target}.tmp`, target);
}

/**
 * Noto Sans SC subset to exactly `text`'s characters (plus printable ASCII), as WOFF2 per weight,
 * with the OpenType features the pages use (SHAPING_FEATURES, and tnum for the presenter's timer):
 * the vertical and width alternates of every character stay out, about a quarter of a deck's font.
 * Cached in cacheDir by features and character set, since subsetting the CJK font takes seconds.
 * Used for the site-wide subset, each deck page's own subset and the offline files.
 */
export async function subsetForText(text: string, cacheDir: string): Promise<Map<number, Uint8Array>> {
  const glyphs = glyphsOf([{ file: '(text)', text }]);
  const hash = createHash('sha256').update(`${PAGE_FEATURES.join(',')}|${glyphs}`).digest('hex').slice(0, 16);
  mkdirSync(cacheDir, { recursive: true });
  const fonts = new Map<number, Uint8Array>();
  for (const { weight, file } of FONT_WEIGHTS) {
    const target = join(cacheDir, `${hash}-${weight}.woff2`);
    if (!existsSync(target)) writeAtomically(target, await subsetFont(loadFont(file), glyphs, { targetFormat: 'woff2', keepFeatures: [...PAGE_FEATURES] }));
    fonts.set(weight, readFileSync(target));
  }
  return fonts;
}

/**
 * The OpenType features a browser applies to horizontal text here, and pwid, which tokens.css asks
 * for in English (font-variant-east-asian: proportional-width); halt and chws are what Chromium's
 * text-spacing-trim uses to close up adjacent full-width punctuation (“模式：“…”，”): without them
 * such a line is half an em per pair wider. Keeping every feature (`*`) pulls
 * the vertical, full- and half-width alternates of each character into a subset: printable ASCII
 * alone is 24 KB of WOFF2 with them and 8 KB without.
 */
export const SHAPING_FEATURES = ['ccmp', 'locl', 'kern', 'liga', 'calt', 'mark', 'mkmk', 'pwid', 'halt', 'chws'] as const;

/** A page's features: those of the text, and tabular digits (the presenter's timer, font-variant-numeric). */
const PAGE_FEATURES = [...SHAPING_FEATURES, 'tnum'] as const;

/**
 * Noto Sans SC subset, per weight, to exactly the characters given for that weight (no ASCII added)
 * with SHAPING_FEATURES only: the font of a slide's embed page, which shows one slide and its own
 * few words. Cached in cacheDir by weight, features and character set.
 */
export async function subsetExact(textByWeight: ReadonlyMap<number, string>, cacheDir: string): Promise<Map<number, Uint8Array>> {
  const fonts = new Map<number, Uint8Array>();
  for (const { weight } of FONT_WEIGHTS) {
    const text = textByWeight.get(weight);
    if (text === undefined) throw new Error(`no characters given for weight ${weight}`);
    fonts.set(weight, await subsetExactWeight(weight, text, cacheDir));
  }
  return fonts;
}

/** subsetExact for one weight: Noto Sans SC in that weight, exactly `text`'s characters, SHAPING_FEATURES only. */
export async function subsetExactWeight(weight: number, text: string, cacheDir: string): Promise<Uint8Array> {
  const file = FONT_WEIGHTS.find((candidate) => candidate.weight === weight)?.file;
  if (!file) throw new Error(`Noto Sans SC has no weight ${weight} here (FONT_WEIGHTS)`);
  mkdirSync(cacheDir, { recursive: true });
  const chars = [...new Set([...text].filter((char) => !/[\t\n\r]/.test(char) && !INVISIBLE.test(char)))].sort().join('');
  const hash = createHash('sha256').update(`exact|${SHAPING_FEATURES.join(',')}|${chars}`).digest('hex').slice(0, 16);
  const target = join(cacheDir, `${hash}-${weight}.woff2`);
  if (!existsSync(target)) writeAtomically(target, await subsetFont(loadFont(file), chars, { targetFormat: 'woff2', keepFeatures: [...SHAPING_FEATURES] }));
  return readFileSync(target);
}

/**
 * Subsets Noto Sans SC Regular and Bold to exactly the characters the site uses and writes
 * WOFF2 files to outDir under fixed names (assets/theme/fonts.css refers to them). Fails, naming
 * character and file, when the font lacks a glyph.
 */
export async function subsetFonts(sources: readonly TextSource[], outDir: string): Promise<{ glyphs: number; bytes: number[] }> {
  const glyphs = glyphsOf(sources);
  for (const { weight, file } of FONT_WEIGHTS) {
    const missing = missingGlyphs(loadFont(file), sources);
    if (missing.length > 0) {
      const list = missing.map(({ char, file: where }) => `“${char}” (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}) in ${where}`);
      throw new Error(`Noto Sans SC ${weight} has no glyph for: ${list.join('; ')}. Change the text or the font; a box must never show.`);
    }
  }
  const fonts = await subsetForText(glyphs, join(outDir, 'subsets'));
  const bytes: number[] = [];
  for (const { weight } of FONT_WEIGHTS) {
    const font = fonts.get(weight);
    if (!font) throw new Error(`no subset of weight ${weight}`);
    writeAtomically(join(outDir, subsetFileName(weight)), font);
    bytes.push(font.length);
  }
  return { glyphs: [...glyphs].length, bytes };
}

/** Source Sans Pro as reveal.js ships it (SIL OFL): the Latin face of English punctuation, semibold standing for bold. */
const LATIN_FACES = [
  { weight: 400, file: 'css/theme/fonts/source-sans-pro/source-sans-pro-regular.woff' },
  { weight: 700, file: 'css/theme/fonts/source-sans-pro/source-sans-pro-semibold.woff' },
] as const;

/** reveal.js's own folder (its "exports" map does not list its font files). */
function revealPackageDir(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('reveal.js'));
  while (!existsSync(join(dir, 'package.json')) || basename(dir) !== 'reveal.js') {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('reveal.js is not installed: its Source Sans Pro face is the Latin punctuation of English text');
    dir = parent;
  }
  return dir;
}

/** The file name (under FONT_CACHE_DIR) of the Latin punctuation face in a weight (assets/theme/latin-punctuation.css). */
export function latinPunctuationFileName(weight: number): string {
  return `deck-latin-punctuation-${weight}.woff2`;
}

/**
 * Writes the Latin punctuation face of English text (common/latin-punctuation.ts) to outDir in both
 * weights: Source Sans Pro subset to exactly those characters. Fails, naming the character, if one is missing.
 */
export async function subsetLatinPunctuation(outDir: string): Promise<number[]> {
  mkdirSync(outDir, { recursive: true });
  const revealDir = revealPackageDir();
  const bytes: number[] = [];
  for (const { weight, file } of LATIN_FACES) {
    const font = readFileSync(join(revealDir, file));
    const subset = await subsetFont(font, LATIN_PUNCTUATION, { targetFormat: 'woff2' });
    const missing = missingGlyphs(await subsetFont(font, LATIN_PUNCTUATION, { targetFormat: 'truetype' }), [{ file, text: LATIN_PUNCTUATION }]);
    if (missing.length > 0) throw new Error(`${file} has no glyph for ${missing.map(({ char }) => `“${char}”`).join(', ')}: the Latin punctuation of English text (common/latin-punctuation.ts) needs them.`);
    writeAtomically(join(outDir, latinPunctuationFileName(weight)), subset);
    bytes.push(subset.length);
  }
  return bytes;
}
