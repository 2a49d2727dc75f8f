const CLOSING = /^[”’」』）》，。、：；！？)\],.:;!?]/;

/** Breaks text into lines no wider than maxWidth: between words, or between CJK characters (never before closing punctuation). */
export function breakLines(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  // Words where there are spaces; in Chinese, characters, but a quoted term (“94.万元”) or a number stays whole.
  const units = text.includes(' ') ? text.split(/(?<= )/) : (text.match(/“[^”]*”|[\d.,%]+[^\s“”（）()，。、]?|./gu) ?? [text]);
  const lines: string[] = [];
  let line: string[] = [];
  const width = (parts: readonly string[]): number => measure(parts.join('').trimEnd());
  for (const unit of units) {
    if (line.length > 0 && width([...line, unit]) > maxWidth) {
      if (!CLOSING.test(unit)) {
        lines.push(line.join('').trimEnd());
        line = [unit];
        continue;
      }
      // Closing punctuation never starts a line: the unit before it moves down with it.
      if (line.length > 1) {
        const last = line.pop() ?? '';
        lines.push(line.join('').trimEnd());
        line = [last, unit];
        continue;
      }
    }
    line.push(unit);
  }
  if (line.join('').trim() !== '') lines.push(line.join('').trimEnd());
  return lines;
}
