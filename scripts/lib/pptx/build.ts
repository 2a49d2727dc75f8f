import PptxGenJS from 'pptxgenjs';
import type { Block, DeckModel, SlideModel } from '../../../site/model/types.ts';
import type { Lang } from '../../../ledger/format.ts';
import { C } from './colors.ts';
import { PPTX_FONT } from './fonts.ts';
import { BODY_BOTTOM, FOOTER, LINE, PAD, SLACK_EMS, SLIDE, TYPE, linesOf, pt, px, textWidth } from './layout.ts';
import { addParas, fitParas, parasHeight, runLang, withLatinPunctuation, type Para } from './text-runs.ts';
import { SUPPLEMENT_FILL } from './supplements.ts';
import { renderBlock } from './blocks.ts';
import { nativeChart, type NativeChart } from './chart-data.ts';

/** The charts a deck's PowerPoint holds, in the order the file numbers them: what the XML patch and the tests check against. */
export function deckCharts(deck: DeckModel): NativeChart[] {
  const charts: NativeChart[] = [];
  const walk = (block: Block | null): void => {
    if (!block) return;
    if (block.kind === 'chart') charts.push(nativeChart(block.chart, deck.lang));
    if (block.kind === 'row' || block.kind === 'column') block.children.forEach(walk);
  };
  deck.slides.forEach((slide) => walk(slide.body));
  return charts;
}

const MASTER = 'HU_DIAN';
const TITLE_MASTER = 'HU_DIAN_TITLE';
/** Where the title and body sit on a content slide: the screen's 1280×720 frame (its slide has reveal's margin: text starts at 96 px). */
const LEFT = px(96);
const WIDTH = SLIDE.w - 2 * LEFT;
const TITLE_TOP = px(60);
/** The title slide: an 18-px Yunnan bar at the left, text from 135 px, centred on the slide. */
const TITLE_LEFT = px(135);
const TITLE_WIDTH = SLIDE.w - TITLE_LEFT - px(150);

const langCode = (lang: Lang): 'zh-CN' | 'en-US' => (lang === 'en' ? 'en-US' : 'zh-CN');

function addTitleSlide(slide: PptxGenJS.Slide, model: SlideModel, lang: Lang): void {
  const paras: Para[] = [
    { text: model.kicker, size: TYPE.label, bold: true, color: C.yunnan },
    { text: model.title.text, size: pt(76), bold: true, color: C.text, spaceBefore: px(14) },
    { text: model.subtitle, size: pt(40), bold: true, color: C.yunnan, spaceBefore: px(24) },
  ];
  const fitted = fitParas(paras, TITLE_WIDTH, px(460));
  const [kicker, title, subtitle] = fitted;
  const height = parasHeight(fitted, TITLE_WIDTH);
  let y = (SLIDE.h - height) / 2 - px(20);
  if (kicker && kicker.text !== '') y += addParas(slide, { x: TITLE_LEFT, y, w: TITLE_WIDTH, h: 0 }, [kicker], { deckLang: lang }).h;
  if (title) {
    // The title is the slide's title placeholder (the outline and slide list read like the deck).
    const titleH = parasHeight([title], TITLE_WIDTH);
    y += title.spaceBefore ?? 0;
    slide.addText(linesRuns(title, TITLE_WIDTH, lang), { placeholder: 'title', x: TITLE_LEFT, y, w: TITLE_WIDTH, h: titleH, margin: 0, valign: 'top', fit: 'none', lang: langCode(lang) });
    y += titleH;
  }
  if (subtitle) addParas(slide, { x: TITLE_LEFT, y: y + (subtitle.spaceBefore ?? 0), w: TITLE_WIDTH, h: 0 }, [{ ...subtitle, spaceBefore: 0 }], { deckLang: lang });
  const byline = [{ text: model.byline, size: pt(20), color: C.muted }];
  const bylineH = parasHeight(byline, TITLE_WIDTH);
  addParas(slide, { x: TITLE_LEFT, y: SLIDE.h - px(64) - bylineH, w: TITLE_WIDTH, h: 0 }, byline, { deckLang: lang });
}

function linesRuns(para: Para, width: number, lang: Lang): PptxGenJS.TextProps[] {
  const lines = linesOf(para.text, para.size, width, para.bold);
  return withLatinPunctuation(lines.map((line, index) => ({
    text: line,
    options: { fontSize: para.size, bold: para.bold ?? false, color: para.color, fontFace: PPTX_FONT, lang: runLang(line, lang), lineSpacing: Math.round(para.size * LINE * 10) / 10, ...(index > 0 ? { softBreakBefore: true } : {}) },
  })));
}

/** Inside a supplied figure's frame: room around its label. */
const SUPPLIED_PAD = { x: px(10), y: px(5) } as const;
const suppliedPara = (label: string): Para => ({ text: label, size: TYPE.source, color: `#${SUPPLEMENT_FILL}`, bold: true });
// One line where it fits: its width and the slack every line keeps (layout.ts), and half an em more.
const suppliedTextW = (label: string): number => Math.min(WIDTH - 2 * SUPPLIED_PAD.x, textWidth(label, TYPE.source, true) + ((SLACK_EMS + 0.5) * TYPE.source) / 72);
const suppliedFrameH = (label: string): number => parasHeight([suppliedPara(label)], suppliedTextW(label)) + 2 * SUPPLIED_PAD.y;

/** The room the supplied labels take above the footer (0 when the slide shows none). */
function suppliedLabelsHeight(labels: readonly string[]): number {
  return labels.length === 0 ? 0 : labels.reduce((sum, label) => sum + suppliedFrameH(label) + PAD.gap / 2, PAD.gap / 2);
}

/**
 * A figure the speaker supplied from another source: its label (“补充 1996年（publisher）”) in the supplement
 * colour inside a solid frame of that colour (the gaps legend's 绿框), each on a line of its own above the
 * footer, never in the article's colours, as the page marks it beside the gap; its source is in the notes.
 */
function addSuppliedLabels(slide: PptxGenJS.Slide, labels: readonly string[], top: number, lang: Lang): void {
  let y = top;
  for (const label of labels) {
    const textW = suppliedTextW(label);
    const frameH = suppliedFrameH(label);
    slide.addShape('roundRect', { x: LEFT, y, w: textW + 2 * SUPPLIED_PAD.x, h: frameH, rectRadius: 0.05, fill: { color: C.background }, line: { color: SUPPLEMENT_FILL, width: 1.5 }, objectName: 'supplied figure frame' });
    addParas(slide, { x: LEFT + SUPPLIED_PAD.x, y: y + SUPPLIED_PAD.y, w: textW, h: 0 }, [suppliedPara(label)], { deckLang: lang, name: 'supplied figure' });
    y += frameH + PAD.gap / 2;
  }
}

function addContentSlide(slide: PptxGenJS.Slide, model: SlideModel, deck: DeckModel, index: number): void {
  const lang = deck.lang;
  const [title] = fitParas([{ text: model.title.text, size: TYPE.title, bold: true, color: C.text }], Math.min(WIDTH, px(1080)), px(130), 0.6);
  const titleW = Math.min(WIDTH, px(1080));
  const titleH = title ? parasHeight([title], titleW) : 0;
  if (title) slide.addText(linesRuns(title, titleW, lang), { placeholder: 'title', x: LEFT, y: TITLE_TOP, w: titleW, h: titleH, margin: 0, valign: 'top', fit: 'none', lang: langCode(lang) });
  const top = TITLE_TOP + titleH + PAD.gap;
  // The body fills the rest of the frame and is centred in it, as the screen's .fill.
  const body: Block | null = model.body && model.body.kind !== 'column' ? { kind: 'column', children: [model.body] } : model.body;
  const suppliedH = suppliedLabelsHeight(model.supplied.map((entry) => entry.label));
  if (body) renderBlock(slide, body, { x: LEFT, y: top, w: WIDTH, h: BODY_BOTTOM - suppliedH - top }, { lang, supplied: new Set(model.supplied.map((entry) => entry.figure)) });
  addSuppliedLabels(slide, model.supplied.map((entry) => entry.label), BODY_BOTTOM - suppliedH + PAD.gap / 2, lang);
  // The source line and the page number, as under the screen's visuals and in its corner.
  addParas(slide, { x: LEFT, y: FOOTER.y, w: WIDTH - px(120), h: 0 }, [{ text: deck.credit, size: TYPE.source, color: C.muted }], { deckLang: lang, name: 'footer source' });
  addParas(slide, { x: LEFT + WIDTH - px(100), y: FOOTER.y, w: px(100), h: 0 }, [{ text: `${index + 1} / ${deck.slides.length}`, size: TYPE.source, color: C.muted }], { deckLang: lang, align: 'right', name: 'footer page' });
}

/** The deck as a PowerPoint file (before the XML patch in patch.ts), rendered from its model: editable text, native charts, notes. */
export async function buildPptx(deck: DeckModel): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${deck.title} · ${deck.subtitle}`;
  pptx.subject = deck.credit;
  pptx.author = deck.lang === 'en' ? 'Hu–Dian data-story decks' : '沪滇数据故事幻灯片';
  pptx.company = '';
  pptx.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };
  // Two masters: content slides (the title placeholder on top) and the title slide (a Yunnan bar at the left).
  const master = (title: string, bar: number): void =>
    pptx.defineSlideMaster({
      title,
      background: { color: C.background },
      objects: [
        // No position on the layout's title: each slide places its own, sized to its lines (pptxgenjs would copy the layout's).
        { placeholder: { options: { name: 'title', type: 'title', fontFace: PPTX_FONT, fontSize: TYPE.title, bold: true, color: C.text, align: 'left', valign: 'top' }, text: '' } },
        ...(bar > 0 ? [{ rect: { x: px(26), y: px(14), w: bar, h: SLIDE.h - px(28), fill: { color: C.yunnan } } }] : []),
      ],
    });
  master(MASTER, 0);
  master(TITLE_MASTER, px(18));
  deck.slides.forEach((model, index) => {
    const slide = pptx.addSlide({ masterName: model.layout === 'title' ? TITLE_MASTER : MASTER });
    if (model.layout === 'title') addTitleSlide(slide, model, deck.lang);
    else addContentSlide(slide, model, deck, index);
    slide.addNotes(model.notes.join('\n'));
  });
  const output = await pptx.write({ outputType: 'uint8array' });
  if (!(output instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return output;
}
