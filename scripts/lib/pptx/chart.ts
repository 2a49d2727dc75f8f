import type PptxGenJS from 'pptxgenjs';
import type { ChartModel } from '../../../site/model/types.ts';
import { C } from './colors.ts';
import { PPTX_FONT } from './fonts.ts';
import { TYPE, pt, px, type Box } from './layout.ts';
import { addParas, parasHeight, type Para } from './text-runs.ts';
import { nativeChart } from './chart-data.ts';
import type { RenderContext } from './blocks.ts';

/**
 * A native chart (editable in PowerPoint, its sheet the ledger's values) with the screen's look:
 * direct value labels carrying their units (per bar, patch.ts), a value axis only where the screen
 * has one, category labels at the screen's size; gaps left out of the data (no bar, never 0) and
 * said in words in their category and under the chart.
 */
export function addChart(slide: PptxGenJS.Slide, box: Box, model: ChartModel, missing: string, context: RenderContext): number {
  const chart = nativeChart(model, context.lang);
  const caption: Para[] = [
    { text: chart.unitLine, size: TYPE.source, color: C.muted },
    { text: missing, size: TYPE.label, bold: true, color: C.placeholder, spaceBefore: px(4) },
  ];
  const captionH = parasHeight(caption, box.w);
  const chartBox = { ...box, h: Math.max(px(160), box.h - captionH - (captionH > 0 ? px(10) : 0)) };
  const single = chart.series.length === 1;
  const data = chart.series.map((series) => ({ name: single ? chart.unit : series.name, labels: [...chart.categories], values: series.values.map((value) => value ?? Number.NaN) }));
  const colors = single ? [...(chart.series[0]?.colors ?? [])] : chart.series.map((series) => series.colors[0] ?? C.placeholder);
  const tick = pt(22);
  slide.addChart('bar', data, {
    ...chartBox,
    barDir: chart.horizontal ? 'bar' : 'col',
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    barGapWidthPct: chart.stacked ? 45 : 70,
    barOverlapPct: chart.stacked ? 100 : -10,
    chartColors: colors,
    altText: chart.description,
    objectName: `chart ${chart.id}`,
    lang: context.lang === 'en' ? 'en-US' : 'zh-CN',
    displayBlanksAs: 'gap',
    showValue: true,
    dataLabelPosition: chart.stacked ? 'ctr' : 'outEnd',
    dataLabelColor: chart.stacked ? 'FFFFFF' : C.text,
    dataLabelFontFace: PPTX_FONT,
    dataLabelFontSize: chart.stacked ? pt(20) : pt(26),
    dataLabelFontBold: true,
    catAxisLabelFontFace: PPTX_FONT,
    catAxisLabelFontSize: tick,
    catAxisLabelColor: C.text,
    catAxisLineShow: true,
    catAxisLineColor: C.muted,
    catGridLine: { style: 'none' },
    valAxisHidden: !chart.valueAxis,
    valAxisLabelFontFace: PPTX_FONT,
    valAxisLabelFontSize: pt(18),
    valAxisLabelColor: C.muted,
    valAxisMinVal: 0,
    valGridLine: chart.valueAxis ? { color: C.rule, style: 'solid', size: 1 } : { style: 'none' },
    showLegend: !single,
    legendPos: 't',
    legendFontFace: PPTX_FONT,
    legendFontSize: pt(22),
    legendColor: C.text,
    showTitle: false,
  });
  if (captionH > 0) addParas(slide, { x: box.x, y: chartBox.y + chartBox.h + px(10), w: box.w, h: 0 }, caption, { deckLang: context.lang });
  return box.h;
}
