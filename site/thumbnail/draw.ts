import { figureLabel, figureText, placeholderText, type Lang } from '../../ledger/format.ts';
import { figureById } from '../../ledger/lookup.ts';
import { PALETTE } from '../../charts/palette.ts';
import { countByStatus } from '../../charts/builders/status-chart.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { DECK_IDS, type FigureStatus } from '../../ledger/types.ts';
import type { BigNumber, Change, LowerBound, PairedBars, PairingMap, StatusTiles, ThumbnailChoice } from './choices.ts';
import { PAIRINGS } from '../../ledger/pairings.ts';
import { INNER, MARGIN, joined, labelled, missingSlot, run, valueOf, type DrawContext, type Drawing } from './marks.ts';
import { estimateWidth, fitSize, shape, text, VIEW } from './svg.ts';

/** How a count of ledger entries is written (the overview's status chart says “给出20项”). */
export function countText(count: number, lang: Lang): string {
  return lang === 'en' ? `${count} ${count === 1 ? 'entry' : 'entries'}` : `${count}项`;
}

/** Entries of the whole ledger with this status, over every section (as the overview chart counts them). */
export function ledgerCount(status: FigureStatus): number {
  return DECK_IDS.reduce((sum, deck) => sum + countByStatus(FIGURES, deck, status), 0);
}

const TILE = 9;
const PITCH = 12;
const PER_ROW = 17;

function statusTiles(choice: StatusTiles, context: DrawContext): Drawing {
  const { lang, hatch } = context;
  const tileFill = { stated: PALETTE.shanghai, omitted: `url(#${hatch.omitted})`, damaged: `url(#${hatch.damaged})` } as const;
  const tileStroke = { stated: 'none', omitted: PALETTE.placeholder, damaged: PALETTE.damaged } as const;
  const countColor = { stated: PALETTE.shanghai, omitted: PALETTE.placeholder, damaged: PALETTE.damaged } as const;
  const tilesX = 100;
  let y = 42;
  const marks: string[] = [];
  const words: string[] = [];
  for (const { status, label } of choice.statuses) {
    const count = ledgerCount(status);
    const rows = Math.ceil(count / PER_ROW);
    const counted = countText(count, lang);
    marks.push(text(counted, { x: MARGIN, y: y + 13, size: fitSize(counted, tilesX - MARGIN - 6, 17), weight: 700, fill: countColor[status] }));
    marks.push(text(label[lang], { x: MARGIN, y: y + 27, size: 11, fill: PALETTE.text }));
    for (let index = 0; index < count; index += 1) {
      const attributes: Record<string, string | number> = {
        x: tilesX + (index % PER_ROW) * PITCH,
        y: y + Math.floor(index / PER_ROW) * PITCH,
        width: TILE,
        height: TILE,
        fill: tileFill[status],
      };
      if (status !== 'stated') Object.assign(attributes, { stroke: tileStroke[status], 'stroke-width': 1 });
      if (status === 'omitted') attributes['stroke-dasharray'] = '2 1.5';
      marks.push(shape('rect', attributes));
    }
    words.push(run(label[lang], counted, lang));
    y += Math.max(rows * PITCH, 30) + 14;
  }
  const unit = lang === 'en' ? 'Entries of this project’s figure ledger' : '本项目数字台账的条目';
  return { marks: marks.join(''), words: labelled(unit, words.join(lang === 'en' ? ', ' : '，'), lang) };
}

function pairedBars(choice: PairedBars, context: DrawContext): Drawing {
  const { lang } = context;
  const sides = [
    { side: choice.sides.shanghai[lang], color: PALETTE.shanghai, key: 'shanghai' as const },
    { side: choice.sides.yunnan[lang], color: PALETTE.yunnan, key: 'yunnan' as const },
  ];
  const barX = MARGIN + Math.max(...sides.map((s) => estimateWidth(s.side, 11))) + 8;
  const entries = choice.groups.flatMap((group) => sides.map((s) => ({ id: group[s.key], value: figureById(group[s.key]).value })));
  const largest = Math.max(...entries.map((entry) => entry.value ?? 0));
  // The longest bar that leaves room for every value label after its bar.
  const room = VIEW.width - MARGIN - barX - 6;
  const length = Math.min(...entries.map((entry) => (room - estimateWidth(valueOf(entry.id, lang), 11)) / ((entry.value ?? 0) / largest || 1)));
  const marks: string[] = [];
  const words: string[] = [];
  let y = 48;
  for (const group of choice.groups) {
    marks.push(text(group.label[lang], { x: MARGIN, y, size: fitSize(group.label[lang], INNER, 11), weight: 700, fill: PALETTE.text }));
    const parts: string[] = [];
    sides.forEach((s, index) => {
      const id = group[s.key];
      const figure = figureById(id);
      const top = y + 7 + index * 20;
      marks.push(text(s.side, { x: MARGIN, y: top + 12, size: 11, fill: PALETTE.text }));
      // Only a stated value has a length; anything else would be a guess.
      if (figure.status === 'stated' && figure.value !== null) {
        const width = (figure.value / largest) * length;
        marks.push(shape('rect', { x: barX, y: top, width, height: 16, fill: s.color }));
        marks.push(text(valueOf(id, lang), { x: barX + width + 6, y: top + 12, size: 11, weight: 700, fill: PALETTE.text }));
      }
      parts.push(run(s.side, figureText(figure, lang), lang));
    });
    words.push(labelled(group.label[lang], parts.join(lang === 'en' ? ', ' : '，'), lang));
    y += 62;
  }
  return { marks: marks.join(''), words: joined(words, lang) };
}

function lowerBound(choice: LowerBound, context: DrawContext): Drawing {
  const { lang, hatch } = context;
  const figure = figureById(choice.figure);
  const value = valueOf(choice.figure, lang);
  const printed = placeholderText(figure, lang);
  const marks = [
    text(value, { x: MARGIN, y: 70, size: fitSize(value, INNER, 34), weight: 700, fill: PALETTE.damaged }),
    text(printed, { x: MARGIN, y: 90, size: fitSize(printed, INNER, 12), fill: PALETTE.damaged }),
    // The legible part as a solid bar, then an open end: the true value is somewhere beyond.
    shape('rect', { x: MARGIN, y: 100, width: 176, height: 16, fill: PALETTE.damaged }),
    shape('rect', { x: MARGIN + 176, y: 100, width: 96, height: 16, fill: `url(#${hatch.damaged})` }),
    shape('path', { d: `M${MARGIN + 176} 100.5 H${MARGIN + 272} M${MARGIN + 176} 115.5 H${MARGIN + 272}`, stroke: PALETTE.damaged, 'stroke-width': 1, 'stroke-dasharray': '4 3', fill: 'none' }),
    shape('path', { d: `M${MARGIN + 276} 102 L${MARGIN + 286} 108 L${MARGIN + 276} 114`, stroke: PALETTE.damaged, 'stroke-width': 2, fill: 'none' }),
  ];
  const words = [run(figureLabel(figure, lang), figureText(figure, lang), lang)];
  choice.missing.forEach((id, index) => {
    const slot = missingSlot(id, 128 + index * 40, 36, context);
    marks.push(slot.marks);
    words.push(slot.words);
  });
  return { marks: marks.join(''), words: joined(words, lang) };
}

function change(choice: Change, context: DrawContext): Drawing {
  const { lang } = context;
  const columns = [
    { ...choice.from, color: PALETTE.neutral, x: 28 },
    { ...choice.to, color: PALETTE.yunnan, x: 112 },
  ];
  const values = columns.map((column) => figureById(column.figure).value ?? 0);
  const largest = Math.max(...values);
  const baseline = 150;
  const marks: string[] = [shape('line', { x1: MARGIN, y1: baseline + 0.5, x2: 196, y2: baseline + 0.5, stroke: PALETTE.grid, 'stroke-width': 1 })];
  const words: string[] = [];
  columns.forEach((column) => {
    const figure = figureById(column.figure);
    if (figure.status !== 'stated' || figure.value === null) throw new Error(`thumbnail: ${column.figure} is not a stated value; it cannot be a column`);
    const height = (figure.value / largest) * 92;
    const value = valueOf(column.figure, lang);
    marks.push(shape('rect', { x: column.x, y: baseline - height, width: 56, height, fill: column.color }));
    marks.push(text(value, { x: column.x + 28, y: baseline - height - 6, size: fitSize(value, 80, 13), weight: 700, fill: PALETTE.text, anchor: 'middle' }));
    marks.push(text(column.label[lang], { x: column.x + 28, y: baseline + 16, size: fitSize(column.label[lang], 80, 11), fill: PALETTE.text, anchor: 'middle' }));
    words.push(run(column.label[lang], figureText(figure, lang), lang));
  });
  const delta = figureById(choice.change.figure);
  const deltaText = valueOf(choice.change.figure, lang);
  marks.push(text(deltaText, { x: 210, y: 104, size: fitSize(deltaText, 96, 36), weight: 700, fill: PALETTE.muted }));
  marks.push(text(choice.change.label[lang], { x: 210, y: 124, size: fitSize(choice.change.label[lang], 96, 11), fill: PALETTE.muted }));
  words.push(run(choice.change.label[lang], figureText(delta, lang), lang));
  return { marks: marks.join(''), words: joined(words, lang) };
}

function bigNumber(choice: BigNumber, context: DrawContext): Drawing {
  const { lang } = context;
  const figure = figureById(choice.figure);
  const context_ = choice.context === undefined ? null : figureById(choice.context);
  const value = valueOf(choice.figure, lang);
  const line =
    context_ === null
      ? figureLabel(figure, lang)
      : lang === 'en'
        ? `${figureLabel(figure, lang)}, at ${valueOf(context_.id, lang)}`
        : `${figureLabel(figure, lang)}，来自${valueOf(context_.id, lang)}${figureLabel(context_, lang)}`;
  const marks = [
    text(value, { x: MARGIN, y: 82, size: fitSize(value, INNER, 48), weight: 700, fill: PALETTE.yunnan }),
    text(line, { x: MARGIN, y: 110, size: fitSize(line, INNER, 12), fill: PALETTE.text }),
  ];
  const source = context_ === null ? '' : lang === 'en' ? `, at ${figureText(context_, lang)}` : `，来自${figureText(context_, lang)}${figureLabel(context_, lang)}`;
  const words = [`${run(figureLabel(figure, lang), figureText(figure, lang), lang)}${source}`];
  if (choice.contextMarks) {
    // One mark per unit of the count, as on the slide (site/visuals/unit-marks.ts).
    const count = context_?.value ?? null;
    if (context_?.status !== 'stated' || count === null || !Number.isInteger(count) || count < 1) throw new Error(`thumbnail: ${choice.context} is not a stated count; it cannot be drawn as marks`);
    const gap = 3;
    const width = (INNER - gap * (count - 1)) / count;
    for (let index = 0; index < count; index++) marks.push(shape('rect', { x: MARGIN + index * (width + gap), y: 124, width, height: 40, rx: 2, fill: PALETTE.yunnan }));
  }
  choice.missing.forEach((id, index) => {
    const slot = missingSlot(id, 126 + index * 40, 36, context);
    marks.push(slot.marks);
    words.push(slot.words);
  });
  return { marks: marks.join(''), words: joined(words, lang) };
}

/** The overview's lead visual in small: Shanghai side → Yunnan side, one row per pairing (ledger/pairings.ts). */
function pairingMap(_choice: PairingMap, context: DrawContext): Drawing {
  const { lang } = context;
  // English names run longer: smaller Shanghai labels and a shorter arrow leave the Yunnan names room.
  const sizes = lang === 'en' ? { shanghai: 10, yunnan: 16, arrow: 26 } : { shanghai: 12, yunnan: 18, arrow: 50 };
  const widest = Math.max(...PAIRINGS.map((pairing) => estimateWidth(pairing.names[lang].shanghai, sizes.shanghai)));
  const right = Math.min(MARGIN + widest, VIEW.width / 2);
  const lineFrom = right + 8;
  const lineTo = lineFrom + sizes.arrow;
  const yunnanX = lineTo + 10;
  const marks: string[] = [];
  const words: string[] = [];
  PAIRINGS.forEach((pairing, index) => {
    const y = 56 + index * 32;
    const names = pairing.names[lang];
    const shanghaiColor = pairing.districtsNamed ? PALETTE.shanghai : PALETTE.muted;
    marks.push(text(names.shanghai, { x: right, y: y + 4, size: fitSize(names.shanghai, right - MARGIN, sizes.shanghai, 7), weight: pairing.districtsNamed ? 700 : 400, fill: shanghaiColor, anchor: 'end' }));
    const middle = (lineFrom + lineTo) / 2;
    marks.push(shape('rect', { x: lineFrom, y: y - 1.5, width: middle - lineFrom, height: 3, fill: PALETTE.shanghai }));
    marks.push(shape('rect', { x: middle, y: y - 1.5, width: lineTo - middle - 4, height: 3, fill: PALETTE.yunnan }));
    marks.push(shape('path', { d: `M${lineTo - 6} ${y - 5} L${lineTo + 1} ${y} L${lineTo - 6} ${y + 5} Z`, fill: PALETTE.yunnan }));
    marks.push(text(names.yunnan, { x: yunnanX, y: y + 6, size: fitSize(names.yunnan, VIEW.width - MARGIN - yunnanX, sizes.yunnan), weight: 700, fill: PALETTE.yunnan }));
    words.push(`${names.shanghai} → ${names.yunnan}`);
  });
  return { marks: marks.join(''), words: joined(words, lang) };
}

/** The marks of a deck's thumbnail, drawn from the ledger, and the same data in words. */
export function drawThumbnail(choice: ThumbnailChoice, context: DrawContext): Drawing {
  switch (choice.kind) {
    case 'status-tiles':
      return statusTiles(choice, context);
    case 'paired':
      return pairedBars(choice, context);
    case 'lower-bound':
      return lowerBound(choice, context);
    case 'change':
      return change(choice, context);
    case 'big-number':
      return bigNumber(choice, context);
    case 'pairing-map':
      return pairingMap(choice, context);
  }
}
