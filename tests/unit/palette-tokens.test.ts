import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_KEYS, CSS_TOKENS, MARK_KEYS, PALETTE, PALETTES, TEXT_KEYS, THEMES, cssTokenBlock, recolour, themeColour } from '../../charts/palette.ts';
import { contrast } from '../../charts/contrast.ts';
import { thumbnailThemeRules } from '../../site/thumbnail/theme-css.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKENS_CSS = readFileSync(resolve(ROOT, 'assets/theme/tokens.css'), 'utf8');
const SNAPSHOTS = resolve(ROOT, 'tests/snapshots/charts');
const GALLERY_CSS = readFileSync(resolve(ROOT, 'assets/theme/gallery.css'), 'utf8');

/** Every `--c-…: <value>;` declaration of a stylesheet whose value is light-dark(…) or a colour. */
function colourDeclarations(css: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of css.matchAll(/(--c-[a-z-]+)\s*:\s*([^;]+);/g)) {
    const [, name = '', value = ''] = match;
    if (!value.trim().startsWith('var(')) found.set(name, value.trim());
  }
  return found;
}

/** Every #rrggbb string in a JSON value. */
function hexColours(value: unknown): string[] {
  return JSON.stringify(value).match(/#[0-9A-Fa-f]{6}\b/g) ?? [];
}

describe('one palette: the CSS tokens are the palette (charts/palette.ts)', () => {
  it('tokens.css holds exactly the generated block, light and dark per token', () => {
    const start = TOKENS_CSS.indexOf('  --c-bg:');
    const end = TOKENS_CSS.indexOf('\n  /* End of the generated colours. */');
    expect(start, 'tokens.css has no --c-bg').toBeGreaterThan(0);
    expect(TOKENS_CSS.slice(start, end), 'paste cssTokenBlock() from charts/palette.ts into assets/theme/tokens.css').toBe(cssTokenBlock());
  });

  it('no colour token is typed anywhere but the generated block (a derived one is a var())', () => {
    const declared = colourDeclarations(TOKENS_CSS);
    expect([...declared.keys()].sort()).toEqual(CSS_TOKENS.map(([name]) => name).sort());
    for (const [name, key] of CSS_TOKENS) {
      expect(declared.get(name), name).toBe(`light-dark(${PALETTES.light[key].toLowerCase()}, ${PALETTES.dark[key].toLowerCase()})`);
    }
  });

  it('gallery.css draws the thumbnails’ colours as the tokens: exactly the generated rules', () => {
    const start = GALLERY_CSS.indexOf('.deck-thumb [fill=');
    const end = GALLERY_CSS.indexOf('\n/* End of the thumbnail colours. */');
    expect(start, 'gallery.css has no thumbnail colour rules').toBeGreaterThan(0);
    expect(GALLERY_CSS.slice(start, end), 'paste thumbnailThemeRules() from site/thumbnail/theme-css.ts into assets/theme/gallery.css').toBe(thumbnailThemeRules());
  });

  it('fails on a token that differs from the palette (built-in failing case)', () => {
    const tampered = TOKENS_CSS.replace('--c-bg: light-dark(#fbfaf7,', '--c-bg: light-dark(#ffffff,');
    const start = tampered.indexOf('  --c-bg:');
    expect(tampered.slice(start, tampered.indexOf('\n  /* End of the generated colours. */'))).not.toBe(cssTokenBlock());
  });

  it('keeps the light palette under its old names (PALETTE, used by the builders and the PowerPoint)', () => {
    expect(PALETTE).toBe(PALETTES.light);
    expect(PALETTE.shanghai).toBe('#0072B2');
    expect(PALETTE.background).toBe('#FBFAF7');
  });
});

describe('each theme keeps its contrast (WCAG 2, against its own background)', () => {
  for (const theme of THEMES) {
    const palette = PALETTES[theme];
    it(`${theme}: text at least 4.5:1, marks at least 3:1, numbers inside bars at least 3:1`, () => {
      for (const key of TEXT_KEYS) expect(contrast(palette[key], palette.background), `${theme} ${key}`).toBeGreaterThanOrEqual(4.5);
      for (const key of TEXT_KEYS) expect(contrast(palette[key], palette.surface), `${theme} ${key} on surface`).toBeGreaterThanOrEqual(4.5);
      for (const key of MARK_KEYS) expect(contrast(palette[key], palette.background), `${theme} ${key}`).toBeGreaterThanOrEqual(3);
      for (const key of ['neutral', 'placeholderLight', 'damaged'] as const) expect(contrast(palette.onMark, palette[key]), `${theme} onMark on ${key}`).toBeGreaterThanOrEqual(3);
      // A filled button: its words on Shanghai blue, and on its hover colour.
      expect(contrast(palette.onMark, palette.shanghai), `${theme} button`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.onMark, palette.buttonHover), `${theme} button hovered`).toBeGreaterThanOrEqual(4.5);
    });
  }
});

describe('chart colours swap between themes', () => {
  it('each chart colour names one palette entry per theme, so a swap there and back is exact', () => {
    for (const key of CHART_KEYS) {
      const dark = themeColour(PALETTES.light[key], 'light', 'dark');
      expect(dark, key).toBe(PALETTES.dark[key]);
      expect(themeColour(dark, 'dark', 'light'), key).toBe(PALETTES.light[key]);
    }
    expect(themeColour('transparent', 'light', 'dark')).toBe('transparent');
  });

  const files = readdirSync(SNAPSHOTS).filter((name) => name.endsWith('.json'));
  it('has chart snapshots to recolour', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${file}: every colour the build writes becomes a dark palette colour, and back`, () => {
      const snapshot = JSON.parse(readFileSync(resolve(SNAPSHOTS, file), 'utf8')) as { config: { options?: unknown; data: { datasets: unknown } } };
      const light = snapshot.config;
      const written = hexColours(light);
      expect(written.length, 'a chart with no colour').toBeGreaterThan(0);
      const dark = recolour(structuredClone(light), 'light', 'dark');
      const darkValues = new Set<string>(Object.values(PALETTES.dark));
      expect(hexColours(dark).filter((colour) => !darkValues.has(colour.toUpperCase())), 'colours left light').toEqual([]);
      expect(recolour(structuredClone(dark), 'dark', 'light')).toEqual(light);
    });
  }
});
