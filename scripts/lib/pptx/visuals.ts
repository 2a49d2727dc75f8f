import type PptxGenJS from 'pptxgenjs';
import { generate } from 'lean-qr';
import type { Block, FigureRef } from '../../../site/model/types.ts';
import type { Lang } from '../../../ledger/format.ts';
import { QR_OPTIONS, qrRuns } from '../../../site/qr-fit.ts';
import { C } from './colors.ts';
import { TYPE, oneLineSize, pt, px, textWidth, type Box } from './layout.ts';
import { addParas, fitParas, parasHeight, type Para } from './text-runs.ts';

type Slide = PptxGenJS.Slide;
type Marks = Extract<Block, { kind: 'unit-marks' }>;
type Pairings = Extract<Block, { kind: 'pairing-map' }>;

const none = { type: 'none' } as const;
/** pptxgenjs draws custom geometry (ShapeType.custGeom) but its type definitions leave the name out of SHAPE_NAME. */
const CUSTOM_GEOMETRY = 'custGeom' as unknown as PptxGenJS.SHAPE_NAME;

/** One mark per unit of a count, in a row across the box, in Yunnan's colour, the first under a bracket (site/visuals/unit-marks.ts). */
export function addUnitMarks(slide: Slide, box: Box, block: Marks): number {
  const gap = Math.min(px(16), box.w / block.count / 4);
  const w = Math.min(px(50), (box.w - gap * (block.count - 1)) / block.count);
  const h = Math.min(px(170), box.h - px(28));
  const bracket = px(28);
  slide.addShape('line', { x: box.x + 0.02, y: box.y, w: w - 0.04, h: 0, line: { color: C.muted, width: 3 } });
  slide.addShape('line', { x: box.x + 0.02, y: box.y, w: 0, h: bracket * 0.4, line: { color: C.muted, width: 3 } });
  slide.addShape('line', { x: box.x + w - 0.02, y: box.y, w: 0, h: bracket * 0.4, line: { color: C.muted, width: 3 } });
  for (let index = 0; index < block.count; index++) {
    slide.addShape('roundRect', { x: box.x + index * (w + gap), y: box.y + bracket, w, h, rectRadius: 0.06, fill: { color: C.yunnan }, line: none, ...(index === 0 ? { objectName: block.label.slice(0, 200) } : {}) });
  }
  return bracket + h;
}

/**
 * A lower bound that reads “at least” (site/visuals/open-bound.ts): the figure and what is printed,
 * right-aligned over the bound; a solid bar up to the bound, then the same bar fading out and an
 * arrow; a tick at the bound; no axis.
 */
export function addOpenBound(slide: Slide, box: Box, figure: FigureRef, lang: Lang): number {
  const bound = box.w * 0.6;
  const paras: Para[] = [
    { text: figure.value, size: oneLineSize(figure.value, pt(lang === 'en' ? 80 : 96), bound - px(16), true, 0.5), bold: true, color: C.key, affix: 0.5 },
    { text: figure.gap, size: TYPE.label, bold: true, color: C.damaged, spaceBefore: px(6) },
  ];
  const fitted = fitParas(paras, bound - px(16), box.h - px(96) - px(10));
  const label = addParas(slide, { x: box.x, y: box.y, w: bound - px(16), h: 0 }, fitted, { align: 'right', deckLang: lang, name: 'open-bound figure' });
  const barY = label.y + label.h + px(10);
  const barH = px(56);
  const unit = box.w / 1000;
  slide.addShape('rect', { x: box.x, y: barY + px(20) * 0, w: bound, h: barH, fill: { color: C.yunnan }, line: none, objectName: 'open-bound bar' });
  // The open end: the bar fading out in steps, then an arrow (the screen draws a gradient).
  const steps = 8;
  const fadeW = (1000 - 600 - 60) * unit;
  for (let step = 0; step < steps; step++) {
    const transparency = Math.round(45 + (94 - 45) * (step / (steps - 1)));
    slide.addShape('rect', { x: box.x + bound + (fadeW / steps) * step, y: barY, w: fadeW / steps + 0.005, h: barH, fill: { color: C.yunnan, transparency }, line: none });
  }
  const arrowX = box.x + (1000 - 62) * unit;
  slide.addShape('line', { x: arrowX, y: barY + barH / 2 - px(18), w: 58 * unit, h: px(18), line: { color: C.yunnan, width: 6, transparency: 30 } });
  slide.addShape('line', { x: arrowX, y: barY + barH / 2, w: 58 * unit, h: px(18), flipV: true, line: { color: C.yunnan, width: 6, transparency: 30 } });
  slide.addShape('line', { x: box.x + bound, y: barY - px(16), w: 0, h: barH + px(32), line: { color: C.text, width: 3 } });
  return barY + barH + px(16) - box.y;
}

/** The overview's pairing map: Shanghai side (blue, right-aligned), a connector, Yunnan side (orange, a link to its deck when the site's address is known). */
export function addPairingMap(slide: Slide, box: Box, block: Pairings, lang: Lang, scale = 1): number {
  const connector = px(240);
  const colGap = px(24);
  const side = (box.w - connector - 2 * colGap) / 2;
  const left = { x: box.x, w: side };
  const mid = box.x + side + colGap;
  const right = { x: mid + connector + colGap, w: side };
  const head = TYPE.label * scale;
  const sh = (named: boolean) => pt(named ? 38 : 28) * scale;
  const yn = pt(52) * scale;
  const rowsH = block.rows.map((row) => Math.max(parasHeight([{ text: row.shanghai, size: sh(row.named), bold: row.named, color: C.shanghai }], left.w), parasHeight([{ text: row.yunnan, size: yn, bold: true, color: C.yunnan }], right.w)));
  const headH = parasHeight([{ text: block.heads[0], size: head, bold: true, color: C.shanghai }], left.w);
  const gap = px(30) * scale;
  const total = headH + px(10) + rowsH.reduce((sum, h) => sum + h, 0) + gap * (block.rows.length - 1);
  let y = box.y + Math.max(0, (box.h - total) / 2);
  addParas(slide, { ...left, y, h: headH }, [{ text: block.heads[0], size: head, bold: true, color: C.shanghai }], { align: 'right', deckLang: lang });
  addParas(slide, { ...right, y, h: headH }, [{ text: block.heads[1], size: head, bold: true, color: C.yunnan }], { align: 'left', deckLang: lang });
  y += headH + px(10);
  block.rows.forEach((row, index) => {
    const h = rowsH[index] ?? 0;
    addParas(slide, { ...left, y, h }, [{ text: row.shanghai, size: sh(row.named), bold: row.named, color: row.named ? C.shanghai : C.muted }], { align: 'right', deckLang: lang }, 'middle');
    const cy = y + h / 2;
    const dot = px(14);
    slide.addShape('ellipse', { x: mid, y: cy - dot / 2, w: dot, h: dot, fill: { color: C.shanghai }, line: none });
    slide.addShape('line', { x: mid + dot / 2, y: cy, w: connector / 2 - dot / 2, h: 0, line: { color: C.shanghai, width: 3.75 } });
    slide.addShape('line', { x: mid + connector / 2, y: cy, w: connector / 2, h: 0, line: { color: C.yunnan, width: 3.75, endArrowType: 'triangle' } });
    addParas(slide, { ...right, y, h }, [{ text: row.yunnan, size: yn, bold: true, color: C.yunnan, ...(row.url ? { url: row.url } : {}) }], { align: 'left', deckLang: lang }, 'middle');
    y += h + gap;
  });
  return total;
}

/**
 * A QR code as one native shape (every dark module a square of one path), with its quiet zone on
 * white: crisp at any size, in every viewer, like the site's SVG (site/qr-code.ts).
 */
export function addQrCode(slide: Slide, x: number, y: number, size: number, url: string): void {
  const { size: modules, runs } = qrRuns(generate(url, QR_OPTIONS));
  const unit = size / modules;
  const points: ({ x: number; y: number; moveTo?: boolean } | { close: true })[] = runs.flatMap(({ row, start, end }) => {
    const [x0, x1, y0] = [start * unit, end * unit, row * unit];
    return [{ x: x0, y: y0, moveTo: true }, { x: x1, y: y0 }, { x: x1, y: y0 + unit }, { x: x0, y: y0 + unit }, { close: true as const }];
  });
  slide.addShape('rect', { x, y, w: size, h: size, fill: { color: C.white }, line: none });
  slide.addShape(CUSTOM_GEOMETRY, { x, y, w: size, h: size, points, fill: { color: '000000' }, line: none, objectName: `QR ${url}`.slice(0, 200) });
}

/** The widest a text of one line takes at a size: for columns sized to their words. */
export const oneLineWidth = (text: string, size: number, bold = false): number => textWidth(text, size, bold);
