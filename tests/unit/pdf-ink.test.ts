import { describe, expect, it } from 'vitest';
import { colourMask, compareInk, darkMask, inkBox, inkFraction, inkMask, type InkImage } from '../../scripts/lib/pdf/ink.ts';

const BACKGROUND = [251, 250, 247] as const;
const BAR = [0, 114, 178] as const;

/** A 20×10 image with a bar `length` pixels long on rows 4–5 and a dark label pixel at (0, 0). */
function chart(length: number): InkImage {
  const data: number[] = [];
  for (let y = 0; y < 10; y += 1) {
    for (let x = 0; x < 20; x += 1) {
      const colour = y >= 4 && y <= 5 && x < length ? BAR : x === 0 && y === 0 ? [29, 35, 42] : BACKGROUND;
      data.push(...colour, 255);
    }
  }
  return { width: 20, height: 10, data };
}

describe('ink masks', () => {
  it('finds coloured bars and dark labels, not the background', () => {
    const bars = colourMask(chart(10));
    expect(inkFraction(bars)).toBeCloseTo(20 / 200);
    expect(inkBox(bars)).toEqual({ left: 0, top: 4, right: 9, bottom: 5 });
    // The bar blue is dark too: 20 bar pixels and the label pixel.
    expect(inkFraction(darkMask(chart(10)))).toBeCloseTo(21 / 200);
    expect(inkBox(colourMask(chart(0)))).toBeNull();
    expect(inkFraction(inkMask(chart(10), BACKGROUND))).toBeCloseTo(21 / 200);
    expect(inkFraction(inkMask(chart(0), BACKGROUND))).toBeCloseTo(1 / 200);
  });

  it('tells a fully drawn chart from one caught mid-animation', () => {
    const same = compareInk(colourMask(chart(16)), colourMask(chart(16)));
    expect(same).toEqual({ fractionA: 0.16, fractionB: 0.16, overlap: 1, boxDrift: 0 });
    const half = compareInk(colourMask(chart(16)), colourMask(chart(8)));
    expect(half.overlap).toBe(0.5);
    expect(half.boxDrift).toBeCloseTo(8 / 20);
  });

  it('refuses masks of different sizes', () => {
    const small = colourMask({ width: 1, height: 1, data: [0, 0, 0, 255] });
    expect(() => compareInk(small, colourMask(chart(1)))).toThrow(/differ in size/);
  });
});
