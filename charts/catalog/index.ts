import type { ChartSpec } from './spec.ts';
import { defineBarChart, definePairedChart, defineStatusChart } from './define.ts';

/** Every chart of every deck, by id. Slides place them with <figure data-chart="id">. */
export const CHARTS: readonly ChartSpec[] = [
  defineStatusChart({
    id: 'overview-ledger-status',
    deck: 'overview',
    title: '原文的数字，缺得比给出的多',
    sections: [
      { deck: 'overview', label: '引言' },
      { deck: 'honghe', label: '红河' },
      { deck: 'lijiang', label: '丽江' },
      { deck: 'puer', label: '普洱' },
      { deck: 'xishuangbanna', label: '西双版纳' },
    ],
    statuses: [
      { status: 'stated', label: '给出' },
      { status: 'omitted', label: '未给出' },
      { status: 'damaged', label: '缺损' },
    ],
    height: 440,
  }),
  definePairedChart({
    id: 'honghe-pairs',
    deck: 'honghe',
    title: '医疗、教育结对：上海一方少，对口县一方多',
    unit: '所',
    shanghaiLabel: '上海两区',
    yunnanLabel: '红河对口县',
    shortLabels: ['上海', '红河'],
    // The speaker shows the Shanghai side first, then the county side.
    steps: 'series',
    categories: [
      { label: '医疗机构 ↔ 医院和乡镇卫生院', shanghai: 'honghe-shanghai-medical-institutions', yunnan: 'honghe-county-hospitals' },
      { label: '学校 ↔ 学校', shanghai: 'honghe-shanghai-schools', yunnan: 'honghe-county-schools' },
    ],
  }),
  defineBarChart({
    id: 'puer-sugarcane-yield',
    deck: 'puer',
    // The bars say 5吨/亩 and 3.5吨/亩: the title says the point without the unit again.
    title: '受旱后，景谷蔗农亩产下降',
    unit: '吨/亩',
    horizontal: false,
    height: 330,
    // Usual years first, then the drought year (the slide's computed change follows as a fragment of its own).
    steps: 'bars',
    rows: [
      { label: '往年平均', figure: 'puer-sugarcane-yield-before', side: 'neutral' },
      { label: '受旱后', figure: 'puer-sugarcane-yield-drought' },
    ],
  }),
];

const BY_ID = new Map(CHARTS.map((chart) => [chart.id, chart]));

/** The chart with this id; throws naming the id when there is none. */
export function chartById(id: string): ChartSpec {
  const chart = BY_ID.get(id);
  if (!chart) throw new Error(`charts/catalog: no chart with id “${id}”; known: ${[...BY_ID.keys()].join(', ')}`);
  return chart;
}

export type { ChartSpec } from './spec.ts';
export { catalogProblems } from './define.ts';
