import type { DeckId } from '../../ledger/types.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { barChart } from '../builders/bar-chart.ts';
import { pairedBarChart, type PairedCategory } from '../builders/paired-bar-chart.ts';
import { statusChart, countByStatus, type StatusChartSpec } from '../builders/status-chart.ts';
import type { BarRow } from '../builders/options.ts';
import { figureText } from '../format.ts';
import { figureById } from '../lookup.ts';
import type { ChartSpec } from './spec.ts';

interface Common {
  readonly id: string;
  readonly deck: DeckId;
  readonly title: string;
  readonly height?: number;
}

function describeRows(kind: string, rows: readonly BarRow[]): string {
  return `${kind}：${rows.map((row) => `${row.label} ${figureText(figureById(row.figure))}`).join('；')}。`;
}

export function defineBarChart(spec: Common & { rows: readonly BarRow[]; unit: string; horizontal?: boolean }): ChartSpec {
  const horizontal = spec.horizontal ?? true;
  return {
    id: spec.id,
    deck: spec.deck,
    title: spec.title,
    unitLine: `单位：${spec.unit}`,
    figures: spec.rows.map((row) => row.figure),
    height: spec.height ?? 400,
    build: (options) => barChart({ rows: spec.rows, horizontal, unit: spec.unit }, figureById, options),
    describe: () => describeRows(`${spec.title}。条形图`, spec.rows),
  };
}

export function definePairedChart(
  spec: Common & { categories: readonly PairedCategory[]; unit: string; shanghaiLabel: string; yunnanLabel: string },
): ChartSpec {
  return {
    id: spec.id,
    deck: spec.deck,
    title: spec.title,
    unitLine: `单位：${spec.unit}`,
    figures: spec.categories.flatMap((category) => [category.shanghai, category.yunnan]),
    height: spec.height ?? 420,
    build: (options) => pairedBarChart(spec, figureById, options),
    describe: () =>
      `${spec.title}。分组条形图：${spec.categories
        .map((c) => `${c.label}，${spec.shanghaiLabel}${figureText(figureById(c.shanghai))}，${spec.yunnanLabel}${figureText(figureById(c.yunnan))}`)
        .join('；')}。`,
  };
}

export function defineStatusChart(spec: Common & StatusChartSpec): ChartSpec {
  return {
    id: spec.id,
    deck: spec.deck,
    title: spec.title,
    unitLine: '单位：项（本项目数字台账的条目数，不是原文数字）',
    figures: [],
    height: spec.height ?? 440,
    build: (options) => statusChart(spec, FIGURES, options),
    describe: () =>
      `${spec.title}。分组条形图：${spec.sections
        .map((s) => `${s.label}：${spec.statuses.map((st) => `${st.label}${countByStatus(FIGURES, s.deck, st.status)}项`).join('，')}`)
        .join('；')}。`,
  };
}
