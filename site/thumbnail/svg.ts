import { escapeHtml } from '../../common/escape-html.ts';

/** The thumbnail's drawing area: 16:9 like a slide, in SVG user units (scaled to the card by CSS). */
export const VIEW = { width: 320, height: 180 } as const;

export interface TextOptions {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly weight?: 400 | 700;
  readonly fill: string;
  readonly anchor?: 'start' | 'middle' | 'end';
}

/** A <text> element; the font family comes from the gallery stylesheet (the site's subset font). */
export function text(content: string, options: TextOptions): string {
  const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
  const weight = options.weight === 700 ? ' font-weight="700"' : '';
  return `<text x="${round(options.x)}" y="${round(options.y)}" font-size="${round(options.size)}"${weight} fill="${options.fill}"${anchor}>${escapeHtml(content)}</text>`;
}

/** Any SVG element with presentation attributes (never a style attribute: the site's CSP forbids inline styles). */
export function shape(tag: 'rect' | 'path' | 'line', attributes: Readonly<Record<string, string | number>>): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${typeof value === 'number' ? round(value) : escapeHtml(value)}"`)
    .join(' ');
  return `<${tag} ${attrs}/>`;
}

/** Diagonal hatching, the placeholder texture of the decks (omitted and damaged figures). */
export function hatchPattern(id: string, color: string): string {
  return (
    `<pattern id="${escapeHtml(id)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="2" height="6" fill="${color}" opacity="0.35"/></pattern>`
  );
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Rough advance of a text run in the deck font: CJK and full-width characters 1 em, the rest about 0.58 em. */
export function estimateWidth(content: string, size: number): number {
  let ems = 0;
  for (const char of content) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : char === ' ' ? 0.28 : 0.58;
  return ems * size;
}

/** The largest size up to `size` (not below `min`) at which the text fits `maxWidth`. */
export function fitSize(content: string, maxWidth: number, size: number, min = 8): number {
  const width = estimateWidth(content, size);
  return width <= maxWidth ? size : Math.max(min, Math.floor((size * maxWidth) / width));
}
