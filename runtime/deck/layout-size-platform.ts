import { DomPlatform } from 'chart.js';

interface Size {
  readonly width: number;
  readonly height: number;
}

/** The last layout size measured for a canvas, for when its slide is not laid out (rememberLayoutSize). */
const remembered = new WeakMap<HTMLCanvasElement, Size>();

/** The content box of the canvas's holder, or null while it is not laid out (display: none). */
function layoutSize(canvas: HTMLCanvasElement): Size | null {
  const holder = canvas.parentElement;
  if (!holder || holder.clientWidth === 0 || holder.clientHeight === 0) return null;
  const style = getComputedStyle(holder);
  const across = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
  const down = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
  return { width: Math.max(0, Math.floor(holder.clientWidth - across)), height: Math.max(0, Math.floor(holder.clientHeight - down)) };
}

/**
 * Measures the canvas's holder now, while its slide is laid out, so a chart can be built for it
 * once the slide is hidden again (chart-lifecycle.ts sizes the next slide's chart ahead).
 */
export function rememberLayoutSize(canvas: HTMLCanvasElement): void {
  const size = layoutSize(canvas);
  if (size) remembered.set(canvas, size);
}

/**
 * Chart.js sizes a responsive chart from its container's getBoundingClientRect, which includes
 * reveal's scale transform: at 96 % the chart would be laid out 4 % smaller than its slot (and
 * differ from the same slide printed at 100 %). This platform reads the container's layout size
 * (clientWidth/clientHeight, unaffected by transforms), so a chart fills its slot on screen, in
 * print and in an embed alike; sharpness comes from devicePixelRatio, which includes the scale.
 * While the slide is not laid out, the size last measured for it stands in (rememberLayoutSize).
 */
export class LayoutSizePlatform extends DomPlatform {
  override getMaximumSize(canvas: HTMLCanvasElement, width?: number, height?: number, aspectRatio?: number): Size {
    return layoutSize(canvas) ?? remembered.get(canvas) ?? super.getMaximumSize(canvas, width, height, aspectRatio);
  }
}
