/** Resolves when the deck font has loaded in both weights, so canvas text uses it. */
export async function waitForFonts(): Promise<void> {
  await Promise.all([
    document.fonts.load('400 20px "Noto Sans SC Deck"', '沪滇'),
    document.fonts.load('700 20px "Noto Sans SC Deck"', '沪滇'),
  ]);
  await document.fonts.ready;
}
