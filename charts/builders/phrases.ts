import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Parser } from 'budoux';
import { PHRASE_BREAK, QUOTED_TERM, withoutPhraseBreaks } from '../phrases.ts';

/**
 * Chinese phrase boundaries, found at build time (Node only: the browser gets the result as <wbr>
 * or PHRASE_BREAK marks, never BudouX itself).
 *
 * A line may break between two characters only where all of these agree:
 * - BudouX (Simplified Chinese model) ends a phrase there;
 * - the break is not inside a word of the ICU dictionary (Intl.Segmenter), so “橡胶”, “宁洱” stay whole
 *   where BudouX alone would split them;
 * - it is not inside a term of KEEP_TOGETHER (names, places, stock phrases BudouX and ICU both cut);
 * - it is not next to a digit inside a number, between a number and its unit (“57名”, “？万元”),
 *   after 近/约/余/逾/第 before a number, before closing or after opening punctuation.
 * A break is added at the edges of a KEEP_TOGETHER term, so “原文未给出” is a phrase of its own.
 */
const KEEP_TOGETHER = [
  '未给出', '给出', '疑缺损',
  '宁洱', '西双版纳', '景洪', '勐海', '勐腊', '红河', '丽江', '普洱', '玉龙', '蒲永锴', '上海兵',
  '沪滇', '对口帮扶', '扶贫协作', '橡胶', '岗位', '当好', '绞股蓝',
];

/** Stock phrases that are also phrases of their own: a break is allowed at their edges. */
const STOCK_PHRASES = ['原文未给出', '原文显示', '数字疑缺损'];

const HAN = /[\p{Script=Han}]/u;
const OPENING = /[“‘「『（《〈【〔(\[]/;
const CLOSING_CHAR = /[”’」』）》〉】〕，。、：；！？)\],.:;!?%·]/;
const DIGIT = /[0-9０-９]/;
const NUMBER_PART = /[0-9０-９.,，．]/;
/** Units and counters that follow a number (“4.88万个”, “？万元”, “20余载”): kept with it. */
const UNIT = /[万亿千百十余多元个户人名所亩吨年月日天次批场家项只台斤公里米期届倍岁座条张栋村乡镇县州市载]/;
const PLACE_SUFFIX = /[县州市]/;
/** Words that belong to the number after them. */
const BEFORE_NUMBER = /[近约余逾超第共达]/;

/**
 * BudouX's Simplified Chinese parser: what `loadDefaultSimplifiedChineseParser()` returns, without
 * the package's HTML half, whose DOM library (linkedom) takes two seconds to load in every build and
 * test run. Same Parser class, same zh-hans model (tests/unit/typesetting.test.ts compares the two).
 */
function loadParser(): Parser {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('budoux'));
  const { Parser: ParserClass } = require(join(dist, 'parser.js')) as { Parser: new (model: unknown) => Parser };
  const { model } = require(join(dist, 'data/models/zh-hans.js')) as { model: unknown };
  return new ParserClass(model);
}

let parser: Parser | undefined;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

function budouxBoundaries(text: string): Set<number> {
  parser ??= loadParser();
  const at = new Set<number>();
  let offset = 0;
  for (const phrase of parser.parse(text)) {
    offset += phrase.length;
    at.add(offset);
  }
  return at;
}

/** Offsets strictly inside an ICU dictionary word or a KEEP_TOGETHER term (no break there), and the edges of those terms. */
function protectedSpans(text: string): { inside: Set<number>; edges: Set<number> } {
  const inside = new Set<number>();
  const edges = new Set<number>();
  for (const { segment, index } of segmenter.segment(text)) {
    if (segment.length > 1 && HAN.test(segment)) for (let i = index + 1; i < index + segment.length; i++) inside.add(i);
  }
  // A short quoted term (“上海兵”, “94.万元”) stays whole, as on the slides (site/keep-terms.ts).
  for (const match of text.matchAll(QUOTED_TERM)) for (let i = match.index + 1; i < match.index + match[0].length; i++) inside.add(i);
  for (const term of [...KEEP_TOGETHER, ...STOCK_PHRASES]) {
    const stock = STOCK_PHRASES.includes(term);
    for (let from = text.indexOf(term); from !== -1; from = text.indexOf(term, from + 1)) {
      for (let i = from + 1; i < from + term.length; i++) inside.add(i);
      if (stock) {
        edges.add(from);
        edges.add(from + term.length);
      }
    }
  }
  for (const edge of edges) if (inside.has(edge)) edges.delete(edge);
  return { inside, edges };
}

/** Whether a line may break between text[at - 1] and text[at] at all (in any language). */
function breakable(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  if (before === '' || after === '' || /\s/.test(before) || /\s/.test(after)) return false;
  // Only between two Chinese characters, or a Chinese character and something else: English words break at spaces.
  if (!HAN.test(before) && !HAN.test(after) && !CLOSING_CHAR.test(before) && !OPENING.test(after)) return false;
  if (CLOSING_CHAR.test(after) || OPENING.test(before)) return false;
  if (NUMBER_PART.test(before) && DIGIT.test(after)) return false;
  // A decimal point or separator after a digit is part of the number (“94.万元”).
  if (/[.,，．]/.test(before) && DIGIT.test(text[at - 2] ?? '')) return false;
  // A number (or “？”) with its unit: “57名”, “4.88万个”, “？万元”, “10·17”.
  if (DIGIT.test(before) || before === '？' || before === '?') return false;
  if (UNIT.test(before) && UNIT.test(after) && unitRunAfterNumber(text, at)) return false;
  if (BEFORE_NUMBER.test(before) && (DIGIT.test(after) || after === '？')) return false;
  if (after === '·' || before === '·') return false;
  // A place name keeps its suffix: “宁洱县”, “西双版纳州”.
  if (PLACE_SUFFIX.test(after) && HAN.test(before)) return false;
  return true;
}

/** Whether text[at - 1] is part of a short run of units right after a number (“？万|元”: no break). */
function unitRunAfterNumber(text: string, at: number): boolean {
  let start = at - 1;
  while (start > 0 && UNIT.test(text[start - 1] ?? '') && at - start < 3) start--;
  return /(?:[0-9０-９][0-9０-９.,．]*|[？?])$/.test(text.slice(0, start));
}

/** Offsets where a line may break in the text: BudouX's phrase ends, refined by the rules above. */
export function phraseBoundaries(text: string): number[] {
  const plain = withoutPhraseBreaks(text);
  if (!HAN.test(plain)) return [];
  const budoux = budouxBoundaries(plain);
  const { inside, edges } = protectedSpans(plain);
  const result: number[] = [];
  for (let at = 1; at < plain.length; at++) {
    if (inside.has(at) || !breakable(plain, at)) continue;
    if (budoux.has(at) || edges.has(at)) result.push(at);
  }
  return result;
}

/** The phrases of a text, joined they are the text (without marks). */
export function phrases(text: string): string[] {
  const plain = withoutPhraseBreaks(text);
  const parts: string[] = [];
  let last = 0;
  for (const at of phraseBoundaries(plain)) {
    parts.push(plain.slice(last, at));
    last = at;
  }
  parts.push(plain.slice(last));
  return parts.filter((part) => part !== '');
}

/** The text with PHRASE_BREAK between its Chinese phrases (idempotent; English text is returned as is). */
export function markPhrases(text: string): string {
  return phrases(text).join(PHRASE_BREAK);
}
