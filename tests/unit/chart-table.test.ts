import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { chartTableHtml } from '../../site/chart-table.ts';
import { chartTable, tableCellText } from '../../site/model/chart-table.ts';
import { CHARTS, chartById } from '../../charts/catalog/index.ts';
import { GAP_CHART, LOWER_BOUND_CHART } from './chart-fixtures.ts';
import { figureById } from '../../ledger/lookup.ts';
import type { ChartSpec } from '../../charts/catalog/spec.ts';
import type { Lang } from '../../ledger/format.ts';

/** A catalog chart's table as the page writes it, from the table the deck model reads off the chart. */
const tableHtml = (spec: ChartSpec, lang: Lang = 'zh-CN'): string => chartTableHtml(spec.id, spec.text(lang).title, chartTable(spec, lang), lang);

describe('tableCellText', () => {
  it('gives a stated figure with its unit', () => {
    expect(tableCellText(figureById('honghe-shanghai-schools'))).toBe('16所');
  });

  it('reads an omitted figure as 原文未给出, never as a number', () => {
    const text = tableCellText(figureById('lijiang-expo-order-value'));
    expect(text).toBe('原文未给出');
  });

  it('reads a damaged figure as what the article prints', () => {
    expect(tableCellText(figureById('lijiang-hai-monthly-wage'))).toBe('原文显示“2元”，数字疑缺损');
  });

  it('keeps the legible lower bound of a damaged figure, with what is printed', () => {
    expect(tableCellText(figureById('lijiang-expo-sales'))).toBe('94万元以上（原文显示“94.万元”）');
  });
});

describe('chartTable', () => {
  it('lays out a bar chart as one row per bar', () => {
    const table = chartTable(LOWER_BOUND_CHART);
    expect(table.columns).toEqual(['数值']);
    expect(table.rows).toEqual([
      { label: '展销销售产品', cells: ['94万元以上（原文显示“94.万元”）'], data: [{ value: '94.万元', unit: '万元', status: 'damaged' }] },
      // The CSV download: an omitted figure has no value (never 0), a damaged one what the text prints.
      { label: '13份供货订单金额', cells: ['原文未给出'], data: [{ value: '', unit: '万元', status: 'omitted' }] },
      { label: '“10·17”展销订单', cells: ['原文未给出'], data: [{ value: '', unit: '万元', status: 'omitted' }] },
    ]);
    expect(table.caption).toContain('单位：万元');
  });

  it('lays out a paired chart with one column per side, labelled by side, not by colour', () => {
    const table = chartTable(chartById('honghe-pairs'));
    expect(table.columns).toEqual(['上海两区', '红河对口县']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['30所', '50所'],
      ['16所', '23所'],
    ]);
  });

  it('lays out the ledger status chart from the counts it draws', () => {
    const table = chartTable(chartById('overview-ledger-status'));
    expect(table.columns).toEqual(['给出', '未给出', '缺损']);
    expect(table.rows.map((row) => row.label)).toEqual(['引言', '红河', '丽江', '普洱', '西双版纳']);
    for (const row of table.rows) for (const cell of row.cells) expect(cell).toMatch(/^\d+项$/);
  });

  it('refuses a chart whose figures do not fill its categories × series', () => {
    const spec = chartById('honghe-pairs');
    const broken: ChartSpec = { ...spec, figures: spec.figures.slice(1) };
    expect(() => chartTable(broken)).toThrow(/honghe-pairs.*3 figures for 2 categories × 2 series/);
  });
});

describe('chartTableHtml', () => {
  for (const spec of CHARTS) {
    it(`${spec.id}: a “数据” toggle over a captioned table with row and column headers`, () => {
      const root = parse(tableHtml(spec));
      const details = root.querySelector('details.chart-table');
      expect(details?.getAttribute('data-chart-table')).toBe(spec.id);
      expect(details?.hasAttribute('open')).toBe(false);
      expect(root.querySelector('summary')?.textContent).toMatch(/^数据/);
      expect(root.querySelector('table caption')?.textContent).toContain(spec.title);
      const table = chartTable(spec);
      expect(root.querySelectorAll('thead th[scope="col"]').length).toBe(table.columns.length + 1);
      expect(root.querySelectorAll('tbody th[scope="row"]').map((th) => th.textContent)).toEqual(table.rows.map((row) => row.label));
      expect(root.querySelectorAll('tbody td').map((td) => td.textContent)).toEqual(table.rows.flatMap((row) => row.cells));
    });
  }

  it('escapes markup in labels', () => {
    const spec = LOWER_BOUND_CHART;
    const html = tableHtml({ ...spec, text: () => ({ title: '<b>“x”</b> & y', unitLine: '单位：<i>' }) });
    expect(html).toContain('&lt;b&gt;“x”&lt;/b&gt; &amp; y');
    expect(html).toContain('单位：&lt;i&gt;');
    expect(html).not.toMatch(/<[bi]>/);
  });

  it('speaks the English edition’s words in an English deck', () => {
    const html = tableHtml(LOWER_BOUND_CHART, 'en');
    const root = parse(html);
    expect(root.querySelector('summary')?.textContent).toMatch(/^Data/);
    expect(root.querySelectorAll('td').map((td) => td.textContent)).toContain('not given in the article');
    expect(html).not.toContain('原文未给出');
  });

  it('shows no 0 for an omitted figure', () => {
    const html = tableHtml(GAP_CHART);
    const cells = parse(html).querySelectorAll('td').map((td) => td.textContent);
    expect(cells).toEqual(['4.88万个', '原文未给出']);
  });
});
