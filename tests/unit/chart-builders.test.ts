import { withoutPhraseBreaks } from '../../charts/phrases.ts';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../charts/builders/bar-chart.ts';
import { pairedBarChart } from '../../charts/builders/paired-bar-chart.ts';
import { statusChart } from '../../charts/builders/status-chart.ts';
import { DEFAULT_BUILD_OPTIONS } from '../../charts/builders/options.ts';
import { CHARTS } from '../../charts/catalog/index.ts';
import { GAP_CHART } from './chart-fixtures.ts';
import { figureById } from '../../ledger/lookup.ts';
import { FIGURES } from '../../ledger/figures.ts';

const options = DEFAULT_BUILD_OPTIONS;

describe('barChart', () => {
  const config = barChart(
    {
      horizontal: true,
      unit: '万元',
      rows: [
        { label: '销售', figure: 'lijiang-expo-sales' },
        { label: '订单金额', figure: 'lijiang-expo-order-value' },
      ],
    },
    figureById,
    options,
  );

  it('draws no bar for an omitted figure, never 0', () => {
    expect(config.data.datasets[0]?.data).toEqual([94, null]);
  });

  it('marks the omitted figure with a placeholder and the lower bound with an open end', () => {
    // The words carry the build's phrase marks (charts/phrases.ts); as text they read the same.
    expect(config.options?.plugins?.placeholderMarks?.marks?.map((mark) => ({ ...mark, text: withoutPhraseBreaks(mark?.text ?? "") }))).toEqual([
      { index: 0, kind: 'open-end', question: '', text: '94万元以上（原文显示“94.万元”）' },
      { index: 1, kind: 'omitted', question: '？', text: '原文未给出' },
    ]);
  });

  it('starts the value axis at zero', () => {
    expect(config.options?.scales?.x).toMatchObject({ beginAtZero: true, min: 0 });
  });

  it('writes stated values on the bars', () => {
    const jobs = barChart({ horizontal: true, unit: '万个', rows: [{ label: '岗位', figure: 'xishuangbanna-jobs-offered' }] }, figureById, options);
    expect(jobs.options?.plugins?.valueLabels?.labels).toEqual([['4.88万个']]);
  });

  it('marks a damaged figure without a legible value as damaged, showing what is printed', () => {
    const income = barChart({ horizontal: true, unit: '元', rows: [{ label: '工资', figure: 'lijiang-hai-monthly-wage' }] }, figureById, options);
    expect(income.data.datasets[0]?.data).toEqual([null]);
    expect(income.options?.plugins?.placeholderMarks?.marks?.map((mark) => ({ ...mark, text: withoutPhraseBreaks(mark?.text ?? "") }))).toEqual([{ index: 0, kind: 'damaged', question: '？', text: '原文显示“2元”，数字疑缺损' }]);
  });

  it('refuses two units on one axis', () => {
    expect(() =>
      barChart(
        { horizontal: true, unit: '万个', rows: [{ label: '招聘会', figure: 'xishuangbanna-job-fairs' }, { label: '岗位', figure: 'xishuangbanna-jobs-offered' }] },
        figureById,
        options,
      ),
    ).toThrow('chart axis in “万个” cannot show xishuangbanna-job-fairs in “场”: one unit per axis');
  });

  it('builds a still chart: animation and pixel ratio are set by the page when it draws', () => {
    expect(config.options?.animation).toBe(false);
    expect(config.options).not.toHaveProperty('devicePixelRatio');
  });
});

describe('pairedBarChart', () => {
  it('puts Shanghai and Yunnan side by side in their fixed colours', () => {
    const config = pairedBarChart(
      {
        unit: '所',
        shanghaiLabel: '上海',
        yunnanLabel: '对口县',
        categories: [
          { label: '医疗', shanghai: 'honghe-shanghai-medical-institutions', yunnan: 'honghe-county-hospitals' },
          { label: '学校', shanghai: 'honghe-shanghai-schools', yunnan: 'honghe-county-schools' },
        ],
      },
      figureById,
      options,
    );
    expect(config.data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['上海', [30, 16], '#0072B2'],
      ['对口县', [50, 23], '#C4501A'],
    ]);
  });
});

describe('statusChart', () => {
  it('counts ledger entries per section and status', () => {
    const config = statusChart(
      { sections: [{ deck: 'lijiang', label: '丽江' }], statuses: [{ status: 'stated', label: '给出' }, { status: 'omitted', label: '未给出' }, { status: 'damaged', label: '缺损' }] },
      FIGURES,
      options,
    );
    expect(config.data.datasets.map((d) => d.data)).toEqual([[4], [12], [4]]);
  });
});

describe('the chart catalog', () => {
  it('builds every chart and describes its data in words, placeholders included', () => {
    for (const chart of CHARTS) {
      expect(() => chart.build(options), chart.id).not.toThrow();
      expect(chart.describe().length, chart.id).toBeGreaterThan(10);
    }
    expect(GAP_CHART.describe()).toContain('4.88万个');
    expect(GAP_CHART.describe()).toContain('原文未给出');
  });
});

describe('chart configurations travel as JSON', () => {
  it('builds every chart in both languages as plain data that survives JSON unchanged', async () => {
    const { serializeChartConfig, parseChartConfig } = await import('../../charts/config-json.ts');
    for (const chart of CHARTS) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const config = chart.build({ ...options, lang });
        const text = serializeChartConfig(config, chart.id);
        expect(text, chart.id).not.toContain('</');
        expect(parseChartConfig(text, chart.id), chart.id).toEqual(config);
      }
    }
  });

  it('refuses a configuration with a function in it, naming the chart and the option', async () => {
    const { serializeChartConfig } = await import('../../charts/config-json.ts');
    const config = barChart({ horizontal: true, unit: '万亩', rows: [{ label: '面积', figure: 'puer-rubber-insured-area' }] }, figureById, options);
    const broken = { ...config, options: { ...config.options, onClick: () => undefined } };
    expect(() => serializeChartConfig(broken, 'puer-rubber')).toThrow('chart “puer-rubber”: option “onClick” is a function and cannot travel as JSON');
  });
});
