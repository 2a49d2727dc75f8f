import { correction, generate } from 'lean-qr';
import { DECKS, deckUrl, englishDeckUrl } from '../slides/decks.ts';
import type { DeckId } from '../ledger/types.ts';
import { LANGS, type Lang } from '../contracts/lang.ts';

/**
 * How long an address the source slide's QR codes can hold and still scan. The code is drawn
 * QR_PIXELS wide on the 1280×720 slide (the quiet zone included); its modules must stay at least
 * MIN_MODULE_PIXELS: 4 px on the slide is about 9 mm on a 3 m projection screen (a phone reads it
 * from the back of a room) and 3 pt (1 mm) on the PDF page. That caps the code's version, and the
 * version caps the bytes; the published address (DECKS_BASE_URL) plus the longest path a code
 * points at must fit. Before this limit, 1000 characters made 1.6-px modules and 5000 failed inside
 * lean-qr ("lean-qr error 4").
 */

/** Modules of light margin around the code, as the QR standard asks (4). */
export const QUIET_ZONE = 4;
/** Drawn size on a 1280×720 slide, quiet zone included. */
export const QR_PIXELS = 216;
/** The smallest module, in slide pixels, that still scans across a room and on a printed page. */
export const MIN_MODULE_PIXELS = 4;
/** The largest version whose (17 + 4·version + 2·quiet zone) modules are each ≥ MIN_MODULE_PIXELS in QR_PIXELS: 7. */
export const QR_MAX_VERSION = Math.floor((QR_PIXELS / MIN_MODULE_PIXELS - 2 * QUIET_ZONE - 17) / 4);
/** Error correction M, at most QR_MAX_VERSION. */
export const QR_OPTIONS = { minCorrectionLevel: correction.M, maxCorrectionLevel: correction.M, maxVersion: QR_MAX_VERSION } as const;

/** What the codes point at: the deck in this edition, and the data download of this edition. */
export function qrTargets(deck: DeckId, lang: Lang, base: URL): { readonly deck: string; readonly data: string } {
  return {
    deck: new URL(lang === 'en' ? englishDeckUrl(deck) : deckUrl(deck), base).href,
    data: new URL(lang === 'en' ? 'data/figures-en.csv' : 'data/figures.csv', base).href,
  };
}

let capacity: number | undefined;

/** Bytes (byte mode: an address's characters) a code of QR_MAX_VERSION holds at level M, as lean-qr encodes them: 122. */
export function qrCapacity(): number {
  if (capacity !== undefined) return capacity;
  const fits = (length: number): boolean => {
    try {
      generate('a'.repeat(length), QR_OPTIONS);
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = 4096;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  capacity = low;
  return low;
}

/** The longest path, relative to the base URL, that a code must hold (the English Xishuangbanna deck's page). */
export function longestQrPath(): string {
  const base = new URL('https://base.invalid/');
  const paths = DECKS.flatMap((deck) => LANGS.flatMap((lang) => Object.values(qrTargets(deck.id, lang, base)).map((url) => url.slice(base.href.length))));
  return paths.reduce((longest, path) => (path.length > longest.length ? path : longest), '');
}

/** The longest base URL (its href, characters) for which every code fits: qrCapacity() − the longest path (94). */
export function maxBaseUrlLength(): number {
  return qrCapacity() - longestQrPath().length;
}

/** Throws, naming `source` (DECKS_BASE_URL, package.json "decksBaseUrl"), when `base` is too long for a scannable code. */
export function requireScannableQrCodes(base: URL, source: string): void {
  const limit = maxBaseUrlLength();
  if (base.href.length <= limit) return;
  const path = longestQrPath();
  throw new Error(
    `${source} is too long for a scannable QR code: ${base.href.length} characters, at most ${limit}. ` +
      `The source slide's codes are ${QR_PIXELS} px wide on the 1280×720 slide; with modules of at least ${MIN_MODULE_PIXELS} px ` +
      `(smaller ones do not scan across a room or on paper) that is a version-${QR_MAX_VERSION} code, which holds ${qrCapacity()} characters ` +
      `at error correction M, and the longest address it must hold is the base URL followed by "${path}" (${path.length} characters). ` +
      `Publish the site at a shorter address, or build without ${source} (no codes are made then).`,
  );
}

/** A run of dark modules on one row of a QR code, in module units counted from the outer edge of the quiet zone. */
export interface QrRun {
  readonly row: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The dark modules of a QR code as horizontal runs, row by row: what the slide's SVG path and the
 * PowerPoint's drawn shape are both made of. `size` is the code's side with its quiet zone.
 */
export function qrRuns(code: { readonly size: number; get(x: number, y: number): boolean }): { size: number; runs: QrRun[] } {
  const runs: QrRun[] = [];
  for (let y = 0; y < code.size; y++) {
    let x = 0;
    while (x < code.size) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x++;
      runs.push({ row: y + QUIET_ZONE, start: start + QUIET_ZONE, end: x + QUIET_ZONE });
    }
  }
  return { size: code.size + 2 * QUIET_ZONE, runs };
}
