import type { CoverageExclusion } from './types.ts';
import type { TextExclusion } from './typed-digits.ts';

/**
 * Digit runs in the article body that are not figures. Every other run of digits must lie
 * inside some ledger entry's quote (see coverage.ts). One place, each with its reason.
 */
export const COVERAGE_EXCLUSIONS: readonly CoverageExclusion[] = [
  { quote: '年6月,上海市第10批', reason: '“6月”是月份（年份缺失已记为 honghe-pu-arrival-year）。' },
  { quote: '第10批援滇干部', reason: '“第10批”是序数（上海市第10批援滇干部联络组），不是数量。' },
  { quote: '自年10月开始', reason: '“10月”是月份（年份缺失已记为 honghe-pairing-start-year）。' },
  { quote: '24年来,双方充分发挥比较优势', reason: '重复标题中的“24年”（honghe-pairing-years）。' },
  { quote: '24年来,两地党委', reason: '重复标题中的“24年”（honghe-pairing-years）。' },
  { quote: '仲夏7月', reason: '“7月”是记者采访的月份，不是数量。' },
  { quote: '以销促产,年7月', reason: '“7月”是月份（年份缺失已记为 lijiang-expo-year）。' },
  { quote: '“10·17扶贫日”', reason: '“10·17”是日期（10月17日，全国扶贫日）。' },
  { quote: '国和0社区商业中心', reason: '“国和0”是地名的一部分，不是数量；原文数字疑缺损，不作推测。' },
];

/**
 * Text written for the decks (titles, labels, notes, slides) that may carry digits that are not
 * ledger figures. Every other digit there must come from the ledger (see site/written-text.ts).
 */
export const TEXT_EXCLUSIONS: readonly TextExclusion[] = [
  { text: '10·17', reason: '“10·17扶贫日”是日期（10月17日，全国扶贫日），不是数量。' },
  { text: '6月，他奔赴云岭大地', reason: '“6月”是原文的月份（年份缺失已记为 honghe-pu-arrival-year）。' },
  { text: '第10批', reason: '“第10批”是原文的序数（上海市第10批援滇干部联络组），不是数量。' },
  { text: 'Shanghai’s 10th group', reason: 'The article’s ordinal (第10批, the 10th group of cadres), not a quantity.' },
  { text: '1 <span lang="zh-CN">万</span> = 10,000', reason: 'Unit conversion for English readers (1万 = 10,000).' },
  { text: '1 万 = 10,000', reason: 'Unit conversion for English readers (1万 = 10,000).' },
  { text: '×10,000', reason: 'Unit conversion for English readers: an amount in 万元 is ×10,000 yuan.' },
  { text: '1 mu ≈ 667 m²', reason: 'Unit conversion for English readers (1 mu ≈ 667 m²).' },
  { text: ' × 100 = ', reason: 'The constant of a percent-change formula, not a figure.' },
];
