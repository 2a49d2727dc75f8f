import { escapeHtml } from '../render-figure.ts';

/** Where the legible bound sits along the bar (the rest is the open end), in viewBox units of 1000. */
const BOUND_AT = 600;

/**
 * A lower bound as a mark that reads “at least”: a solid bar up to the legible value, then the same
 * bar fading out and ending in an arrow, with no axis (its length is not to scale against anything).
 * Above it, the figure as a data-figure element (“94万元以上”, with what is printed, “94.万元”),
 * filled by the build like every figure. Drawn at build time as SVG.
 */
export function openBoundHtml(figure: string): string {
  const fade = `open-bound-fade-${figure}`;
  const svg =
    `<svg class="open-bound-bar" viewBox="0 0 1000 96" aria-hidden="true" focusable="false">` +
    `<defs><linearGradient id="${escapeHtml(fade)}" x1="0" x2="1" y1="0" y2="0"><stop offset="0" class="open-bound-stop-from"/><stop offset="1" class="open-bound-stop-to"/></linearGradient></defs>` +
    `<rect class="open-bound-solid" x="0" y="20" width="${BOUND_AT}" height="56"/>` +
    `<rect class="open-bound-open" x="${BOUND_AT}" y="20" width="${1000 - BOUND_AT - 60}" height="56" fill="url(#${escapeHtml(fade)})"/>` +
    `<path class="open-bound-arrow" d="M${1000 - 62} 30 L${1000 - 4} 48 L${1000 - 62} 66"/>` +
    `<line class="open-bound-tick" x1="${BOUND_AT}" x2="${BOUND_AT}" y1="4" y2="92"/>` +
    `</svg>`;
  return `<p class="open-bound-label"><span data-figure="${escapeHtml(figure)}"></span></p>${svg}`;
}
