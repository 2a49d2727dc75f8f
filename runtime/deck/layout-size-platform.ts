import { DomPlatform } from 'chart.js';

/**
 * Chart.js sizes a responsive chart from its container's getBoundingClientRect, which includes
 * reveal's scale transform: at 96 % the chart would be laid out 4 % smaller than its slot (and
 * differ from the same slide printed at 100 %). This platform reads the container's layout size
 * (clientWidth/clientHeight, unaffected by transforms), so a chart fills its slot on screen, in
 * print and in an embed alike; sharpness comes from devicePixelRatio, which includes the scale.
 */
export class LayoutSizePlatform extends DomPlatform {
  override getMaximumSize(canvas: HTMLCanvasElement, width?: number, height?: number, aspectRatio?: number): { width: number; height: number } {
    const holder = canvas.parentElement;
    if (!holder || holder.clientWidth === 0 || holder.clientHeight === 0) return super.getMaximumSize(canvas, width, height, aspectRatio);
    const style = getComputedStyle(holder);
    const across = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
    const down = Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom);
    return { width: Math.max(0, Math.floor(holder.clientWidth - across)), height: Math.max(0, Math.floor(holder.clientHeight - down)) };
  }
}
