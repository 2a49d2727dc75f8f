/**
 * The print view's invisible text layer over a chart, as an OCR layer over a scanned page: every
 * text the chart draws on its canvas (value labels, category labels, ticks, the “？” marks and
 * their words) written again as transparent text at the same place, so the PDF can be searched and
 * copied from while the page shows the chart alone (no second, visible list of its values).
 */

/** One text drawn on the canvas, placed in the canvas's CSS pixels. */
export interface DrawnText {
  readonly text: string;
  /** The anchor point of fillText, in CSS pixels from the canvas's top left corner. */
  readonly x: number;
  readonly y: number;
  /** The canvas font with its size in CSS pixels. */
  readonly font: string;
  readonly align: CanvasTextAlign;
  readonly baseline: CanvasTextBaseline;
  /** Rotation in radians (rotated tick labels). */
  readonly angle: number;
}

/** “700 22px 'Noto Sans SC Deck', sans-serif” with its pixel size multiplied by `scale`. */
function scaledFont(font: string, scale: number): string {
  return font.replace(/(\d+(?:\.\d+)?)px/, (_match, size: string) => `${(Number(size) * scale).toFixed(2)}px`);
}

/**
 * Runs `draw` (a chart drawing itself) and returns every text it wrote with fillText on `canvas`,
 * placed in CSS pixels. The context's own fillText is restored afterwards.
 */
export function recordDrawnText(canvas: HTMLCanvasElement, draw: () => void): DrawnText[] {
  const context = canvas.getContext('2d');
  if (!context) return [];
  const texts: DrawnText[] = [];
  // Backing-store pixels per CSS pixel (the chart draws at the print pixel ratio).
  const cssPerDevice = canvas.clientWidth > 0 ? canvas.clientWidth / canvas.width : 1;
  const fillText = context.fillText;
  context.fillText = function record(this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number): void {
    const matrix = this.getTransform();
    const point = matrix.transformPoint(new DOMPoint(x, y));
    const scale = Math.hypot(matrix.a, matrix.b) * cssPerDevice;
    if (text.trim() !== '') {
      texts.push({
        text,
        x: point.x * cssPerDevice,
        y: point.y * cssPerDevice,
        font: scaledFont(this.font, scale),
        align: this.textAlign,
        baseline: this.textBaseline,
        angle: Math.atan2(matrix.b, matrix.a),
      });
    }
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
  };
  try {
    draw();
  } finally {
    // The prototype's fillText again.
    Reflect.deleteProperty(context, 'fillText');
  }
  return texts;
}

const SHIFT_X: Readonly<Record<CanvasTextAlign, string>> = { left: '0', start: '0', center: '-50%', right: '-100%', end: '-100%' };
const SHIFT_Y: Readonly<Record<CanvasTextBaseline, string>> = { top: '0', hanging: '0', middle: '-50%', alphabetic: '-80%', ideographic: '-100%', bottom: '-100%' };

/** The layer of transparent text over a chart's canvas (class chart-text-layer, styled in deck.css). */
export function chartTextLayer(texts: readonly DrawnText[]): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'chart-text-layer';
  // The canvas's own label and the data table speak for the chart; this layer is for the PDF's text.
  layer.setAttribute('aria-hidden', 'true');
  for (const drawn of texts) {
    const span = document.createElement('span');
    // Zero-width break marks (U+200B between phrases) are drawn as nothing; the text keeps them out.
    span.textContent = drawn.text.replace(/[\u200b\u2060\ufeff]/gu, '');
    span.style.left = `${drawn.x.toFixed(2)}px`;
    span.style.top = `${drawn.y.toFixed(2)}px`;
    span.style.font = drawn.font;
    // The font shorthand resets line-height: one em, as the canvas places a line.
    span.style.lineHeight = '1';
    span.style.transform = `rotate(${drawn.angle.toFixed(4)}rad) translate(${SHIFT_X[drawn.align]}, ${SHIFT_Y[drawn.baseline]})`;
    layer.append(span);
  }
  return layer;
}
