import type { DeckId } from '../../ledger/types.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { barChart } from '../builders/bar-chart.ts';
import { pairedBarChart, type PairedCategory } from '../builders/paired-bar-chart.ts';
import { statusChart, countByStatus, type StatusChartSpec } from '../builders/status-chart.ts';
import type { BarRow } from '../builders/options.ts';
import { figureText, renderFigureTokens, type Lang } from '../../ledger/format.ts';
import { figureById } from '../../ledger/lookup.ts';
import { CHARTS_EN, type ChartEnglish } from './en.ts';
import type { ChartSpec, WrittenText } from './spec.ts';
import type { StepPlan } from '../steps.ts';
import { figurePoint } from './chart-data.ts';
import { PALETTE } from '../palette.ts';
import { STATUS_COLORS } from '../builders/status-chart.ts';

interface Common {
  readonly id: string;
  readonly deck: DeckId;
  readonly title: string;
  readonly height?: number;
  /** Builds in steps with reveal fragments (charts/steps.ts). */
  readonly steps?: StepPlan;
  /** The English entry, when it is not in charts/catalog/en.ts (a chart made for a test). */
  readonly en?: ChartEnglish;
}

/** A chart's English entry, its figure tokens rendered in English. */
function englishOf(id: string, own?: ChartEnglish): ChartEnglish {
  const entry = own ?? CHARTS_EN[id];
  if (!entry) throw new Error(`charts/catalog/en.ts: no English entry for chart “${id}”`);
  const where = (field: string) => `charts/catalog/en.ts: chart “${id}”, field “${field}”`;
  return {
    ...entry,
    title: renderFigureTokens(entry.title, 'en', where('title')),
    labels: entry.labels.map((label, index) => renderFigureTokens(label, 'en', where(`labels[${index}]`))),
  };
}

/**
 * Every text typed for a chart, in the catalog and its English entry, with where it is. `items`
 * are rendered with their figure tokens (rows, categories, sections); `plain` items are not.
 */
function writtenTexts(
  spec: Common,
  items: readonly { readonly label: string }[],
  field: string,
  extra: Readonly<Record<string, string | undefined>>,
  plain: { readonly field: string; readonly items: readonly { readonly label: string }[] } = { field: '', items: [] },
): WrittenText[] {
  const zh = (name: string, text: string, tokens = false): WrittenText => ({ where: `charts/catalog/index.ts: chart “${spec.id}”, field “${name}”`, text, tokens });
  const en = spec.en ?? CHARTS_EN[spec.id];
  const english = (name: string, text: string, tokens = false): WrittenText => ({ where: `charts/catalog/en.ts: chart “${spec.id}”, field “${name}”`, text, tokens });
  return [
    zh('title', spec.title, true),
    ...items.map((item, index) => zh(`${field}[${index}].label`, item.label, true)),
    ...plain.items.map((item, index) => zh(`${plain.field}[${index}].label`, item.label)),
    ...Object.entries(extra).flatMap(([name, text]) => (text === undefined ? [] : [zh(name, text)])),
    ...(en
      ? [
          english('title', en.title, true),
          english('unit', en.unit),
          ...en.labels.map((label, index) => english(`labels[${index}]`, label, true)),
          ...(en.series ?? []).map((label, index) => english(`series[${index}]`, label)),
          ...(en.shortLabels ?? []).map((label, index) => english(`shortLabels[${index}]`, label)),
        ]
      : []),
  ];
}

const problems: string[] = [];

/** Token errors met while defining the catalog, so a bad token fails the build (and shows in the dev overlay) instead of failing the import. */
export function catalogProblems(): readonly string[] {
  return problems;
}

function renderAtDefinition(text: string, where: string): string {
  try {
    return renderFigureTokens(text, 'zh-CN', where);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return text;
  }
}

/** The chart's Chinese title and labels with their figure tokens rendered ({ledger-id} ⇒ “4.88万个”). */
function chineseText<T extends { readonly label: string }>(spec: Common, items: readonly T[], field: string): { title: string; items: T[] } {
  const where = (name: string) => `charts/catalog/index.ts: chart “${spec.id}”, field “${name}”`;
  return {
    title: renderAtDefinition(spec.title, where('title')),
    items: items.map((item, index) => ({ ...item, label: renderAtDefinition(item.label, where(`${field}[${index}].label`)) })),
  };
}

/** The i-th English label of a chart; throws naming the chart when it is missing. */
function labelEn(id: string, index: number, own?: ChartEnglish): string {
  const label = englishOf(id, own).labels[index];
  if (label === undefined) throw new Error(`charts/catalog/en.ts: chart “${id}” has no English label #${index + 1}`);
  return label;
}

function texts(spec: Common, unit: string) {
  return (lang: Lang) =>
    lang === 'en'
      ? { title: englishOf(spec.id, spec.en).title, unitLine: `Unit: ${englishOf(spec.id, spec.en).unit}` }
      : { title: spec.title, unitLine: `单位：${unit}` };
}

export function defineBarChart(source: Common & { rows: readonly BarRow[]; unit: string; horizontal?: boolean }): ChartSpec {
  const rendered = chineseText(source, source.rows, 'rows');
  const spec = { ...source, title: rendered.title, rows: rendered.items };
  const written = writtenTexts(source, source.rows, 'rows', { unit: source.unit });
  const horizontal = spec.horizontal ?? true;
  const rowsIn = (lang: Lang): readonly BarRow[] =>
    lang === 'en' ? spec.rows.map((row, index) => ({ ...row, label: labelEn(spec.id, index, spec.en) })) : spec.rows;
  const text = texts(spec, spec.unit);
  return {
    id: spec.id,
    deck: spec.deck,
    title: spec.title,
    written,
    unit: spec.unit,
    unitLine: text('zh-CN').unitLine,
    // Each bar's label carries its unit (“5吨/亩”): no unit line as well.
    unitLineShown: false,
    figures: spec.rows.map((row) => row.figure),
    ...(spec.steps ? { steps: spec.steps } : {}),
    height: spec.height ?? 400,
    text,
    data: (lang, supplements) => {
      const rows = rowsIn(lang);
      const point = (row: BarRow) => {
        const supplement = supplements?.get(row.figure);
        return figurePoint(figureById(row.figure), lang, supplement ? { supplement, axisUnit: spec.unit } : undefined);
      };
      const points = rows.map(point);
      return {
        categories: rows.map((row) => row.label),
        // A supplied bar in the supplement's colour, never the article's.
        series: [{ name: lang === 'en' ? englishOf(spec.id, spec.en).unit : spec.unit, colors: rows.map((row, index) => (points[index]?.supplied ? PALETTE.supplement : PALETTE[row.side ?? 'yunnan'])), points }],
        horizontal,
        stacked: false,
        valueAxis: false,
      };
    },
    build: (options) =>
      barChart(
        { rows: rowsIn(options.lang), horizontal, unit: spec.unit, axisUnit: options.lang === 'en' ? englishOf(spec.id, spec.en).unit : spec.unit },
        figureById,
        options,
      ),
    describe: (lang = 'zh-CN') => {
      const sep = lang === 'en' ? '; ' : '；';
      const kind = lang === 'en' ? 'Bar chart' : '条形图';
      const rows = rowsIn(lang).map((row) => `${row.label} ${figureText(figureById(row.figure), lang)}`);
      return lang === 'en' ? `${text(lang).title}. ${kind}: ${rows.join(sep)}.` : `${text(lang).title}。${kind}：${rows.join(sep)}。`;
    },
  };
}

export function definePairedChart(
  source: Common & { categories: readonly PairedCategory[]; unit: string; shanghaiLabel: string; yunnanLabel: string; shortLabels?: readonly [string, string] },
): ChartSpec {
  const rendered = chineseText(source, source.categories, 'categories');
  const spec = { ...source, title: rendered.title, categories: rendered.items };
  const written = writtenTexts(source, source.categories, 'categories', {
    unit: source.unit, shanghaiLabel: source.shanghaiLabel, yunnanLabel: source.yunnanLabel, 'shortLabels[0]': source.shortLabels?.[0], 'shortLabels[1]': source.shortLabels?.[1],
  });
  const text = texts(spec, spec.unit);
  const localized = (lang: Lang) => {
    if (lang !== 'en') return spec;
    const en = englishOf(spec.id, spec.en);
    return {
      ...spec,
      shanghaiLabel: en.series?.[0] ?? spec.shanghaiLabel,
      yunnanLabel: en.series?.[1] ?? spec.yunnanLabel,
      shortLabels: en.shortLabels,
      categories: spec.categories.map((category, index) => ({ ...category, label: labelEn(spec.id, index, spec.en) })),
      axisUnit: en.unit,
    };
  };
  return {
    id: spec.id,
    deck: spec.deck,
    title: spec.title,
    written,
    unit: spec.unit,
    unitLine: text('zh-CN').unitLine,
    // Each bar's label carries its unit (“上海 30所”): no unit line as well.
    unitLineShown: false,
    figures: spec.categories.flatMap((category) => [category.shanghai, category.yunnan]),
    ...(spec.steps ? { steps: spec.steps } : {}),
    height: spec.height ?? 420,
    text,
    data: (lang) => {
      const l = localized(lang);
      const side = (name: string, color: string, key: 'shanghai' | 'yunnan') => ({ name, colors: l.categories.map(() => color), points: l.categories.map((category) => figurePoint(figureById(category[key]), lang)) });
      return {
        categories: l.categories.map((category) => category.label),
        series: [side(l.shanghaiLabel, PALETTE.shanghai, 'shanghai'), side(l.yunnanLabel, PALETTE.yunnan, 'yunnan')],
        horizontal: false,
        stacked: false,
        valueAxis: false,
      };
    },
    build: (options) => pairedBarChart(localized(options.lang), figureById, options),
    describe: (lang = 'zh-CN') => {
      const l = localized(lang);
      const parts = l.categories.map((c) =>
        lang === 'en'
          ? `${c.label}: ${l.shanghaiLabel} ${figureText(figureById(c.shanghai), lang)}, ${l.yunnanLabel} ${figureText(figureById(c.yunnan), lang)}`
          : `${c.label}，${l.shanghaiLabel}${figureText(figureById(c.shanghai))}，${l.yunnanLabel}${figureText(figureById(c.yunnan))}`,
      );
      return lang === 'en' ? `${text(lang).title}. Grouped bar chart: ${parts.join('; ')}.` : `${text(lang).title}。分组条形图：${parts.join('；')}。`;
    },
  };
}

export function defineStatusChart(source: Common & StatusChartSpec): ChartSpec {
  const rendered = chineseText(source, source.sections, 'sections');
  const spec = { ...source, title: rendered.title, sections: rendered.items };
  const written = writtenTexts(source, source.sections, 'sections', {}, { field: 'statuses', items: source.statuses });
  const localized = (lang: Lang): StatusChartSpec => {
    if (lang !== 'en') return spec;
    const en = englishOf(spec.id, spec.en);
    return {
      sections: spec.sections.map((section, index) => ({ ...section, label: labelEn(spec.id, index, spec.en) })),
      statuses: spec.statuses.map((status, index) => ({ ...status, label: en.series?.[index] ?? status.label })),
    };
  };
  const text = (lang: Lang) =>
    lang === 'en'
      ? { title: englishOf(spec.id, spec.en).title, unitLine: 'Unit: ledger entries (not figures of the article)' }
      : { title: spec.title, unitLine: '单位：项（本项目数字台账的条目数，不是原文数字）' };
  return {
    id: spec.id,
    deck: spec.deck,
    title: spec.title,
    written,
    unitLine: text('zh-CN').unitLine,
    // The bars' labels are bare counts (“给出 9”): the unit is said once, in the line under the chart.
    unitLineShown: true,
    figures: [],
    height: spec.height ?? 440,
    text,
    data: (lang) => {
      const l = localized(lang);
      const unit = (count: number) => (lang === 'en' ? (count === 1 ? ' entry' : ' entries') : '项');
      return {
        categories: l.sections.map((section) => section.label),
        series: l.statuses.map(({ status, label }) => ({
          name: label,
          colors: l.sections.map(() => STATUS_COLORS[status]),
          points: l.sections.map((section) => {
            const count = countByStatus(FIGURES, section.deck, status);
            return { status: 'stated' as const, value: count, label: count === 0 ? '' : `${count}${unit(count)}`, gap: '' };
          }),
        })),
        horizontal: true,
        stacked: true,
        valueAxis: false,
      };
    },
    build: (options) => statusChart(localized(options.lang), FIGURES, options),
    dataLines: (lang) => {
      const l = localized(lang);
      // Words for each section, without the statuses it has none of.
      return l.sections.map((s) => {
        const parts = l.statuses
          .map((st) => ({ label: st.label, count: countByStatus(FIGURES, s.deck, st.status) }))
          .filter((part) => part.count > 0)
          .map((part) => (lang === 'en' ? `${part.count} ${part.label}` : `${part.label}${part.count}项`));
        return lang === 'en' ? `${s.label}: ${parts.join(', ')}` : `${s.label}：${parts.join('，')}`;
      });
    },
    describe: (lang = 'zh-CN') => {
      const l = localized(lang);
      const parts = l.sections.map((s) =>
        lang === 'en'
          ? `${s.label}: ${l.statuses.map((st) => `${countByStatus(FIGURES, s.deck, st.status)} ${st.label}`).join(', ')}`
          : `${s.label}：${l.statuses.map((st) => `${st.label}${countByStatus(FIGURES, s.deck, st.status)}项`).join('，')}`,
      );
      return lang === 'en' ? `${text(lang).title}. Grouped bar chart: ${parts.join('; ')}.` : `${text(lang).title}。分组条形图：${parts.join('；')}。`;
    },
  };
}
