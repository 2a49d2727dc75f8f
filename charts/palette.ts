/**
 * The decks' one palette, light and dark: the CSS custom properties (assets/theme/tokens.css, checked
 * against `cssTokenBlock()` by tests/unit/palette-tokens.test.ts), the Chart.js colours (the builders
 * write the light ones; a dark page recolours its charts with `recolour`, runtime/shared/chart-theme.ts)
 * and the PowerPoint colours (scripts/lib/pptx) all come from here.
 *
 * Okabe–Ito hues, chosen for colour-blind safety: in each theme every mark is at least 3:1 and every
 * text colour at least 4.5:1 against that theme's background (tests/unit/palette-tokens.test.ts).
 * Shanghai and Yunnan keep the same two hues in every deck; the dark theme lightens them.
 */
export const PALETTES = {
  light: {
    shanghai: '#0072B2',
    yunnan: '#C4501A',
    neutral: '#3E4A56',
    placeholder: '#5F6670',
    /** Omitted entries in the ledger-status bars: lighter than text, still ≥ 3:1 on the background, `onMark` labels on it ≥ 3:1. */
    placeholderLight: '#7D858D',
    damaged: '#8A3F73',
    /** A value supplied from another source (补充 / added), never in the article's colours; ≥ 4.5:1 on the background. */
    supplement: '#00735A',
    background: '#FBFAF7',
    text: '#1D232A',
    muted: '#4B5560',
    grid: '#D9D6CE',
    /** Numbers drawn inside a bar (the ledger-status chart). */
    onMark: '#FFFFFF',
    /** Cards, popovers, quotes and buttons over the background. */
    surface: '#FFFFFF',
    /** A faint blue wash (a hovered thumbnail). */
    accentBg: '#EEF4F9',
    /** A filled button (Shanghai blue) when hovered. */
    buttonHover: '#005A8C',
  },
  dark: {
    shanghai: '#56B4E9',
    yunnan: '#EF8A5B',
    neutral: '#A9B4BF',
    placeholder: '#A3ABB4',
    placeholderLight: '#7D8791',
    damaged: '#D98CC4',
    supplement: '#4CC7A4',
    background: '#14181D',
    text: '#ECE9E2',
    muted: '#B4BCC5',
    grid: '#3A434D',
    onMark: '#101418',
    surface: '#1E242B',
    accentBg: '#1C2A38',
    buttonHover: '#8CCDF2',
  },
} as const;

export type Theme = keyof typeof PALETTES;
export const THEMES: readonly Theme[] = ['light', 'dark'];
export type PaletteKey = keyof (typeof PALETTES)['light'];
export type Palette = Readonly<Record<PaletteKey, string>>;

/** The light palette under its old name: the colours every builder writes and the PowerPoint uses. */
export const PALETTE = PALETTES.light;

/** The colours a chart configuration can hold (what `recolour` swaps); each must name one colour per theme. */
export const CHART_KEYS: readonly PaletteKey[] = ['shanghai', 'yunnan', 'neutral', 'placeholder', 'placeholderLight', 'damaged', 'supplement', 'background', 'text', 'muted', 'grid', 'onMark'];

/**
 * Contrast the palette keeps against its background (WCAG 2): text 4.5:1, marks 3:1. Yunnan's
 * vermillion is set only large or bold (heroes, headings) in the light theme, where 3:1 is the rule.
 */
export const TEXT_KEYS: readonly PaletteKey[] = ['text', 'muted', 'placeholder', 'damaged', 'supplement', 'shanghai'];
export const MARK_KEYS: readonly PaletteKey[] = ['shanghai', 'yunnan', 'neutral', 'placeholder', 'placeholderLight', 'damaged', 'supplement'];

/**
 * The CSS custom properties and the palette colour each one is, in tokens.css's order. Derived
 * tokens (the key colour, computed figures) are written in the stylesheet as var() of these.
 */
export const CSS_TOKENS: readonly (readonly [string, PaletteKey])[] = [
  ['--c-bg', 'background'],
  ['--c-surface', 'surface'],
  ['--c-text', 'text'],
  ['--c-muted', 'muted'],
  ['--c-rule', 'grid'],
  ['--c-shanghai', 'shanghai'],
  ['--c-yunnan', 'yunnan'],
  ['--c-placeholder', 'placeholder'],
  ['--c-damaged', 'damaged'],
  // A figure supplied from another source (补充 / added): its own colour, never the article's.
  ['--c-supplement', 'supplement'],
  ['--c-accent-bg', 'accentBg'],
  ['--c-on-accent', 'onMark'],
  ['--c-button-hover', 'buttonHover'],
];

/** tokens.css's colour declarations, one a line: `--c-bg: light-dark(#fbfaf7, #14181d);` (the page's color-scheme picks). */
export function cssTokenBlock(): string {
  return CSS_TOKENS.map(([name, key]) => `  ${name}: light-dark(${PALETTES.light[key].toLowerCase()}, ${PALETTES.dark[key].toLowerCase()});`).join('\n');
}

/** One chart colour of `from` as the same palette colour of `to`; any other string unchanged. */
export function themeColour(colour: string, from: Theme, to: Theme): string {
  if (from === to) return colour;
  const wanted = colour.toUpperCase();
  const key = CHART_KEYS.find((name) => PALETTES[from][name] === wanted);
  return key ? PALETTES[to][key] : colour;
}

/**
 * Swaps every palette colour of `from` in a chart configuration's options or datasets (plain
 * objects, arrays and strings, as JSON holds them) for the same colour of `to`, in place.
 */
export function recolour<T>(value: T, from: Theme, to: Theme): T {
  if (from === to || value === null || typeof value !== 'object') return value;
  const entries = value as Record<string, unknown>;
  for (const name of Object.keys(entries)) {
    const item = entries[name];
    if (typeof item === 'string') entries[name] = themeColour(item, from, to);
    else if (item !== null && typeof item === 'object' && (Array.isArray(item) || isPlainObject(item))) recolour(item, from, to);
  }
  return value;
}

/** An object as JSON makes it, or Chart.js's merged options (made with Object.create(null)). */
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export type Side = 'shanghai' | 'yunnan' | 'neutral';

export const FONT_FAMILY = '"Noto Sans SC Deck", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
