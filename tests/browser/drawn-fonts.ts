import type { Page } from 'playwright-core';

/** A font Chromium drew some of an element's text with (DevTools CSS.getPlatformFontsForNode). */
interface DrawnFont {
  readonly familyName: string;
  readonly isCustomFont: boolean;
  readonly glyphCount: number;
}

/** Every element in `scope` with text of its own whose text was drawn, in part, in a font other than the page's web fonts. */
export async function systemFontText(page: Page, scope: string): Promise<string[]> {
  await page.evaluate(async () => (await document.fonts.ready).status);
  const marked = await page.evaluate((selector) => {
    let count = 0;
    for (const element of document.querySelectorAll(selector)) {
      element.removeAttribute('data-glyph-probe');
      if ([...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')) {
        element.setAttribute('data-glyph-probe', '');
        count += 1;
      }
    }
    return count;
  }, scope);
  if (marked === 0) return [];
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-glyph-probe]' });
    const problems: string[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = (await session.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: DrawnFont[] };
      const system = fonts.filter((font) => !font.isCustomFont && font.glyphCount > 0);
      if (system.length === 0) continue;
      const { outerHTML } = await session.send('DOM.getOuterHTML', { nodeId });
      problems.push(`${system.map((font) => `${font.familyName} ×${font.glyphCount}`).join(', ')} in ${outerHTML.slice(0, 160)}`);
    }
    return problems;
  } finally {
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('[data-glyph-probe]')) element.removeAttribute('data-glyph-probe');
    });
    await session.detach();
  }
}

