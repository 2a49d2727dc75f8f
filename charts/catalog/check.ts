import { englishUnitProblem, unitScale } from '../../ledger/units.ts';
import { CHARTS_EN, type ChartEnglish } from './en.ts';
import type { ChartSpec } from './spec.ts';

/**
 * Each chart of figures names, in English, a unit that may stand for the unit its figures are
 * plotted in (ledger/units.ts): the English axis plots the figures multiplied out (4.88万 ⇒ 48,800),
 * so “jobs” for 万个 and never “million jobs”. One line per problem, naming file, chart and field.
 */
export function chartEnglishUnitProblems(charts: readonly ChartSpec[], english: Readonly<Record<string, ChartEnglish>> = CHARTS_EN): string[] {
  return charts.flatMap((chart) => {
    if (chart.unit === undefined) return [];
    const en = english[chart.id];
    if (!en) return [`charts/catalog/en.ts: chart “${chart.id}”: no English entry`];
    const problem = englishUnitProblem(chart.unit, en.unit, unitScale(chart.unit));
    return problem ? [`charts/catalog/en.ts: chart “${chart.id}”, field “unit”: ${problem.problem}`] : [];
  });
}
