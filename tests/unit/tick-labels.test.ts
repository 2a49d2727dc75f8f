import { describe, expect, it } from 'vitest';
import { Ticks, type Scale, type Tick } from 'chart.js';
import { plainNumber, tickLabel } from '../../runtime/shared/tick-labels.ts';

/** A stand-in for the linear scale a tick callback is called on: its chart's locale and its tick options. */
function scale(locale: string, format?: Intl.NumberFormatOptions): Scale {
  return { chart: { options: { locale } }, options: { ticks: { format } } } as unknown as Scale;
}

/** Ticks as Chart.js's linear scale makes them: from 0 (or min) in equal steps. */
function ticksFrom(min: number, step: number, count: number): Tick[] {
  return Array.from({ length: count }, (_, index) => ({ value: Math.round((min + index * step) * 1e12) / 1e12 }));
}

const STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 250000, 1e6, 5e6];

describe('axis tick labels without Intl', () => {
  it('prints numbers as Intl.NumberFormat does in zh-CN and en-US', () => {
    for (const locale of ['zh-CN', 'en-US']) {
      for (const value of [1, 7, 12.5, 999, 1000, 1.005, 2.675, 0.045, 1234.5678, 48800, 100000, 999999.995, 1234567.891, 0.05, 0.125, 3.14159, 0.0001, 123456789012345]) {
        for (const decimals of [0, 1, 2, 3]) {
          expect(plainNumber(value, decimals), `${locale} ${value} ${decimals}`).toBe(new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value));
        }
      }
    }
  });

  it('labels every tick of every step as Chart.js’s own formatter does', () => {
    for (const locale of ['zh-CN', 'en-US']) {
      for (const step of STEPS) {
        for (const count of [2, 3, 4, 6, 11]) {
          for (const min of [0, step, 3 * step]) {
            const ticks = ticksFrom(min, step, count);
            ticks.forEach((tick, index) => {
              const expected = Ticks.formatters.numeric.call(scale(locale), tick.value, index, ticks);
              expect(tickLabel.call(scale(locale), tick.value, index, ticks), `${locale} step ${step} tick ${tick.value}`).toBe(expected);
            });
          }
        }
      }
    }
  });

  it('leaves other locales, explicit formats and negative ticks to Chart.js', () => {
    const ticks = ticksFrom(-2000, 1000, 5);
    for (const [locale, format] of [['de-DE', undefined], ['zh-CN', { style: 'percent' }], ['en-US', undefined]] as const) {
      ticks.forEach((tick, index) => {
        expect(tickLabel.call(scale(locale, format), tick.value, index, ticks)).toBe(Ticks.formatters.numeric.call(scale(locale, format), tick.value, index, ticks));
      });
    }
  });
});
