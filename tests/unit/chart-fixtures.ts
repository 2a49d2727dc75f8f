import { defineBarChart } from '../../charts/catalog/define.ts';
import type { ChartSpec } from '../../charts/catalog/spec.ts';
import type { ChartEnglish } from '../../charts/catalog/en.ts';

/**
 * Bar charts with a gap and a lower bound, for tests of the builders, the data table and the
 * PowerPoint export. The decks no longer place them (a chart with one known value is a hero
 * number or a designed visual: jobs-offered, expo-sales), but the builders still handle every kind.
 */
export const LOWER_BOUND_CHART: ChartSpec = defineBarChart({
  id: 'lijiang-expo-sales',
  deck: 'lijiang',
  title: '赴沪展销卖出{lijiang-expo-sales}，订单金额都没有给出',
  unit: '万元',
  rows: [
    { label: '展销销售产品', figure: 'lijiang-expo-sales' },
    { label: '{lijiang-expo-supply-orders}供货订单金额', figure: 'lijiang-expo-order-value' },
    { label: '“10·17”展销订单', figure: 'lijiang-poverty-day-order-value' },
  ],
  en: {
    title: 'Fair sales are known only as a lower bound; the order values are not given',
    labels: ['Products sold at the fair', 'Value of {lijiang-expo-supply-orders}', 'Orders on “10·17” day'],
    unit: 'yuan',
  },
});

export const GAP_CHART_EN: ChartEnglish = {
  title: 'Job-fair jobs are given; the public-service jobs are not',
  labels: ['Jobs offered at the job fairs', 'Rural public-service jobs created'],
  unit: 'jobs',
};

export const GAP_CHART: ChartSpec = defineBarChart({
  id: 'xishuangbanna-jobs',
  deck: 'xishuangbanna',
  title: '招聘会提供岗位{xishuangbanna-jobs-offered}，公共服务岗位数没有给出',
  unit: '万个',
  height: 330,
  rows: [
    { label: '专场招聘会累计提供岗位', figure: 'xishuangbanna-jobs-offered' },
    { label: '开发乡村公共服务岗位', figure: 'xishuangbanna-public-service-jobs' },
  ],
  en: GAP_CHART_EN,
});
