import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '../../ledger/format.ts';
import type { ChartSpec } from './spec.ts';

/**
 * The chart rules of README “Story and chart rules” that can be checked on a chart's built
 * configuration, in one language. Each problem names the chart, the language and the rule.
 * tests/unit/chart-rules.test.ts runs them over the whole catalog, both languages.
 */
export function chartRuleProblems(spec: ChartSpec, lang: Lang): string[] {
  const config = spec.build({ font: 'sans-serif', lang });
  const where = `charts/catalog: chart “${spec.id}” (${lang})`;
  const problems: string[] = [];

  const plotted = config.data.datasets.flatMap((dataset) => dataset.data).filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  if (plotted.length <= 1) problems.push(`${where}: plots ${plotted.length} known value${plotted.length === 1 ? '' : 's'}; a chart with one known value is a hero number (or a designed visual), not a one-bar chart`);

  const statements = unitStatements(spec, config, lang);
  if (statements.length > 1) problems.push(`${where}: states its unit ${statements.length} times (${statements.join(', ')}); state it once`);

  if (everyBarLabelled(config) && valueAxisShown(config)) problems.push(`${where}: every bar carries its value, but the value axis still shows ticks or grid lines; leave the axis out`);
  return problems;
}

/** The unit alone, from the chart's unit line (“单位：吨/亩” ⇒ “吨/亩”). */
function unitOf(spec: ChartSpec, lang: Lang): string {
  return spec.text(lang).unitLine.replace(/^(单位：|Unit: )/, '').replace(/[（(].*$/, '').trim();
}

/** Where the chart says its unit: the title, the axis title, the value labels, the line under it. */
function unitStatements(spec: ChartSpec, config: ChartConfiguration<'bar'>, lang: Lang): string[] {
  const unit = unitOf(spec, lang);
  // 吨/亩 is also said by “5吨” in a title: its first part counts.
  const head = unit.split('/')[0] ?? unit;
  const titleSays = lang === 'en' ? new RegExp(`\\d\\s*${escapeRegExp(head)}\\b`).test(spec.text(lang).title) : spec.text(lang).title.includes(head);
  const scales = Object.values(config.options?.scales ?? {});
  const axisSays = scales.some((scale) => scale && 'title' in scale && scale.title?.display === true);
  const labels = (config.options?.plugins?.valueLabels?.labels ?? []).flat().filter((label): label is string => typeof label === 'string' && label !== '');
  // A label carries a unit when words follow its number (“上海 30所”, “5 t/mu”), not when it ends in the number (“给出 9”).
  const labelsSay = labels.length > 0 && labels.every((label) => /\d[^\d]*[^\d\s]$/.test(label));
  return [
    ...(titleSays ? ['title'] : []),
    ...(axisSays ? ['axis title'] : []),
    ...(labelsSay ? ['value labels'] : []),
    ...(spec.unitLineShown ? ['unit line'] : []),
  ];
}

function everyBarLabelled(config: ChartConfiguration<'bar'>): boolean {
  const labels = config.options?.plugins?.valueLabels?.labels ?? [];
  const marks = config.options?.plugins?.placeholderMarks?.marks ?? [];
  return config.data.datasets.every((dataset, datasetIndex) =>
    dataset.data.every((value, index) => typeof value !== 'number' || value === 0 || (labels[datasetIndex]?.[index] ?? '') !== '' || marks.some((mark) => mark?.index === index)),
  );
}

function valueAxisShown(config: ChartConfiguration<'bar'>): boolean {
  const valueKey = config.options?.indexAxis === 'y' ? 'x' : 'y';
  const scale = config.options?.scales?.[valueKey];
  if (!scale || scale.display === false) return false;
  return scale.ticks?.display !== false || scale.grid?.display !== false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
