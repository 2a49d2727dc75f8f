/** The rectangle a category occupies across the whole value axis. */
export interface Band {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface AxisLike {
  getPixelForValue(value: number): number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A category's band: along the category axis, ±40% of the spacing; across the chart area on the value axis. */
export function categoryBand(
  categoryAxis: AxisLike,
  count: number,
  index: number,
  horizontal: boolean,
  area: { left: number; right: number; top: number; bottom: number },
): Band {
  const centre = categoryAxis.getPixelForValue(index);
  const span = horizontal ? categoryAxis.bottom - categoryAxis.top : categoryAxis.right - categoryAxis.left;
  const thickness = (span / Math.max(count, 1)) * 0.8;
  if (horizontal) {
    return { x: area.left, y: centre - thickness / 2, width: area.right - area.left, height: thickness };
  }
  return { x: centre - thickness / 2, y: area.top, width: thickness, height: area.bottom - area.top };
}
