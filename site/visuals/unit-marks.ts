import type { Figure } from '../../ledger/types.ts';
import { formatValue, type Lang } from '../../ledger/format.ts';
import { escapeHtml } from '../render-figure.ts';

/** The most marks a row holds and stays legible on a 1280×720 slide. */
export const MAX_UNIT_MARKS = 40;

const MARK = { width: 50, height: 170, gap: 16, top: 28 } as const;

/** The number of marks a count figure is drawn as; throws naming the file, slide and figure when it cannot be one mark each. */
export function unitMarkCount(figure: Figure, where: string): number {
  const value = figure.value;
  if (figure.status !== 'stated' || value === null || !Number.isInteger(value) || value < 1 || value > MAX_UNIT_MARKS) {
    throw new Error(`${where}, data-unit-marks “${figure.id}”: one mark per unit needs a stated whole number from 1 to ${MAX_UNIT_MARKS}; the ledger has ${figure.status} ${String(value)}`);
  }
  return value;
}

/** The row of marks in words, for assistive technology and the PowerPoint shape's name. */
export function unitMarksLabel(figure: Figure, count: number, lang: Lang, unitWords: string): string {
  return lang === 'en'
    ? `${count} equal marks, one per ${unitWords}: ${formatValue(figure, lang)}`
    : `${count}个相同的方块，每个代表一场${unitWords}：共${formatValue(figure, lang)}`;
}

/**
 * A row of equal marks, one per unit of a stated count (17 job fairs ⇒ 17 marks), drawn at build
 * time as SVG from the ledger value. The first mark carries a bracket: the slide's computed
 * per-unit figure (≈2871 jobs a fair) points at it. The count itself is printed once elsewhere on
 * the slide as its data-figure element; the row says it in words for assistive technology.
 */
export function unitMarksSvg(figure: Figure, count: number, lang: Lang, unitWords: string): string {
  const width = count * (MARK.width + MARK.gap) - MARK.gap;
  const height = MARK.top + MARK.height;
  const marks = Array.from({ length: count }, (_, index) => {
    const x = index * (MARK.width + MARK.gap);
    return `<rect class="unit-mark" x="${x}" y="${MARK.top}" width="${MARK.width}" height="${MARK.height}" rx="6"/>`;
  });
  const bracket = `<path class="unit-mark-bracket" d="M2 16 V6 H${MARK.width - 2} V16"/>`;
  const label = unitMarksLabel(figure, count, lang, unitWords);
  return (
    `<svg class="unit-marks-row" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}" data-drawn-from="${escapeHtml(figure.id)}" data-mark-count="${count}">` +
    bracket +
    marks.join('') +
    `</svg>`
  );
}
