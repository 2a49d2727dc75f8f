import { describe, expect, it } from 'vitest';
import { parsePptxArgs } from '../../scripts/lib/pptx/args.ts';
import { pptxFileName } from '../../scripts/lib/export-files.ts';
import { addEastAsianFonts, patchChartXml, patchSheetXml, patchTheme, seriesCaches } from '../../scripts/lib/pptx/patch.ts';
import { formatLabel, labelFormat, nativeChart } from '../../scripts/lib/pptx/chart-data.ts';
import { deckModel } from '../../scripts/lib/pptx/export.ts';
import { chartModelOf } from '../../site/model/deck-model.ts';
import type { Block } from '../../site/model/types.ts';
import { loadSiteData } from '../../site/site-data.ts';
import type { DeckId } from '../../ledger/types.ts';
import type { Lang } from '../../ledger/format.ts';
import { resolve } from 'node:path';
import { CHARTS, chartById } from '../../charts/catalog/index.ts';
import { GAP_CHART, LOWER_BOUND_CHART } from './chart-fixtures.ts';
import { figureById } from '../../ledger/lookup.ts';
import { barValue } from '../../charts/builders/bar-chart.ts';

describe('npm run pptx arguments', () => {
  it('defaults to every deck, both editions, dist/pptx', () => {
    const options = parsePptxArgs([], '/work', '/work/dist/pptx');
    expect(options.decks).toEqual(['overview', 'honghe', 'lijiang', 'puer', 'xishuangbanna']);
    expect(options.langs).toEqual(['zh-CN', 'en']);
    expect(options.out).toBe('/work/dist/pptx');
  });
  it('takes repeatable decks in the order given, a language and an output folder', () => {
    const options = parsePptxArgs(['--deck', 'puer', '--deck', 'lijiang', '--lang', 'zh', '--out', 'x'], '/work');
    expect(options.decks).toEqual(['puer', 'lijiang']);
    expect(options.langs).toEqual(['zh-CN']);
    expect(options.out).toBe('/work/x');
    expect(parsePptxArgs(['--lang', 'en']).langs).toEqual(['en']);
  });
  it('rejects unknown decks, languages and options before any work, naming the valid ones', () => {
    expect(() => parsePptxArgs(['--deck', 'shanghai'])).toThrow(/Unknown deck id: shanghai\. Known decks: overview, honghe/);
    expect(() => parsePptxArgs(['--lang', 'fr'])).toThrow(/--lang must be zh-CN \(or zh\) or en, got "fr"/);
    expect(() => parsePptxArgs(['--bogus'])).toThrow(/Unknown option '--bogus'/);
    expect(() => parsePptxArgs(['--out', ' '])).toThrow(/--out needs a directory/);
    expect(() => parsePptxArgs(['--deck', ''])).toThrow(/--deck needs a deck id/);
  });
  it('names files <deck>.pptx and <deck>.en.pptx', () => {
    expect(pptxFileName('puer', 'zh-CN')).toBe('puer.pptx');
    expect(pptxFileName('puer', 'en')).toBe('puer.en.pptx');
  });
});

describe('PowerPoint XML patches', () => {
  it('gives every Latin typeface an East Asian sibling, once', () => {
    const xml = '<a:rPr><a:latin typeface="Arial"/></a:rPr><a:rPr><a:latin typeface="X"/><a:ea typeface="Y"/></a:rPr>';
    const patched = addEastAsianFonts(xml, 'Microsoft YaHei');
    expect(patched).toBe('<a:rPr><a:latin typeface="Arial"/><a:ea typeface="Microsoft YaHei" charset="-122"/></a:rPr><a:rPr><a:latin typeface="X"/><a:ea typeface="Y"/></a:rPr>');
    expect(addEastAsianFonts(patched, 'Microsoft YaHei')).toBe(patched);
  });
  it('names the East Asian font in the theme', () => {
    expect(patchTheme('<a:ea typeface=""/><a:font script="Hans" typeface="DengXian"/>', 'F')).toBe('<a:ea typeface="F"/><a:font script="Hans" typeface="F"/>');
  });
  it('leaves gaps out of the cache and turns single-level categories into a string cache', () => {
    const chart =
      '<c:barDir val="bar"/><c:cat><c:multiLvlStrRef><c:f>Sheet1!$A$2:$A$3</c:f><c:multiLvlStrCache><c:ptCount val="2"/><c:lvl><c:pt idx="0"><c:v>甲</c:v></c:pt><c:pt idx="1"><c:v>乙</c:v></c:pt></c:lvl></c:multiLvlStrCache></c:multiLvlStrRef></c:cat>' +
      '<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>4.88</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt></c:numCache></c:numRef></c:val>' +
      '<c:catAx><c:scaling><c:orientation val="minMax"/></c:scaling></c:catAx>';
    const patched = patchChartXml(chart);
    expect(patched).toContain('<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>甲</c:v></c:pt><c:pt idx="1"><c:v>乙</c:v></c:pt></c:strCache></c:strRef></c:cat>');
    expect(patched).not.toContain('<c:v></c:v>');
    expect(patched).toContain('<c:orientation val="maxMin"/>');
    expect(seriesCaches(patched)).toEqual([{ ref: 'Sheet1!$B$2:$B$3', count: 2, values: new Map([[0, 4.88]]) }]);
    const sheet = '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>4.88</v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v></v></c></row>';
    expect(patchSheetXml(sheet, patched)).toBe('<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>4.88</v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c></row>');
  });
  it('restores a zero that the generator wrote as an empty cell', () => {
    const chart = '<c:val><c:numRef><c:f>Sheet1!$D$2:$D$2</c:f><c:numCache><c:ptCount val="1"/><c:pt idx="0"><c:v>0</c:v></c:pt></c:numCache></c:numRef></c:val>';
    expect(patchSheetXml('<c r="D2"><v></v></c>', chart)).toBe('<c r="D2"><v>0</v></c>');
  });
});

describe('native chart data', () => {
  it('takes category labels from the catalog as one line each, without phrase marks', () => {
    for (const spec of CHARTS) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const chart = nativeChart(chartModelOf(spec, lang).chart, lang);
        for (const label of chart.categories) expect(label, spec.id).not.toMatch(/[\u200b\n]/);
      }
    }
    expect(nativeChart(chartModelOf(chartById('honghe-pairs'), 'zh-CN').chart, 'zh-CN').categories).toEqual(['医疗机构 ↔ 医院和乡镇卫生院', '学校 ↔ 学校']);
  });
  it('plots the ledger’s values, a gap (never 0) for an unknown, and says what is missing in the category', () => {
    for (const spec of [...CHARTS, GAP_CHART, LOWER_BOUND_CHART].filter((chart) => chart.figures.length > 0 && !chart.id.includes('pairs'))) {
      const chart = nativeChart(chartModelOf(spec, 'zh-CN').chart, 'zh-CN');
      spec.figures.forEach((id, index) => {
        const figure = figureById(id);
        expect(chart.series[0]?.values[index]).toBe(barValue(figure));
        if (barValue(figure) === null) expect(chart.categories[index]).toMatch(/原文未给出|原文显示/);
      });
    }
    const jobs = nativeChart(chartModelOf(GAP_CHART, 'en').chart, 'en');
    expect(jobs.series[0]?.values).toEqual([48800, null]);
    expect(jobs.categories[1]).toMatch(/\? not given in the article$/);
  });
  it('writes every value label with its unit, as the slide does, and no label on a gap', () => {
    expect(labelFormat('5吨/亩')).toBe('General"吨/亩"');
    expect(labelFormat('48,800 jobs')).toBe('#,##0" jobs"');
    expect(labelFormat('约2871个')).toBe('"约"General"个"');
    expect(formatLabel(48800, labelFormat('48,800 jobs'))).toBe('48,800 jobs');
    for (const spec of [...CHARTS, GAP_CHART, LOWER_BOUND_CHART]) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const { chart } = chartModelOf(spec, lang);
        const native = nativeChart(chart, lang);
        chart.data.series.forEach((series, s) => series.points.forEach((point, p) => {
          const format = native.series[s]?.formats[p] ?? '';
          if (point.value === null || point.value === 0) return expect(format).toBe('');
          expect(formatLabel(point.value, format), `${spec.id} ${lang}`).toBe(point.label);
          expect(point.label, `${spec.id} ${lang}: a label with its unit`).toMatch(/\d[^\d,.]*[^\d\s,.]/u);
        }));
      }
    }
  });
});

describe('the deck model (site/model/)', () => {
  const site = loadSiteData(resolve(import.meta.dirname, '../..'));
  const blocks = (body: Block | null): Block[] => (body ? [body, ...(body.kind === 'row' || body.kind === 'column' ? body.children.flatMap(blocks) : [])] : []);
  const slide = (deck: DeckId, id: string, lang: Lang = 'zh-CN') => deckModel(site, deck, lang).slides.find((candidate) => candidate.id === id);

  it('holds the same slides, titles and figures as the rendered page, in both editions', () => {
    for (const [deck, editions] of site.models) {
      for (const [lang, model] of editions) {
        const rendered = (lang === 'en' ? site.englishDecks : site.decks).get(deck);
        expect(model.slides.map((s) => s.id), `${deck} ${lang}`).toEqual(rendered?.slides.map((s) => s.id));
        model.slides.forEach((s, index) => {
          expect(s.figures, `${deck} ${lang} ${s.id}`).toEqual(rendered?.slides[index]?.figures);
          expect(s.title.text.replace(/\s+/g, ''), `${deck} ${lang} ${s.id}`).toBe(rendered?.slides[index]?.title.replace(/\s+/g, ''));
          expect(s.notes.length, `${deck} ${lang} ${s.id}: notes`).toBeGreaterThan(0);
        });
      }
    }
  });

  it('keeps a gap note saying “原文未给出” once, as on the slide; a damaged figure keeps what it prints', () => {
    const intro = blocks(slide('overview', 'intro')?.body ?? null).find((block) => block.kind === 'text' && block.role === 'gap-note');
    expect(intro).toMatchObject({ text: { text: '原文未给出：两地相距多远？公里，中央确定对口帮扶的年份？年。' } });
    const how = blocks(slide('overview', 'how-to-read')?.body ?? null).filter((block) => block.kind === 'big');
    expect(how).toContainEqual(expect.objectContaining({ figure: expect.objectContaining({ status: 'damaged', gap: expect.stringMatching(/^原文显示“/) }) }));
  });

  it('reads the unit marks, the open-ended bar and the pairing map with their numbers from the ledger', () => {
    const jobs = blocks(slide('xishuangbanna', 'jobs-offered')?.body ?? null);
    expect(jobs).toContainEqual(expect.objectContaining({ kind: 'unit-marks', count: figureById('xishuangbanna-job-fairs').value }));
    expect(jobs).toContainEqual(expect.objectContaining({ kind: 'parts', role: 'each', parts: [expect.objectContaining({ text: '约2871个' }), expect.objectContaining({ text: '计算值' }), expect.objectContaining({ text: expect.stringMatching(/^平均每场/) })] }));
    const sales = blocks(slide('lijiang', 'expo-sales')?.body ?? null);
    expect(sales).toContainEqual({ kind: 'open-bound', figure: { id: 'lijiang-expo-sales', value: '94万元以上', gap: '原文显示“94.万元”', printed: '原文显示“94.万元”', status: 'damaged' } });
    const pairings = blocks(slide('overview', 'pairings')?.body ?? null);
    expect(pairings).toContainEqual(expect.objectContaining({ kind: 'pairing-map', heads: ['上海', '云南'], rows: expect.arrayContaining([expect.objectContaining({ shanghai: '徐汇区、长宁区等', yunnan: '红河州', deck: 'honghe' })]) }));
  });
});
