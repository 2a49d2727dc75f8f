import { Ticks, type LinearScaleOptions, type Scale, type Tick } from 'chart.js';

/** Locales whose decimal format is plain ASCII digits, “,” every three digits and “.” before decimals. */
const PLAIN_LOCALE = /^(zh-CN|en-US)$/;

/**
 * A positive `value` with `decimals` decimals, grouped by threes: what Intl.NumberFormat prints in a
 * PLAIN_LOCALE. Like Intl it rounds the number as JavaScript writes it, half up (999999.995 →
 * 1,000,000.00, where toFixed, rounding the binary value, gives 999,999.99).
 */
export function plainNumber(value: number, decimals: number): string {
  const [whole = '', fraction = ''] = String(value).split('.');
  let digits = BigInt(whole + fraction.slice(0, decimals).padEnd(decimals, '0'));
  if ((fraction[decimals] ?? '0') >= '5') digits += 1n;
  const text = digits.toString().padStart(decimals + 1, '0');
  const grouped = text.slice(0, text.length - decimals).replace(/\B(?=(\d{3})+$)/g, ',');
  return decimals > 0 ? `${grouped}.${text.slice(-decimals)}` : grouped;
}

/**
 * Chart.js's own tick formatter (Ticks.formatters.numeric: the same decimals) without creating an
 * Intl.NumberFormat, whose first use in a page initialises ICU (30–50 ms of the first chart in a
 * trace). Other locales, explicit formats, ticks ≤ 0 and scientific notation go to Chart.js's.
 */
export function tickLabel(this: Scale, tick: number | string, index: number, ticks: Tick[]): string {
  const value = Number(tick);
  const [first, second, third] = ticks;
  const largest = Math.max(Math.abs(first?.value ?? value), Math.abs(ticks[ticks.length - 1]?.value ?? value));
  let delta = value;
  if (first && second) {
    // Chart.js's calculateDelta: the step between ticks, or a fractional tick's own fraction.
    delta = third && ticks.length > 3 ? third.value - second.value : second.value - first.value;
    if (Math.abs(delta) >= 1 && value !== Math.floor(value)) delta = value - Math.floor(value);
  }
  const log = Math.log10(Math.abs(delta));
  const decimals = Number.isNaN(log) ? 1 : Math.max(Math.min(-Math.floor(log), 20), 0);
  const format = (this.options as Partial<LinearScaleOptions>).ticks?.format;
  const plain = PLAIN_LOCALE.test(this.chart.options.locale ?? '') && !format && value > 0 && largest >= 1e-4 && largest <= 1e15;
  if (!plain || String(value).includes('e')) {
    return Ticks.formatters.numeric.call(this, value, index, ticks);
  }
  return plainNumber(value, decimals);
}
