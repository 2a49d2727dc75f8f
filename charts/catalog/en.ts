/**
 * The English edition of every chart, by chart id: its title (the message), the labels of its
 * rows or categories in order, the axis unit, and for paired or status charts the series names.
 * A test fails when a chart has no entry here or the label count differs.
 */
export interface ChartEnglish {
  readonly title: string;
  readonly labels: readonly string[];
  readonly unit: string;
  readonly series?: readonly string[];
  /** Paired charts: short side names written on the bars. */
  readonly shortLabels?: readonly [string, string];
}

export const CHARTS_EN: Readonly<Record<string, ChartEnglish>> = {
  'overview-ledger-status': {
    title: 'The article leaves out more figures than it gives',
    labels: ['Introduction', 'Honghe', 'Lijiang', 'Pu’er', 'Xishuangbanna'],
    unit: 'entries',
    series: ['given', 'not given', 'damaged'],
  },
  'honghe-pairs': {
    title: 'Health and school pairs: fewer on the Shanghai side, more in the counties',
    labels: ['Medical institutions ↔ hospitals and clinics', 'Schools ↔ schools'],
    unit: 'institutions and schools',
    series: ['Two Shanghai districts', 'Honghe partner counties'],
    shortLabels: ['Shanghai', 'Honghe'],
  },
  'puer-sugarcane-yield': {
    title: 'After the drought, Jinggu cane yields per mu fell',
    labels: ['Usual years', 'After the drought'],
    unit: 't/mu',
  },
};
