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
    categories: [
      { label: '医疗机构 ↔ 医院和乡镇卫生院', shanghai: 'honghe-shanghai-medical-institutions', yunnan: 'honghe-county-hospitals' },
      { label: '学校 ↔ 学校', shanghai: 'honghe-shanghai-schools', yunnan: 'honghe-county-schools' },
    ],
  }),
  defineBarChart({
    id: 'lijiang-expo-sales',
    deck: 'lijiang',
    title: '赴沪展销卖出94万元以上，订单金额都没有给出',
    unit: '万元',
    rows: [
      { label: '展销销售产品', figure: 'lijiang-expo-sales' },
      { label: '13份供货订单金额', figure: 'lijiang-expo-order-value' },
      { label: '“10·17”展销订单', figure: 'lijiang-poverty-day-order-value' },
    ],
  }),
  defineBarChart({
    id: 'lijiang-project-funds',
    deck: 'lijiang',
    title: '食用菌项目的两笔资金，原文都没有金额',
    unit: '万元',
    height: 300,
    rows: [
      { label: '杨浦区项目资金', figure: 'lijiang-yangpu-project-funds', side: 'shanghai' },
      { label: '永胜县配套资金', figure: 'lijiang-yongsheng-matching-funds' },
    ],
  }),
  defineBarChart({
    id: 'lijiang-hai-income',
    deck: 'lijiang',
    title: '海玉兰的收入：三个数字一个也不能用',
    unit: '元',
    height: 320,
    rows: [
      { label: '每月工资', figure: 'lijiang-hai-monthly-wage' },
      { label: '去年分红款', figure: 'lijiang-hai-dividend' },
      { label: '去年补助', figure: 'lijiang-hai-subsidy' },
    ],
  }),
  defineBarChart({
    id: 'puer-rubber-insured-area',
    deck: 'puer',
    title: '橡胶投保面积达10万亩',
    unit: '万亩',
    height: 300,
    rows: [{ label: '天然橡胶投保面积', figure: 'puer-rubber-insured-area' }],
  }),
  defineBarChart({
    id: 'puer-sugarcane-yield',
    deck: 'puer',
    title: '受旱后，景谷蔗农亩产从5吨降到3.5吨',
    unit: '吨/亩',
    horizontal: false,
    height: 420,
    rows: [
      { label: '往年平均', figure: 'puer-sugarcane-yield-before', side: 'neutral' },
      { label: '受旱后', figure: 'puer-sugarcane-yield-drought' },
    ],
  }),
  defineBarChart({
    id: 'xishuangbanna-jobs',
    deck: 'xishuangbanna',
    title: '招聘会提供岗位4.88万个，公共服务岗位数没有给出',
    unit: '万个',
    height: 420,
    rows: [
      { label: '专场招聘会累计提供岗位', figure: 'xishuangbanna-jobs-offered' },
      { label: '开发乡村公共服务岗位', figure: 'xishuangbanna-public-service-jobs' },
    ],
  }),
  defineBarChart({
    id: 'xishuangbanna-people',
    deck: 'xishuangbanna',
    title: '走出大山的人有多少？两个人数都没有给出',
    unit: '人',
    height: 300,
    rows: [
      { label: '实现转移就业贫困劳动力', figure: 'xishuangbanna-transferred-workers' },
      { label: '赴松江研修培训专业技术人员', figure: 'xishuangbanna-trained-technicians' },
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
