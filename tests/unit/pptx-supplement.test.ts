import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../ledger/figures.ts';
import { figureById } from '../../ledger/lookup.ts';
import { supplementLine, supplementSource } from '../../ledger/supplement-text.ts';
import type { Lang } from '../../ledger/format.ts';
import { parseSupplements } from '../../site/supplements-file.ts';
import { chartModelOf } from '../../site/model/deck-model.ts';
import type { DeckModel, SlideModel } from '../../site/model/types.ts';
import { nativeChart } from '../../scripts/lib/pptx/chart-data.ts';
import { pptxOf } from '../../scripts/lib/pptx/export.ts';
import { GAP_CHART } from './chart-fixtures.ts';

/**
 * Issue 24 in the PowerPoint: a value supplied from another source is a bar with a fill of its own
 * (the supplement colour, striped) and a “补充 … / added …” label in its chart, and the supplied
 * figure's label on a content slide sits in the frame of that colour the gaps legend promises
 * (绿框). The test chart of chart-fixtures.ts (jobs offered, public-service jobs omitted) is supplied
 * from tests/fixtures/supplements-chart.csv, a made-up “Test fixture” source.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = 'tests/fixtures/supplements-chart.csv';
const SUPPLEMENTS = parseSupplements(readFileSync(resolve(ROOT, FIXTURE), 'utf8'), FIXTURE, FIGURES);
const FIGURE = 'xishuangbanna-public-service-jobs';
const GREEN = '00735A';

/** A one-slide deck with the test chart, as the deck model would carry it with the fixture supplement. */
function chartDeck(lang: Lang, supplied: boolean): DeckModel {
  const supplements = supplied ? SUPPLEMENTS : new Map();
  const supplement = SUPPLEMENTS.get(FIGURE);
  if (!supplement) throw new Error(`${FIXTURE} supplies no ${FIGURE}`);
  const slide: SlideModel = {
    id: 'fixture-supplied-chart',
    layout: 'chart',
    title: { text: lang === 'en' ? 'Test fixture' : '测试夹具', figures: [] },
    kicker: '',
    subtitle: '',
    byline: '',
    body: { kind: 'chart', ...chartModelOf(GAP_CHART, lang, supplements) },
    notes: ['测试夹具'],
    shown: [...GAP_CHART.figures],
    figures: [...GAP_CHART.figures],
    supplied: supplied ? [{ figure: FIGURE, label: supplementLine(figureById(FIGURE), supplement, lang), source: supplementSource(supplement, lang) }] : [],
  };
  // The page's frame and figure facts: the PowerPoint does not read them.
  const page = { tab: '', headingHtml: '', titleSource: '', supplied, damaged: false, notesHeading: '' };
  return { id: 'xishuangbanna', lang, title: 'Test', subtitle: '', minutes: 1, credit: '来源：测试', slides: [slide], figures: {}, page };
}

async function parts(deck: DeckModel): Promise<{ chart: string; slide: string }> {
  const zip = await JSZip.loadAsync((await pptxOf(deck)).bytes);
  const read = async (pattern: RegExp) => {
    const name = Object.keys(zip.files).find((candidate) => pattern.test(candidate));
    return name ? ((await zip.file(name)?.async('string')) ?? '') : '';
  };
  return { chart: await read(/^ppt\/charts\/chart\d+\.xml$/), slide: await read(/^ppt\/slides\/slide1\.xml$/) };
}

/** The `<c:dPt>` of a point, if the chart XML has one. */
const dataPoint = (xml: string, index: number): string => new RegExp(`<c:dPt>\\s*<c:idx val="${index}"/>[\\s\\S]*?</c:dPt>`).exec(xml)?.[0] ?? '';
/** The `<c:dLbl>` of a point. */
const dataLabel = (xml: string, index: number): string => new RegExp(`<c:dLbl><c:idx val="${index}"/>[\\s\\S]*?</c:dLbl>`).exec(xml)?.[0] ?? '';

describe('a supplied bar in the PowerPoint chart', () => {
  it('the native chart plots the supplied value on the chart’s scale, in the supplement colour, labelled as supplied; the category keeps the gap', () => {
    const zh = nativeChart(chartModelOf(GAP_CHART, 'zh-CN', SUPPLEMENTS).chart, 'zh-CN');
    // 20000个 on an axis in 万个.
    expect(zh.series[0]?.values).toEqual([4.88, 2]);
    expect(zh.series[0]?.colors[1]).toBe(GREEN);
    expect(zh.series[0]?.colors[0]).not.toBe(GREEN);
    expect(zh.series[0]?.formats[1]).toBe('"补充 20000个"');
    expect(zh.series[0]?.supplied).toEqual([false, true]);
    expect(zh.categories[1]).toBe('开发乡村公共服务岗位：原文未给出');
    const en = nativeChart(chartModelOf(GAP_CHART, 'en', SUPPLEMENTS).chart, 'en');
    expect(en.series[0]?.values).toEqual([48800, 20000]);
    expect(en.series[0]?.formats[1]).toBe('"added 20,000 jobs"');
    // Without supplements: a gap, as before.
    expect(nativeChart(chartModelOf(GAP_CHART, 'zh-CN').chart, 'zh-CN').series[0]?.values).toEqual([4.88, null]);
    // The line under the chart no longer says the chart leaves out what it draws.
    expect(chartModelOf(GAP_CHART, 'zh-CN', SUPPLEMENTS).missing.text).toBe('原文未给出的：开发乡村公共服务岗位（未给出）');
    expect(chartModelOf(GAP_CHART, 'en', SUPPLEMENTS).missing.text).toMatch(/^Not given in the article: /);
    expect(chartModelOf(GAP_CHART, 'zh-CN').missing.text).toMatch(/^图中没有画出、原文未给出的：/);
  });

  it('the chart XML: the supplied point striped (pattern fill) in the supplement colour with its outline, its label “补充 …” in that colour; the article’s bar solid', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const { chart } = await parts(chartDeck(lang, true));
      const supplied = dataPoint(chart, 1);
      expect(supplied, lang).toMatch(new RegExp(`<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${GREEN}"/></a:fgClr>`));
      expect(supplied, lang).toMatch(new RegExp(`<a:ln w="\\d+"><a:solidFill><a:srgbClr val="${GREEN}"/>`));
      expect(dataPoint(chart, 0), lang).not.toContain('pattFill');
      expect(dataPoint(chart, 0), lang).not.toContain(GREEN);
      const label = dataLabel(chart, 1);
      expect(label, lang).toContain(lang === 'en' ? 'formatCode="&quot;added 20,000 jobs&quot;"' : 'formatCode="&quot;补充 20000个&quot;"');
      expect(label, lang).toContain(`<a:srgbClr val="${GREEN}"/>`);
      expect(dataLabel(chart, 0), lang).not.toContain(GREEN);
      // The supplied value is in the chart's cache (the bar is drawn), on the chart's scale.
      expect(chart, lang).toMatch(lang === 'en' ? /<c:pt idx="1">\s*<c:v>20000<\/c:v>/ : /<c:pt idx="1">\s*<c:v>2<\/c:v>/);
    }
  });

  it('without supplements the chart has no supplied point, no pattern and no 补充', async () => {
    const { chart, slide } = await parts(chartDeck('zh-CN', false));
    expect(chart).not.toContain('pattFill');
    expect(chart).not.toContain(GREEN);
    expect(chart).not.toContain('补充');
    expect(slide).not.toContain('补充');
  });
});

describe('a supplied figure’s label on a content slide', () => {
  it('sits in a solid frame of the supplement colour (the legend’s 绿框), the label inside it', async () => {
    const { slide } = await parts(chartDeck('zh-CN', true));
    const frame = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="supplied figure frame"(?:(?!<\/p:sp>)[\s\S])*<\/p:sp>/.exec(slide)?.[0] ?? '';
    expect(frame).toMatch(new RegExp(`<a:ln[^>]*><a:solidFill><a:srgbClr val="${GREEN}"/></a:solidFill>`));
    expect(frame).not.toMatch(/prstDash val="(?!solid)/);
    const box = (xml: string) => {
      const off = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
      return off ? { x: Number(off[1]), y: Number(off[2]), w: Number(off[3]), h: Number(off[4]) } : null;
    };
    const label = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="supplied figure"(?:(?!<\/p:sp>)[\s\S])*<\/p:sp>/.exec(slide)?.[0] ?? '';
    expect(label.replace(/<[^>]+>/g, '')).toContain('补充 20000个（Test fixture）');
    const [outer, inner] = [box(frame), box(label)];
    expect(outer && inner).toBeTruthy();
    if (!outer || !inner) return;
    // The label lies inside its frame.
    expect(inner.x).toBeGreaterThan(outer.x);
    expect(inner.y).toBeGreaterThan(outer.y);
    expect(inner.x + inner.w).toBeLessThan(outer.x + outer.w);
    expect(inner.y + inner.h).toBeLessThan(outer.y + outer.h);
  });
});
