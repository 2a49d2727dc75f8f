import { CSS_TOKENS, PALETTES } from '../../charts/palette.ts';

/** The colour tokens a thumbnail draws with (it writes their light colours as SVG attributes, draw.ts and marks.ts). */
const THUMBNAIL_TOKENS: readonly string[] = ['--c-bg', '--c-surface', '--c-text', '--c-muted', '--c-rule', '--c-shanghai', '--c-yunnan', '--c-placeholder', '--c-damaged'];

/**
 * The gallery's rules that draw each thumbnail colour as its token, so a thumbnail follows the page's
 * theme like the slide it shows (a CSS rule wins over an SVG presentation attribute). Written into
 * assets/theme/gallery.css; tests/unit/palette-tokens.test.ts checks the file holds exactly these.
 */
export function thumbnailThemeRules(): string {
  return THUMBNAIL_TOKENS.flatMap((name) => {
    const key = CSS_TOKENS.find(([token]) => token === name)?.[1];
    if (!key) throw new Error(`site/thumbnail/theme-css.ts: ${name} is no colour token of charts/palette.ts (CSS_TOKENS)`);
    const light = PALETTES.light[key];
    return [`.deck-thumb [fill="${light}"] { fill: var(${name}); }`, `.deck-thumb [stroke="${light}"] { stroke: var(${name}); }`];
  }).join('\n');
}
