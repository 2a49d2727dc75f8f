const CLOSING = /^[”’」』）》，。、：；！？)\],.:;!?]/;

/** Breaks text into lines no wider than maxWidth: between words, or between CJK characters (never before closing punctuation). */
export function breakLines(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  // Words where there are spaces; in Chinese, characters, but a quoted term (“94.万元”) or a number stays whole.
  const units = text.includes(' ') ? text.split(/(?<= )/) : (text.match(/“[^”]*”|[\d.,%]+[^\s“”（）()，。、]?|./gu) ?? [text]);
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line !== '' && measure((line + unit).trimEnd()) > maxWidth && !CLOSING.test(unit)) {
      lines.push(line.trimEnd());
      line = unit;
    } else line += unit;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
