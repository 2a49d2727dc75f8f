import type { Lang } from '../../contracts/lang.ts';
import { escapeHtml } from '../render-figure.ts';

const MARK = { width: 50, height: 170, gap: 16, top: 28 } as const;

/** The row of marks in words, for assistive technology and the PowerPoint shape's name. */
export function unitMarksLabel(value: string, count: number, lang: Lang, unitWords: string): string {
  return lang === 'en'
    ? `${count} equal marks, one per ${unitWords}: ${value}`
    : `${count}个相同的方块，每个代表一场${unitWords}：共${value}`;
}

/**
 * A row of equal marks, one per unit of a stated count (17 job fairs ⇒ 17 marks), drawn at build
 * time as SVG from the deck model's unit-marks block (its count checked against the ledger there). The first mark carries a bracket: the slide's computed
 * per-unit figure (≈2871 jobs a fair) points at it. The count itself is printed once elsewhere on
 * the slide as its data-figure element; the row says it in words for assistive technology.
 */
export function unitMarksSvg(figure: string, count: number, label: string): string {
  const width = count * (MARK.width + MARK.gap) - MARK.gap;
  const height = MARK.top + MARK.height;
  const marks = Array.from({ length: count }, (_, index) => {
    const x = index * (MARK.width + MARK.gap);
    return `<rect class="unit-mark" x="${x}" y="${MARK.top}" width="${MARK.width}" height="${MARK.height}" rx="6"/>`;
  });
  const bracket = `<path class="unit-mark-bracket" d="M2 16 V6 H${MARK.width - 2} V16"/>`;
  return (
    `<svg class="unit-marks-row" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" data-drawn-from="${escapeHtml(figure)}" data-mark-count="${count}">` +
    bracket +
    marks.join('') +
    `</svg>`
  );
}
