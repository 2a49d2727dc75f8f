import PptxGenJS from 'pptxgenjs';
import { chartById } from '../../../charts/catalog/index.ts';
import type { Lang } from '../../../ledger/format.ts';
import { PALETTE } from '../../../charts/palette.ts';
import type { Block, FigureText, SlideModel, Tile } from './content.ts';
import { nativeChart, type NativeChart } from './chart-data.ts';
import type { SupplementSet } from '../../../ledger/supplements.ts';
import { SUPPLEMENT_FILL } from './supplements.ts';
import { PPTX_FONT } from './fonts.ts';
import { keptTogether, paragraphRuns, runLang } from './text-runs.ts';
import { BODY_BOX, FOOTER_BOX, SLIDE, TITLE_BOX, fitScale, split, type Box, type Para } from './layout.ts';

type Slide = PptxGenJS.Slide;
type TextRun = PptxGenJS.TextProps;

const hex = (color: string): string => color.replace(/^#/, '').toUpperCase();
const C = {
  text: hex(PALETTE.text),
  muted: hex(PALETTE.muted),
  highlight: hex(PALETTE.yunnan),
  placeholder: hex(PALETTE.placeholder),
  damaged: hex(PALETTE.damaged),
  grid: hex(PALETTE.grid),
  background: hex(PALETTE.background),
  shanghai: hex(PALETTE.shanghai),
  supplement: SUPPLEMENT_FILL,
};

export interface DeckInput {
  readonly deckId: string;
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  /** The source line under every slide (“来源：云南网《…》”). */
  readonly credit: string;
  readonly slides: readonly SlideModel[];
  /** Figures supplied from other sources: their chart bars get the supplement fill and a “补充 / added” label. */
  readonly supplements?: SupplementSet;
}

/** The charts a deck's PowerPoint holds, in order: what the XML patch and the tests check against. */
export function deckCharts(slides: readonly SlideModel[], lang: Lang, supplements?: SupplementSet): NativeChart[] {
  const charts: NativeChart[] = [];
  const walk = (block: Block | null): void => {
    if (!block) return;
    if (block.kind === 'chart') charts.push(nativeChart(chartById(block.chartId), lang, supplements));
    if (block.kind === 'row' || block.kind === 'column') block.children.forEach(walk);
  };
  slides.forEach((slide) => walk(slide.body));
  return charts;
}

function valueColor(figure: FigureText): string {
  if (figure.status === 'omitted') return C.placeholder;
  if (figure.status === 'damaged') return C.damaged;
  return C.highlight;
}

const base = { fontFace: PPTX_FONT, color: C.text, margin: 2 } as const;
const SLIDE_LANG_CODE = new WeakMap<Slide, string>();
/** The deck's supplied figures, for the charts of each slide (DeckInput.supplements). */
const SLIDE_SUPPLEMENTS = new WeakMap<Slide, SupplementSet>();

function addParas(slide: Slide, box: Box, paras: readonly (Para & Omit<TextRun['options'] & object, 'fontSize'>)[], extra: PptxGenJS.TextPropsOptions = {}): void {
  const shown = paras.filter((para) => para.text !== '');
  if (shown.length === 0) return;
  const scale = fitScale(shown, box);
  const innerW = box.w - 0.15;
  const runs: TextRun[] = shown.flatMap(({ text, pt, ...options }, index) => {
    const fontSize = Math.max(10, Math.round(pt * scale));
    return paragraphRuns(text, fontSize, innerW, langOf(slide), { ...options, fontSize }, index === shown.length - 1);
  });
  slide.addText(runs, { ...base, lang: SLIDE_LANG_CODE.get(slide), ...box, valign: 'middle', paraSpaceAfter: 4, ...extra });
}

function addTiles(slide: Slide, box: Box, heading: string, tiles: readonly Tile[], large: boolean): void {
  const headingH = heading === '' ? 0 : 0.4;
  if (heading !== '') addParas(slide, { ...box, h: headingH }, [{ text: heading, pt: 16, bold: true, color: C.muted }], { valign: 'top' });
  const perRow = Math.min(tiles.length, box.w / tiles.length < 2.2 ? Math.max(1, Math.floor(box.w / 2.2)) : tiles.length);
  const rows = Math.ceil(tiles.length / perRow);
  const maxTileW = large ? 4.2 : 3.4;
  const rowParts = split(box.y + headingH, box.h - headingH, Array.from({ length: rows }, () => 1), 0.15);
  tiles.forEach((tile, index) => {
    const row = rowParts[Math.floor(index / perRow)];
    if (!row) return;
    const colParts = split(box.x, Math.min(box.w, perRow * maxTileW), Array.from({ length: perRow }, () => 1), 0.2);
    const col = colParts[index % perRow];
    if (!col) return;
    const tileBox = { x: col.start, y: row.start, w: col.length, h: Math.min(row.length, large ? 2.6 : 1.9) };
    const color = tile.figure.status === 'damaged' ? C.damaged : C.placeholder;
    slide.addShape('roundRect', { ...tileBox, rectRadius: 0.08, fill: { color: 'FFFFFF' }, line: { color, width: 1.5, dashType: 'dash' } });
    addParas(
      slide,
      { x: tileBox.x + 0.08, y: tileBox.y + 0.05, w: tileBox.w - 0.16, h: tileBox.h - 0.1 },
      [
        { text: tile.figure.value, pt: large ? 40 : 30, bold: true, color: valueColor(tile.figure) },
        { text: tile.figure.gap, pt: 14, color },
        { text: tile.figure.supplement ?? '', pt: 14, bold: true, color: C.supplement },
        { text: tile.label, pt: large ? 18 : 15, color: C.text },
      ],
      { align: 'center' },
    );
  });
}

function addChart(slide: Slide, box: Box, chart: NativeChart, missing: string): void {
  const captionLines = [chart.unitLine, missing].filter((line) => line !== '');
  const captionH = 0.32 * captionLines.length + 0.05;
  const chartBox = { ...box, h: box.h - captionH };
  const single = chart.series.length === 1;
  const maxValue = Math.max(0, ...chart.series.flatMap((series) => series.values.filter((v): v is number => v !== null)));
  const large = maxValue >= 1000;
  const data = chart.series.map((series) => ({
    name: single ? chart.unit : series.name,
    labels: [...chart.categories],
    values: series.values.map((value) => value ?? Number.NaN),
  }));
  const colors = single ? [...(chart.series[0]?.colors ?? [])] : chart.series.map((series) => series.colors[0] ?? C.placeholder);
  const fontSize = chart.categories.length > 3 ? 14 : 16;
  slide.addChart('bar', data, {
    ...chartBox,
    barDir: chart.horizontal ? 'bar' : 'col',
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    barGapWidthPct: chart.stacked ? 40 : 60,
    chartColors: colors,
    altText: chart.description,
    objectName: `chart ${chart.id}`,
    lang: SLIDE_LANG_CODE.get(slide),
    displayBlanksAs: 'gap',
    showValue: true,
    dataLabelPosition: chart.stacked ? 'ctr' : 'outEnd',
    dataLabelColor: chart.stacked ? 'FFFFFF' : C.text,
    dataLabelFontFace: PPTX_FONT,
    dataLabelFontSize: chart.stacked ? 14 : 18,
    dataLabelFontBold: true,
    // No label on a zero count; large English values keep their thousands separator.
    dataLabelFormatCode: large ? '#,##0;-#,##0;;@' : 'General;-General;;@',
    catAxisLabelFontFace: PPTX_FONT,
    catAxisLabelFontSize: fontSize,
    catAxisLabelColor: C.text,
    catAxisLineShow: true,
    catAxisLineColor: C.grid,
    catGridLine: { style: 'none' },
    valAxisHidden: true,
    valAxisLabelFontFace: PPTX_FONT,
    valAxisMinVal: 0,
    valGridLine: { style: 'none' },
    showLegend: !single,
    legendPos: 'b',
    legendFontFace: PPTX_FONT,
    legendFontSize: 14,
    legendColor: C.text,
    titleFontFace: PPTX_FONT,
    showTitle: false,
  });
  addParas(
    slide,
    { ...box, y: box.y + box.h - captionH, h: captionH },
    captionLines.map((line, index) => ({ text: line, pt: 14, color: index === 0 ? C.muted : C.placeholder })),
    { valign: 'top' },
  );
}

function blockWeight(block: Block): number {
  switch (block.kind) {
    case 'chart':
      return 4;
    case 'hero':
      return 2.2;
    case 'big':
    case 'tiles':
      return 1.7;
    case 'quote':
      return 2;
    case 'text':
      return block.role === 'small' ? 0.45 : 0.9;
    case 'gaps':
      return 5;
    case 'credit':
      return 3;
    case 'row':
    case 'column':
      return 2.5;
    case 'marks':
      return 2.6;
    case 'open-bound':
      return 3.2;
    case 'pairings':
      return 5;
  }
}

/** One mark per unit of a count, in a row across the box, in the highlight colour. */
function addMarks(slide: Slide, box: Box, count: number, label: string): void {
  if (count < 1) return;
  const gap = Math.min(0.18, box.w / count / 4);
  const w = (box.w - gap * (count - 1)) / count;
  const h = Math.min(box.h, 1.9);
  for (let index = 0; index < count; index++) {
    slide.addShape('roundRect', { x: box.x + index * (w + gap), y: box.y + (box.h - h) / 2, w, h, rectRadius: 0.05, fill: { color: C.highlight }, line: { color: C.highlight, width: 0 }, ...(index === 0 ? { objectName: label.slice(0, 200) } : {}) });
  }
}

/** A lower bound: the figure (as printed) above a bar that runs to it, fades on and ends in an arrow. */
function addOpenBound(slide: Slide, box: Box, figure: FigureText): void {
  const textH = Math.min(1.5, box.h * 0.55);
  const bound = box.x + box.w * 0.6;
  addParas(slide, { x: box.x, y: box.y, w: box.w * 0.6, h: textH }, [
    { text: figure.value, pt: 54, bold: true, color: C.highlight },
    { text: figure.gap, pt: 18, bold: true, color: C.damaged },
    { text: figure.supplement ?? '', pt: 16, bold: true, color: C.supplement },
  ], { align: 'right', valign: 'bottom' });
  const barY = box.y + textH + 0.2;
  const barH = 0.55;
  slide.addShape('rect', { x: box.x, y: barY, w: bound - box.x, h: barH, fill: { color: C.highlight }, line: { color: C.highlight, width: 0 } });
  slide.addShape('rect', { x: bound, y: barY, w: box.w * 0.3, h: barH, fill: { color: C.highlight, transparency: 60 }, line: { type: 'none' } });
  slide.addShape('rect', { x: bound + box.w * 0.3, y: barY, w: box.w * 0.04, h: barH, fill: { color: C.highlight, transparency: 85 }, line: { type: 'none' } });
  slide.addShape('line', { x: bound + box.w * 0.34, y: barY + barH / 2, w: box.w * 0.06, h: 0, line: { color: C.highlight, width: 4, endArrowType: 'triangle' } });
  slide.addShape('line', { x: bound, y: barY - 0.15, w: 0, h: barH + 0.3, line: { color: C.text, width: 2.5 } });
}

/** The pairing map: each Shanghai side, an arrow, its Yunnan side. */
function addPairings(slide: Slide, box: Box, heads: readonly [string, string], rows: readonly { readonly shanghai: string; readonly yunnan: string }[]): void {
  const headH = 0.45;
  const left = box.w * 0.42;
  const arrow = box.w * 0.16;
  const right = { x: box.x + left + arrow + 0.2, w: box.w - left - arrow - 0.2 };
  addParas(slide, { x: box.x, y: box.y, w: left - 0.2, h: headH }, [{ text: heads[0], pt: 16, bold: true, color: C.shanghai }], { align: 'right' });
  addParas(slide, { ...right, y: box.y, h: headH }, [{ text: heads[1], pt: 16, bold: true, color: C.highlight }]);
  const parts = split(box.y + headH, box.h - headH, rows.map(() => 1), 0.1);
  rows.forEach((row, index) => {
    const part = parts[index];
    if (!part) return;
    addParas(slide, { x: box.x, y: part.start, w: left - 0.2, h: part.length }, [{ text: row.shanghai, pt: 24, bold: true, color: C.shanghai }], { align: 'right' });
    slide.addShape('line', { x: box.x + left, y: part.start + part.length / 2, w: arrow, h: 0, line: { color: C.highlight, width: 3, beginArrowType: 'oval', endArrowType: 'triangle' } });
    addParas(slide, { ...right, y: part.start, h: part.length }, [{ text: row.yunnan, pt: 32, bold: true, color: C.highlight }]);
  });
}

function addGaps(slide: Slide, box: Box, items: readonly Tile[]): void {
  const columns = items.length > 6 ? 2 : 1;
  const per = Math.ceil(items.length / columns);
  const parts = split(box.x, box.w, Array.from({ length: columns }, () => 1), 0.4);
  parts.forEach((part, column) => {
    const mine = items.slice(column * per, column * per + per);
    const lang = langOf(slide);
    const runs: TextRun[] = mine.flatMap((item, index) => [
      { text: `${item.label}　`, options: { color: C.text, lang: runLang(item.label, lang) } },
      { text: keptTogether(item.figure.value), options: { bold: true, color: valueColor(item.figure), lang: runLang(item.figure.value, lang) } },
      { text: item.figure.gap === '' ? '' : `（${item.figure.gap}）`, options: { color: item.figure.status === 'damaged' ? C.damaged : C.placeholder, lang: runLang(item.figure.gap, lang), breakLine: index < mine.length - 1 && !item.figure.supplement } },
      ...(item.figure.supplement ? [{ text: ` ${item.figure.supplement}`, options: { bold: true, color: C.supplement, lang: runLang(item.figure.supplement, lang), breakLine: index < mine.length - 1 } }] : []),
    ]);
    const paras = mine.map((item) => ({ text: `${item.label}　${item.figure.value}（${item.figure.gap}）`, pt: 28 }));
    const scale = fitScale(paras, { ...box, x: part.start, w: part.length - 0.4 });
    const size = Math.max(11, Math.round(28 * scale));
    slide.addText(runs, { ...base, lang: SLIDE_LANG_CODE.get(slide), x: part.start, y: box.y, w: part.length, h: box.h, fontSize: size, valign: 'top', bullet: { code: '25A1' }, paraSpaceAfter: 6 });
  });
}

function addBlock(slide: Slide, block: Block, box: Box): void {
  switch (block.kind) {
    case 'chart':
      addChart(slide, box, nativeChart(chartById(block.chartId), langOf(slide), SLIDE_SUPPLEMENTS.get(slide)), block.missing);
      return;
    case 'row': {
      const parts = split(box.x, box.w, block.weights, 0.35);
      block.children.forEach((child, index) => {
        const part = parts[index];
        if (part) addBlock(slide, child, { ...box, x: part.start, w: part.length });
      });
      return;
    }
    case 'column': {
      const parts = split(box.y, box.h, block.children.map(blockWeight), 0.2);
      block.children.forEach((child, index) => {
        const part = parts[index];
        if (part) addBlock(slide, child, { ...box, y: part.start, h: part.length });
      });
      return;
    }
    case 'hero':
      addParas(slide, box, [
        { text: block.figure.value, pt: 72, bold: true, color: valueColor(block.figure) },
        { text: block.figure.gap, pt: 18, color: C.placeholder },
        { text: block.figure.supplement ?? '', pt: 16, bold: true, color: C.supplement },
        { text: block.label, pt: 24, color: C.text },
        { text: block.note, pt: 16, color: C.muted },
      ]);
      return;
    case 'big':
      addParas(slide, box, [
        { text: block.heading, pt: 16, bold: true, color: C.muted },
        { text: block.figure.value, pt: 44, bold: true, color: valueColor(block.figure) },
        { text: block.figure.gap, pt: 14, color: C.placeholder },
        { text: block.figure.supplement ?? '', pt: 14, bold: true, color: C.supplement },
        { text: block.label, pt: 18, color: C.text },
      ], { valign: 'top' });
      return;
    case 'tiles':
      addTiles(slide, box, block.heading, block.tiles, block.tiles.length <= 2 && box.h > 3);
      return;
    case 'quote':
      slide.addShape('rect', { x: box.x, y: box.y + 0.1, w: 0.08, h: box.h - 0.2, fill: { color: C.highlight }, line: { color: C.highlight, width: 0 } });
      addParas(slide, { ...box, x: box.x + 0.3, w: box.w - 0.3 }, [
        { text: block.original, pt: 18, color: C.muted },
        { text: block.text, pt: 28, color: C.text },
        { text: block.who, pt: 16, color: C.muted },
      ]);
      return;
    case 'text':
      addParas(slide, box, [{ text: block.text, pt: block.role === 'small' ? 16 : 22, color: block.role === 'small' ? C.muted : C.text }]);
      return;
    case 'gaps':
      addGaps(slide, box, block.items);
      return;
    case 'marks':
      addMarks(slide, box, block.count, block.label);
      return;
    case 'open-bound':
      addOpenBound(slide, box, block.figure);
      return;
    case 'pairings':
      addPairings(slide, box, block.heads, block.rows);
      return;
    case 'credit':
      addParas(slide, box, block.lines.map((line, index) => ({ text: line, pt: index === 0 ? 34 : 24, bold: index === 0, color: index === 0 ? C.text : C.muted })), { paraSpaceAfter: 14 });
      return;
  }
}

const SLIDE_LANG = new WeakMap<Slide, Lang>();
function langOf(slide: Slide): Lang {
  return SLIDE_LANG.get(slide) ?? 'zh-CN';
}

const MASTER = 'HU_DIAN';
const TITLE_MASTER = 'HU_DIAN_TITLE';
const TITLE_SLIDE_BOX = { x: 1.0, y: 1.9, w: 11.3, h: 2.35 } as const;

/** The deck as a PowerPoint file (before the XML patch in patch.ts): editable text, native charts, notes. */
export async function buildPptx(input: DeckInput): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${input.title} · ${input.subtitle}`;
  pptx.subject = input.credit;
  pptx.author = input.lang === 'en' ? 'Hu–Dian data-story decks' : '沪滇数据故事幻灯片';
  pptx.company = '';
  pptx.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };
  // Two masters: content slides (title on top, a thin bar) and the title slide (large title, a wide bar).
  const master = (title: string, box: Box, fontSize: number, valign: 'bottom' | 'middle', bar: number): void =>
    pptx.defineSlideMaster({
      title,
      background: { color: C.background },
      objects: [
        { placeholder: { options: { name: 'title', type: 'title', ...box, fontFace: PPTX_FONT, fontSize, bold: true, color: C.text, align: 'left', valign }, text: '' } },
        { rect: { x: 0, y: 0, w: bar, h: SLIDE.h, fill: { color: C.highlight } } },
      ],
    });
  master(MASTER, TITLE_BOX, 32, 'bottom', 0.18);
  master(TITLE_MASTER, TITLE_SLIDE_BOX, 48, 'middle', 0.5);
  const total = input.slides.length;
  input.slides.forEach((model, index) => {
    const slide = pptx.addSlide({ masterName: model.layout === 'title' ? TITLE_MASTER : MASTER });
    SLIDE_LANG.set(slide, input.lang);
    SLIDE_LANG_CODE.set(slide, input.lang === 'en' ? 'en-US' : 'zh-CN');
    if (input.supplements) SLIDE_SUPPLEMENTS.set(slide, input.supplements);
    if (model.layout === 'title') {
      addParas(slide, { x: 1.0, y: 1.2, w: 11.3, h: 0.6 }, [{ text: model.kicker, pt: 20, bold: true, color: C.highlight }], { valign: 'bottom' });
      const titlePt = Math.round(fitScale([{ text: model.title, pt: 48 }], TITLE_SLIDE_BOX, 0.5) * 48);
      slide.addText(paragraphRuns(model.title, titlePt, TITLE_SLIDE_BOX.w - 0.15, input.lang), { placeholder: 'title', lang: SLIDE_LANG_CODE.get(slide), fontSize: titlePt, fontFace: PPTX_FONT, bold: true, color: C.text, align: 'left' });
      addParas(slide, { x: 1.0, y: 4.35, w: 11.3, h: 1.2 }, [{ text: model.subtitle, pt: 30, color: C.text }], { valign: 'top' });
      addParas(slide, { x: 1.0, y: 6.0, w: 11.3, h: 0.8 }, [{ text: model.byline, pt: 16, color: C.muted }], { valign: 'bottom' });
    } else {
      const titlePt = fitScale([{ text: model.title, pt: 34 }], TITLE_BOX, 0.6) * 34;
      slide.addText(paragraphRuns(model.title, Math.round(titlePt), TITLE_BOX.w - 0.15, input.lang), { placeholder: 'title', lang: SLIDE_LANG_CODE.get(slide), align: 'left', fontSize: Math.round(titlePt), fontFace: PPTX_FONT, bold: true, color: C.text, fit: 'shrink' });
      if (model.body) addBlock(slide, model.body, BODY_BOX);
      slide.addText(
        [
          { text: input.credit, options: { color: C.muted, lang: runLang(input.credit, input.lang) } },
        ],
        { ...base, lang: SLIDE_LANG_CODE.get(slide), ...FOOTER_BOX, w: FOOTER_BOX.w - 1, fontSize: 12, valign: 'middle' },
      );
      slide.addText(`${index + 1} / ${total}`, { ...base, lang: SLIDE_LANG_CODE.get(slide), x: FOOTER_BOX.x + FOOTER_BOX.w - 1, y: FOOTER_BOX.y, w: 1, h: FOOTER_BOX.h, fontSize: 12, color: C.muted, align: 'right', valign: 'middle' });
    }
    slide.addNotes(model.notes.join('\n'));
  });
  const output = await pptx.write({ outputType: 'uint8array' });
  if (!(output instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return output;
}
