/**
 * How much of an image is drawn, as masks of coloured and of dark pixels. Used to check that a chart
 * on a PDF page is drawn to the same extent as on screen (no half-finished animation, nothing missing).
 */
export interface InkImage {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly data: ArrayLike<number>;
}

export interface InkMask {
  readonly width: number;
  readonly height: number;
  readonly ink: readonly boolean[];
}

export interface InkBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface InkComparison {
  readonly fractionA: number;
  readonly fractionB: number;
  /** Intersection over union of the two masks. */
  readonly overlap: number;
  /** Largest difference between the two ink boxes' edges, as a fraction of width or height. */
  readonly boxDrift: number;
}

function maskWhere(image: InkImage, isInk: (r: number, g: number, b: number) => boolean): InkMask {
  const ink: boolean[] = [];
  for (let i = 0; i < image.width * image.height; i += 1) {
    const o = i * 4;
    ink.push(isInk(image.data[o] ?? 0, image.data[o + 1] ?? 0, image.data[o + 2] ?? 0));
  }
  return { width: image.width, height: image.height, ink };
}

/** Anything drawn: pixels differing from the background by more than `threshold` in some channel. */
export function inkMask(image: InkImage, background: readonly [number, number, number], threshold = 48): InkMask {
  const [r0, g0, b0] = background;
  return maskWhere(image, (r, g, b) => Math.max(Math.abs(r - r0), Math.abs(g - g0), Math.abs(b - b0)) > threshold);
}

/**
 * Coloured marks: bars and legend swatches (the chart palette is saturated; text, grid and
 * placeholders are grey). This is what a running animation changes.
 */
export function colourMask(image: InkImage, minChroma = 60): InkMask {
  return maskWhere(image, (r, g, b) => Math.max(r, g, b) - Math.min(r, g, b) >= minChroma);
}

/** Dark marks: value labels, axis labels, placeholder frames and their "原文未给出" (and dark bars). */
export function darkMask(image: InkImage, maxLuma = 128): InkMask {
  return maskWhere(image, (r, g, b) => 0.2126 * r + 0.7152 * g + 0.0722 * b <= maxLuma);
}

export function inkFraction(mask: InkMask): number {
  return mask.ink.length === 0 ? 0 : mask.ink.filter(Boolean).length / mask.ink.length;
}

export function inkBox(mask: InkMask): InkBox | null {
  let left = mask.width, top = mask.height, right = -1, bottom = -1;
  mask.ink.forEach((on, i) => {
    if (!on) return;
    const x = i % mask.width, y = Math.floor(i / mask.width);
    left = Math.min(left, x); right = Math.max(right, x);
    top = Math.min(top, y); bottom = Math.max(bottom, y);
  });
  return right < 0 ? null : { left, top, right, bottom };
}

/** Compares two masks of the same size. */
export function compareInk(a: InkMask, b: InkMask): InkComparison {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`masks differ in size: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let both = 0, either = 0;
  a.ink.forEach((on, i) => {
    const other = b.ink[i] ?? false;
    if (on && other) both += 1;
    if (on || other) either += 1;
  });
  const boxA = inkBox(a), boxB = inkBox(b);
  const boxDrift = boxA && boxB
    ? Math.max(
        Math.abs(boxA.left - boxB.left) / a.width,
        Math.abs(boxA.right - boxB.right) / a.width,
        Math.abs(boxA.top - boxB.top) / a.height,
        Math.abs(boxA.bottom - boxB.bottom) / a.height,
      )
    : boxA === boxB ? 0 : 1;
  return { fractionA: inkFraction(a), fractionB: inkFraction(b), overlap: either === 0 ? 1 : both / either, boxDrift };
}
