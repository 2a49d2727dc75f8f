/** The deck font's two weights: all the text of a chart is set in them. */
const DECK_FACES = ['400 20px "Noto Sans SC Deck"', '700 20px "Noto Sans SC Deck"'];

/** Resolves when the deck font has loaded in both weights, so canvas text uses it (other fonts may still load). */
export async function loadDeckFaces(): Promise<void> {
  await Promise.all(DECK_FACES.map((face) => document.fonts.load(face, '沪滇')));
}

/** Resolves when the deck font has loaded in both weights and no other font is loading. */
export async function waitForFonts(): Promise<void> {
  await loadDeckFaces();
  await document.fonts.ready;
}
