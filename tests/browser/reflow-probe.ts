import type { Frame, Page } from 'playwright-core';

/**
 * Shared probes for reflowed pages (reading view, compact embeds).
 *
 * Canvas text is invisible to the DOM, so an init script wraps CanvasRenderingContext2D.fillText and
 * records, per chart, the smallest text actually drawn in CSS pixels: the font's px size times the
 * context's vertical scale times the canvas's CSS-to-backing ratio, times how much a maxWidth
 * squeezed it; and any text cut off at the canvas's edge. Stored on window.__chartText[chartId].
 */
export interface ChartText {
  readonly min: number;
  readonly text: string;
  readonly count: number;
  /** Texts drawn (partly) past the canvas's left or right edge: cut off. */
  readonly clipped: string[];
}

export async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store: Record<string, { min: number; text: string; count: number; clipped: string[] }> = {};
    (window as unknown as { __chartText: typeof store }).__chartText = store;
    const original = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function fillText(this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      const canvas = this.canvas as HTMLCanvasElement;
      const id = canvas.dataset?.chartId;
      if (id && String(text).trim() !== '') {
        const px = Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? '0');
        const t = this.getTransform();
        const box = canvas.getBoundingClientRect();
        const cssPerBacking = canvas.height > 0 ? box.height / canvas.height : 1;
        let size = px * Math.hypot(t.b, t.d) * cssPerBacking;
        if (maxWidth !== undefined) {
          const width = this.measureText(String(text)).width;
          if (width > maxWidth) size *= maxWidth / width;
        }
        const entry = (store[id] ??= { min: Infinity, text: '', count: 0, clipped: [] });
        // Where the text lands across the canvas, in backing pixels.
        const drawnWidth = Math.min(this.measureText(String(text)).width, maxWidth ?? Infinity);
        const align = this.textAlign;
        const start = align === 'center' ? x - drawnWidth / 2 : align === 'right' || align === 'end' ? x - drawnWidth : x;
        const left = t.a * start + t.c * y + t.e;
        const right = t.a * (start + drawnWidth) + t.c * y + t.e;
        if ((left < -1 || right > canvas.width + 1) && !entry.clipped.includes(String(text))) entry.clipped.push(String(text));
        entry.count += 1;
        if (size < entry.min) {
          entry.min = size;
          entry.text = String(text);
        }
      }
      return original.call(this, text, x, y, maxWidth);
    };
  });
}

export function chartText(target: Page | Frame): Promise<Record<string, ChartText>> {
  return target.evaluate(() => (window as unknown as { __chartText?: Record<string, ChartText> }).__chartText ?? {});
}

/**
 * Runs in the page: every visible text smaller than its minimum as seen on screen (secondary selectors get the
 * smaller one), and every element that pokes out of the viewport sideways. Returns problem lines.
 */
export function inspectReflow(args: { root: string; bodyMin: number; secondaryMin: number; secondary: string[] }): string[] {
  const problems: string[] = [];
  const root = document.querySelector(args.root);
  if (!root) return [`no ${args.root}`];
  const width = document.documentElement.clientWidth;
  // A slide scaled by reveal (an embed at 800 px and up): what the reader sees is the computed size times the scale.
  const scale = root instanceof HTMLElement && root.offsetWidth > 0 ? root.getBoundingClientRect().width / root.offsetWidth : 1;
  const hidden = (element: Element): boolean => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
      if (style.clipPath === 'inset(50%)') return true;
      if (node.matches('aside.notes, details:not([open]) > :not(summary)')) return true;
    }
    return false;
  };
  const label = (element: Element): string => {
    const section = element.closest('section[id]')?.id ?? '';
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
    return `#${section} <${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}> “${text}”`;
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || (node.textContent ?? '').trim() === '' || owner.closest('script') || hidden(owner)) continue;
    const size = Number.parseFloat(getComputedStyle(owner).fontSize) * scale;
    const minimum = args.secondary.length > 0 && owner.closest(args.secondary.join(',')) ? args.secondaryMin : args.bodyMin;
    if (size < minimum - 0.01) problems.push(`${label(owner)} is ${size.toFixed(1)} px (at least ${minimum})`);
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      if (rect.left < -0.5 || rect.right > width + 0.5) problems.push(`${label(owner)} runs past the viewport (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width})`);
    }
  }
  for (const element of root.querySelectorAll('*')) {
    if (hidden(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0) continue;
    if (rect.left < -0.5 || rect.right > width + 0.5) problems.push(`${label(element)} is wider than the viewport (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width})`);
  }
  if (document.documentElement.scrollWidth > width) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  return [...new Set(problems)];
}
