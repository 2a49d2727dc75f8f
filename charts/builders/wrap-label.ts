import type { Lang } from '../../ledger/format.ts';

/**
 * Splits a category label into lines so long labels are not clipped by the axis:
 * at spaces where the label has them (English, or Chinese like “医疗机构 ↔ 医院”), else every few characters.
 */
export function wrapLabel(label: string, lang: Lang, width = lang === 'en' ? 20 : 12): string | string[] {
  if ([...label].length <= width) return label;
  if (lang !== 'en' && !label.includes(' ')) {
    // Balanced lines (7 + 6, not 12 + 1), so no line is a lone character.
    const chars = [...label];
    const per = Math.ceil(chars.length / Math.ceil(chars.length / width));
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += per) lines.push(chars.slice(i, i + per).join(''));
    return lines;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line !== '' && [...`${line} ${word}`].length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
