import type PptxGenJS from 'pptxgenjs';
import type { Block, FigureRef, Tile } from '../../../site/model/types.ts';
import type { Lang } from '../../../ledger/format.ts';
import { C } from './colors.ts';
import { TYPE, linesHeight, oneLineSize, pt, px, split, textWidth, valueEms, type Box } from './layout.ts';
import { addParas, fitParas, parasHeight, type Para } from './text-runs.ts';
import { addChart } from './chart.ts';
import { addOpenBound, addPairingMap, addQrCode, addUnitMarks } from './visuals.ts';

import { suppliedGapWords } from '../../../ledger/supplement-text.ts';
import { SUPPLEMENT_FILL } from './supplements.ts';

type Slide = PptxGenJS.Slide;

/** What a block renderer needs besides its box: the deck's language and the charts drawn so far. */
export interface RenderContext {
  readonly lang: Lang;
  /** Type set smaller than the screen's (≤ 1) when a column's content would not fit the frame at full size. */
  readonly scale?: number;
  /** Figures of the slide supplied from another source (the model's `supplied`): the gaps table says “· 已补充” on their rows. */
  readonly supplied?: ReadonlySet<string>;
}

const none = { type: 'none' } as const;

/** A slide that draws nothing: a block rendered on it measures its height. */
const DRY = new Proxy({}, { get: (_target, _name, receiver: unknown) => () => receiver }) as Slide;

function figureColor(figure: FigureRef, stated: string): string {
  if (figure.status === 'omitted') return C.placeholder;
  if (figure.status === 'damaged') return C.damaged;
  if (figure.status === 'derived') return C.muted;
  return stated;
}

/** A dashed frame around a gap's value, as the screen draws “？” slots (grey) and damaged figures (purple). */
function frame(slide: Slide, box: Box, figure: FigureRef): void {
  if (figure.status !== 'omitted' && figure.status !== 'damaged') return;
  const color = figure.status === 'damaged' ? C.damaged : C.placeholder;
  slide.addShape('roundRect', { ...box, rectRadius: 0.05, fill: { color: C.background }, line: { color, width: 1.5, dashType: 'dash' } });
}

/** A value that never wraps: the largest size up to `size` at which it fits the width on one line. */
function oneLine(text: string, size: number, width: number, affix = 1): number {
  return oneLineSize(text, size, width, true, affix);
}

function heroParas(block: Extract<Block, { kind: 'hero' }>, w: number): Para[] {
  const placeholder = block.figure.status === 'omitted' || block.figure.status === 'damaged';
  const affix = placeholder ? 1 : 0.5;
  const size = oneLine(block.figure.value, placeholder ? pt(84) : TYPE.hero, w, affix);
  return [
    { text: block.figure.value, size, bold: true, color: figureColor(block.figure, C.key), affix },
    { text: block.figure.gap, size: pt(26), bold: true, color: figureColor(block.figure, C.placeholder), spaceBefore: px(8) },
    { text: block.label, size: TYPE.body, bold: true, color: C.text, spaceBefore: px(16) },
    { text: block.note, size: TYPE.label, color: C.muted, spaceBefore: px(8) },
  ];
}

function bigParas(block: Extract<Block, { kind: 'big' }>, w: number, columns: number, lang: Lang): Para[] {
  const placeholder = block.figure.status === 'omitted' || block.figure.status === 'damaged';
  const full = placeholder ? pt(44) : columns >= 4 ? pt(68) : pt(96);
  const affix = placeholder ? 1 : lang === 'en' ? 0.42 : 0.5;
  return [
    { text: block.heading, size: TYPE.label, bold: true, color: columns >= 4 ? C.text : C.muted },
    { text: block.figure.value, size: oneLine(block.figure.value, full, w, affix), bold: true, color: figureColor(block.figure, block.key ? C.key : C.text), spaceBefore: px(8), affix },
    { text: block.figure.gap, size: pt(20), bold: true, color: figureColor(block.figure, C.placeholder), spaceBefore: px(2) },
    { text: block.label, size: TYPE.label, bold: true, color: C.muted, spaceBefore: px(8) },
  ];
}

function addTiles(slide: Slide, box: Box, block: Extract<Block, { kind: 'tiles' }>, lang: Lang): number {
  const heading = [{ text: block.heading, size: TYPE.label, bold: true, color: C.placeholder }];
  let y = box.y;
  if (block.heading !== '') y += addParas(slide, { ...box, h: 0 }, heading, { deckLang: lang }).h + px(16);
  const gap = block.large ? px(40) : px(24);
  const perRow = Math.max(1, Math.min(block.tiles.length, Math.floor((box.w + gap) / (px(block.large ? 300 : 200) + gap))));
  const rows = Math.ceil(block.tiles.length / perRow);
  const colW = Math.min((box.w - gap * (perRow - 1)) / perRow, block.large ? box.w : px(380));
  const valueSize = block.large ? pt(lang === 'en' ? 72 : 96) : pt(lang === 'en' ? 36 : 48);
  const labelSize = block.large ? TYPE.body : TYPE.label;
  for (let row = 0; row < rows; row++) {
    const tiles = block.tiles.slice(row * perRow, row * perRow + perRow);
    const heights = tiles.map((tile) => tileHeight(tile, colW, valueSize, labelSize));
    const rowH = Math.max(0, ...heights);
    tiles.forEach((tile, index) => addTile(slide, { x: box.x + index * (colW + gap), y, w: colW, h: rowH }, tile, valueSize, labelSize, lang));
    y += rowH + gap;
  }
  return y - gap - box.y;
}

function tileParas(tile: Tile, w: number, valueSize: number): { value: Para; rest: Para[] } {
  const inner = w - px(28);
  return {
    value: { text: tile.figure.value, size: oneLine(tile.figure.value, valueSize, inner), bold: true, color: figureColor(tile.figure, C.text), affix: 1 },
    rest: [
      ...(tile.figure.status === 'damaged' ? [{ text: tile.figure.gap, size: pt(20), bold: true, color: C.damaged }] : []),
    ],
  };
}

function tileHeight(tile: Tile, w: number, valueSize: number, labelSize: number): number {
  const { value, rest } = tileParas(tile, w, valueSize);
  return linesHeight(1, value.size) + px(12) + parasHeight(rest, w) + px(8) + parasHeight([{ text: tile.label, size: labelSize, color: C.text }], w);
}

function addTile(slide: Slide, box: Box, tile: Tile, valueSize: number, labelSize: number, lang: Lang): void {
  const { value, rest } = tileParas(tile, box.w, valueSize);
  const valueW = Math.min(box.w, textWidth(value.text, value.size, true) + px(28));
  const valueH = linesHeight(1, value.size) + px(12);
  frame(slide, { x: box.x, y: box.y, w: valueW, h: valueH }, tile.figure);
  addParas(slide, { x: box.x + px(14), y: box.y + px(6), w: valueW - px(28), h: 0 }, [value], { deckLang: lang, align: 'center' });
  let y = box.y + valueH + px(8);
  if (rest.length > 0) y += addParas(slide, { x: box.x, y, w: box.w, h: 0 }, rest, { deckLang: lang }).h + px(4);
  addParas(slide, { x: box.x, y, w: box.w, h: 0 }, [{ text: tile.label, size: labelSize, color: C.text }], { deckLang: lang });
}

/** A rule above a note line, as the screen's border-top. */
function rule(slide: Slide, x: number, y: number, w: number): void {
  slide.addShape('line', { x, y, w, h: 0, line: { color: C.rule, width: 1.5 } });
}

function addGaps(slide: Slide, box: Box, block: Extract<Block, { kind: 'gaps' }>, lang: Lang, scale: number, supplied: ReadonlySet<string>): number {
  const items = block.groups.reduce((sum, group) => sum + group.items.length, 0);
  const columns = items > 6 ? 2 : 1;
  const size = (columns === 2 ? pt(22) : TYPE.body) * scale;
  const titleSize = pt(columns === 2 ? 20 : 24) * scale;
  // The rows in order, each group's title before its first row; two columns split the rows in half, as on screen
  // (a group may continue at the top of the second column without its title again).
  type Row = { readonly title: string } | { readonly item: Tile };
  const rows: Row[] = block.groups.flatMap((group) => [{ title: group.title }, ...group.items.map((item) => ({ item }))]);
  let seen = 0;
  const cut = rows.findIndex((row) => 'item' in row && ++seen > Math.ceil(items / columns));
  const cols = columns === 2 && cut > 0 ? [rows.slice(0, cut), rows.slice(cut)] : [rows];
  // One column is set at most 880 px wide, as on screen; two share the width.
  const parts = split(box.x, columns === 1 ? Math.min(box.w, px(880)) : box.w, cols.map(() => 1), px(48));
  let height = 0;
  cols.forEach((list, index) => {
    const part = parts[index];
    if (!part) return;
    let y = box.y;
    for (const row of list) {
      if ('title' in row) {
        if (y > box.y) y += px(8);
        y += addParas(slide, { x: part.start, y, w: part.length, h: 0 }, [{ text: row.title, size: titleSize, bold: true, color: C.muted }], { deckLang: lang }).h + px(4);
        slide.addShape('line', { x: part.start, y, w: part.length, h: 0, line: { color: C.text, width: 1.5 } });
        y += px(6);
        continue;
      }
      {
        const item = row.item;
        const valueSize = size * 0.9;
        // A damaged figure's frame also holds what the text prints, small, as on screen.
        const printed = item.figure.status === 'damaged' ? item.figure.printed : '';
        const printedSize = Math.max(9, valueSize * 0.55);
        const valueW = Math.max(textWidth(item.figure.value, valueSize, true), textWidth(printed, printedSize)) + px(24);
        const labelW = part.length - valueW - px(16);
        // A figure supplied from another source keeps its gap; its row says so, in the supplement's colour (as the page's “原文未给出 · 已补充”).
        const labelPara: Para[] = [{ text: item.label, size, color: C.text }, ...(supplied.has(item.figure.id) ? [{ text: suppliedGapWords(lang).replace(/^ · /, ''), size: size * 0.8, bold: true, color: `#${SUPPLEMENT_FILL}` }] : [])];
        const frameH = linesHeight(1, valueSize) + (printed === '' ? 0 : linesHeight(1, printedSize)) + px(6);
        const rowH = Math.max(parasHeight(labelPara, labelW), frameH);
        addParas(slide, { x: part.start, y, w: labelW, h: rowH }, labelPara, { deckLang: lang }, 'middle');
        const valueY = y + (rowH - frameH) / 2;
        const frameX = part.start + part.length - valueW;
        frame(slide, { x: frameX, y: valueY, w: valueW, h: frameH }, item.figure);
        const color = figureColor(item.figure, C.text);
        addParas(slide, { x: frameX + px(8), y: valueY + px(3), w: valueW - px(16), h: 0 }, [{ text: item.figure.value, size: valueSize, bold: true, color, affix: 1 }, { text: printed, size: printedSize, bold: true, color, affix: 1 }], { deckLang: lang, align: 'right' });
        y += rowH + px(6);
        rule(slide, part.start, y - px(3), part.length);
      }
    }
    height = Math.max(height, y - box.y);
  });
  return height;
}

function addDeckLinks(slide: Slide, box: Box, block: Extract<Block, { kind: 'deck-links' }>, lang: Lang, scale: number): number {
  let y = box.y;
  y += addParas(slide, { ...box, y, h: 0 }, [{ text: block.heading, size: TYPE.label * scale, bold: true, color: C.muted }], { deckLang: lang }).h + px(4);
  slide.addShape('line', { x: box.x, y, w: box.w, h: 0, line: { color: C.text, width: 1.5 } });
  y += px(10);
  for (const link of block.links) {
    y += addParas(slide, { ...box, y, h: 0 }, [{ text: `${link.text} →`, size: TYPE.body * scale, bold: true, color: C.shanghai, ...(link.url ? { url: link.url } : {}) }], { deckLang: lang }).h + px(10);
    rule(slide, box.x, y - px(5), box.w);
    y += px(8);
  }
  return y - box.y;
}

function addSource(slide: Slide, box: Box, block: Extract<Block, { kind: 'source' }>, lang: Lang): number {
  const qrSize = px(216);
  const qrW = block.qr.length > 0 ? block.qr.length * (qrSize + px(24)) : 0;
  const textW = box.w - qrW;
  const paras: Para[] = [{ text: block.title, size: pt(36), bold: true, color: C.text }, ...block.lines.map((line) => ({ text: line, size: TYPE.label, color: C.muted, spaceBefore: px(14) }))];
  const fitted = fitParas(paras, textW, box.h);
  const captionH = Math.max(0, ...block.qr.map((code) => parasHeight([{ text: code.caption, size: pt(18), color: C.muted }], qrSize)));
  const qrH = block.qr.length > 0 ? qrSize + px(8) + captionH : 0;
  const height = Math.min(box.h, Math.max(parasHeight(fitted, textW), qrH));
  addParas(slide, { x: box.x, y: box.y, w: textW, h: height }, fitted, { deckLang: lang }, 'middle');
  block.qr.forEach((code, index) => {
    const x = box.x + textW + px(24) + index * (qrSize + px(24));
    const y = box.y + Math.max(0, (height - qrH) / 2);
    addQrCode(slide, x, y, qrSize, code.url);
    addParas(slide, { x, y: y + qrSize + px(8), w: qrSize, h: 0 }, [{ text: code.caption, size: pt(18), color: C.muted }], { deckLang: lang, align: 'center' });
  });
  return height;
}

function addPartsLine(slide: Slide, box: Box, block: Extract<Block, { kind: 'parts' }>, lang: Lang): number {
  if (block.role === 'each') {
    // The per-unit figure large, its tag and words beside it, on one baseline.
    const [first, ...rest] = block.parts;
    if (!first) return 0;
    const size = oneLine(first.text, TYPE.big, box.w * 0.45, 0.5);
    const firstW = (valueEms(first.text, true, 0.5) * size) / 72 + px(24);
    const firstH = addParas(slide, { x: box.x, y: box.y, w: firstW, h: 0 }, [{ text: first.text, size, bold: true, color: C.muted, affix: 0.5 }], { deckLang: lang }).h;
    const restPara = [{ text: rest.map((part) => part.text).join(' '), size: TYPE.label, color: C.muted }];
    const restW = box.w - firstW - px(14);
    const restH = parasHeight(restPara, restW);
    addParas(slide, { x: box.x + firstW + px(14), y: box.y + Math.max(0, firstH - restH - px(10)), w: restW, h: 0 }, restPara, { deckLang: lang });
    return Math.max(firstH, restH) + px(16);
  }
  // The key under the marks: a swatch and what one mark is, the gap said at the right.
  rule(slide, box.x, box.y, box.w);
  const y = box.y + px(12);
  const [first, ...rest] = block.parts;
  const lineH = linesHeight(1, TYPE.label);
  slide.addShape('roundRect', { x: box.x, y: y + (lineH - px(26)) / 2, w: px(14), h: px(26), rectRadius: 0.02, fill: { color: C.yunnan }, line: none });
  const leftW = (box.w - px(26)) / 2;
  const left = addParas(slide, { x: box.x + px(26), y, w: leftW - px(12), h: 0 }, [{ text: first?.text ?? '', size: TYPE.label, color: C.muted }], { deckLang: lang });
  const right = addParas(slide, { x: box.x + px(26) + leftW, y, w: box.w - px(26) - leftW, h: 0 }, [{ text: rest.map((part) => part.text).join(' '), size: TYPE.label, color: C.muted }], { deckLang: lang, align: 'right' });
  return px(12) + Math.max(left.h, right.h);
}

function addQuote(slide: Slide, box: Box, block: Extract<Block, { kind: 'quote' }>, lang: Lang, large: boolean): number {
  const pad = { x: px(24), y: px(14) };
  const paras: Para[] = [
    { text: block.original, size: pt(22), color: C.muted },
    { text: block.text, size: pt(large ? 36 : 30), color: C.text, spaceBefore: px(10) },
    { text: block.who, size: pt(20), color: C.muted, spaceBefore: px(14) },
  ];
  const inner = box.w - px(8) - 2 * pad.x;
  const fitted = fitParas(paras, inner, box.h - 2 * pad.y);
  const h = parasHeight(fitted, inner) + 2 * pad.y;
  slide.addShape('rect', { x: box.x, y: box.y, w: box.w, h, fill: { color: C.white }, line: none });
  slide.addShape('rect', { x: box.x, y: box.y, w: px(8), h, fill: { color: C.yunnan }, line: none });
  addParas(slide, { x: box.x + px(8) + pad.x, y: box.y + pad.y, w: inner, h: 0 }, fitted, { deckLang: lang });
  return h;
}

function addText(slide: Slide, box: Box, block: Extract<Block, { kind: 'text' }>, lang: Lang, scale: number): number {
  const small = block.role !== 'body';
  const para: Para = { text: block.text.text, size: (small ? TYPE.label : TYPE.body) * scale, color: block.role === 'gap-note' ? C.placeholder : small ? C.muted : C.text };
  const top = small ? px(12) : 0;
  if (small) rule(slide, box.x, box.y, box.w);
  return top + addParas(slide, { x: box.x, y: box.y + top, w: box.w, h: 0 }, fitParas([para], box.w, box.h - top), { deckLang: lang }).h;
}

/** Blocks that take whatever height is left in their column (a chart); the others are as tall as their content. */
function flexible(block: Block): boolean {
  return block.kind === 'chart';
}

/** Draws a block at the top of its box; returns the height it took (never more than the box). */
export function renderBlock(slide: Slide, block: Block, box: Box, context: RenderContext, columns = 1): number {
  const { lang } = context;
  switch (block.kind) {
    case 'row': {
      const parts = split(box.x, box.w, block.weights, block.children.length >= 3 ? px(30) : px(48));
      // Three or four numbers side by side hang from a common top, as on screen; two columns are centred on each other.
      const top = block.children.length >= 3;
      const heights = block.children.map((child, index) => renderBlock(DRY, child, { ...box, x: parts[index]?.start ?? box.x, w: parts[index]?.length ?? box.w }, context, block.children.length));
      const rowH = Math.min(box.h, Math.max(0, ...heights));
      block.children.forEach((child, index) => {
        const part = parts[index];
        const h = heights[index] ?? 0;
        if (part) renderBlock(slide, child, { x: part.start, y: box.y + (flexible(child) || top ? 0 : Math.max(0, (rowH - h) / 2)), w: part.length, h: flexible(child) ? box.h : rowH }, context, block.children.length);
      });
      return block.children.some(flexible) ? box.h : rowH;
    }
    case 'column': {
      const gap = px(26);
      const fixed = block.children.map((child) => (flexible(child) ? null : renderBlock(DRY, child, { ...box }, context)));
      const flexCount = fixed.filter((h) => h === null).length;
      const used = fixed.reduce<number>((sum, h) => sum + (h ?? 0), 0) + gap * (block.children.length - 1);
      const flexH = flexCount > 0 ? Math.max(px(200), (box.h - used) / flexCount) : 0;
      const total = used + flexH * flexCount;
      const scale = context.scale ?? 1;
      // Too tall for the frame at this size: the whole column a step smaller, as the screen's type would be squeezed.
      if (used > box.h + 0.01 && scale > 0.6) return renderBlock(slide, block, box, { ...context, scale: scale - 0.08 }, columns);
      let y = box.y + (flexCount > 0 ? 0 : Math.max(0, (box.h - total) / 2));
      block.children.forEach((child, index) => {
        const h = fixed[index] ?? flexH;
        renderBlock(slide, child, { x: box.x, y, w: box.w, h: Math.min(h, box.y + box.h - y) }, context);
        y += h + gap;
      });
      return Math.min(box.h, total);
    }
    case 'hero':
      return addParas(slide, box, fitParas(heroParas(block, box.w), box.w, box.h), { deckLang: lang }).h;
    case 'big': {
      const ruled = columns >= 4 && block.heading !== '';
      if (ruled) slide.addShape('line', { x: box.x, y: box.y, w: box.w, h: 0, line: { color: C.text, width: 3 } });
      const inner = ruled ? { ...box, y: box.y + px(12), h: box.h - px(12) } : box;
      const paras = fitParas(bigParas(block, box.w, columns, lang), box.w, inner.h);
      const drawn = addParas(slide, inner, paras, { deckLang: lang });
      const valueLine = paras[1];
      if (valueLine && (block.figure.status === 'omitted' || block.figure.status === 'damaged')) {
        // The gap's frame, behind its value line (drawn after: a frame with the background colour and no text would cover it, so outline only).
        const top = drawn.y + (block.heading === '' ? 0 : linesHeight(1, paras[0]?.size ?? 0)) + (valueLine.spaceBefore ?? 0);
        slide.addShape('roundRect', { x: box.x - px(6), y: top, w: textWidth(valueLine.text, valueLine.size, true) + px(12), h: linesHeight(1, valueLine.size), rectRadius: 0.05, fill: { type: 'none' }, line: { color: block.figure.status === 'damaged' ? C.damaged : C.placeholder, width: 1.5, dashType: 'dash' } });
      }
      return drawn.h + (ruled ? px(12) : 0);
    }
    case 'tiles':
      return addTiles(slide, box, block, lang);
    case 'chart':
      return addChart(slide, box, block.chart, block.missing.text, context);
    case 'quote':
      return addQuote(slide, box, block, lang, block.large);
    case 'text':
      return addText(slide, box, block, lang, context.scale ?? 1);
    case 'parts':
      return addPartsLine(slide, box, block, lang);
    case 'unit-marks':
      return addUnitMarks(slide, { ...box, h: Math.min(box.h, px(210)) }, block);
    case 'open-bound':
      return addOpenBound(slide, box, block.figure, lang);
    case 'pairing-map':
      return addPairingMap(slide, box, block, lang, context.scale ?? 1);
    case 'gaps':
      return addGaps(slide, box, block, lang, context.scale ?? 1, context.supplied ?? new Set());
    case 'deck-links':
      return addDeckLinks(slide, box, block, lang, context.scale ?? 1);
    case 'source':
      return addSource(slide, box, block, lang);
  }
}
