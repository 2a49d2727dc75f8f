import { LATIN_PUNCTUATION, LATIN_PUNCTUATION_FAMILY } from '../../common/latin-punctuation.ts';
import { FONT_PROBE_TEXT } from '../../common/font-probe.ts';
/** The deck font's two weights: all the text of a chart is set in them. */
const DECK_FACES = ['400 20px "Noto Sans SC Deck"', '700 20px "Noto Sans SC Deck"'];

/**
 * Resolves when the deck font has loaded in both weights, so canvas text uses it (other fonts may still
 * load); on an English page also the Latin punctuation face (common/latin-punctuation.ts), which canvas
 * text would otherwise draw in its fallback.
 */
export async function loadDeckFaces(): Promise<void> {
  const english = document.documentElement.lang.startsWith('en');
  const faces = english ? [...DECK_FACES, ...DECK_FACES.map((face) => face.replace('"Noto Sans SC Deck"', `"${LATIN_PUNCTUATION_FAMILY}"`))] : DECK_FACES;
  await Promise.all(faces.map((face) => document.fonts.load(face, face.includes(LATIN_PUNCTUATION_FAMILY) ? LATIN_PUNCTUATION : FONT_PROBE_TEXT)));
}

/** Resolves when the deck font has loaded in both weights and no other font is loading. */
export async function waitForFonts(): Promise<void> {
  await loadDeckFaces();
  await document.fonts.ready;
}
