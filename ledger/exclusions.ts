import type { CoverageExclusion } from './types.ts';

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
