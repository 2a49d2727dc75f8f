import type { Figure } from '../ledger/types.ts';

/** The words every omitted figure shows. */
export const OMITTED_TEXT = '原文未给出';

function numberText(value: number): string {
  const text = String(Math.abs(value));
  return value < 0 ? `−${text}` : text;
}

/** The number and unit as a slide shows them, with 近/余/约 kept where the article has them. */
export function formatValue(figure: Figure): string {
  const before = figure.approx === '近' || figure.approx === '约' ? figure.approx : '';
  const after = figure.approx === '余' ? '余' : '';
  switch (figure.status) {
    case 'omitted':
      return `${before}？${after}${figure.unit}`;
    case 'damaged':
      if (figure.value !== null && figure.bound === 'lower') return `${figure.value}${figure.unit}以上`;
      return `？${figure.unit}`;
    case 'derived':
      return `${figure.unit === '%' ? '' : '约'}${numberText(figure.value ?? Number.NaN)}${figure.unit}`;
    case 'stated':
      return `${before}${numberText(figure.value ?? Number.NaN)}${after}${figure.unit}`;
  }
}

/** What a placeholder says: the gap in words, or what a damaged figure prints. */
export function placeholderText(figure: Figure): string {
  if (figure.status === 'omitted') return OMITTED_TEXT;
  if (figure.status === 'damaged') return `原文显示“${figure.printed ?? ''}”，数字疑缺损`;
  return '';
}

/** The full inline text of a figure on a slide: the value, or the placeholder words. */
export function figureText(figure: Figure): string {
  if (figure.status === 'omitted') return `${formatValue(figure)}（${OMITTED_TEXT}）`;
  if (figure.status === 'damaged') {
    return figure.value !== null ? `${formatValue(figure)}（原文显示“${figure.printed ?? ''}”）` : `原文显示“${figure.printed ?? ''}”`;
  }
  return formatValue(figure);
}

export function isPlaceholder(figure: Figure): boolean {
  return figure.status === 'omitted' || figure.status === 'damaged';
}
