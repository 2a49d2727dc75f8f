import { describe, expect, it } from 'vitest';
import { parsePptxArgs } from '../../scripts/lib/pptx/args.ts';
import { pptxFileName } from '../../scripts/lib/export-files.ts';
import { addEastAsianFonts, patchChartXml, patchSheetXml, patchTheme, seriesCaches } from '../../scripts/lib/pptx/patch.ts';
import { joinLabel, nativeChart } from '../../scripts/lib/pptx/chart-data.ts';
import { slideModels } from '../../scripts/lib/pptx/content.ts';
import { CHARTS } from '../../charts/catalog/index.ts';
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
  it('joins wrapped labels without a space between Chinese pieces', () => {
    expect(joinLabel(['开发乡村公共', '服务岗位'])).toBe('开发乡村公共服务岗位');
    expect(joinLabel(['医疗机构 ↔', '医院和乡镇卫生院'])).toBe('医疗机构 ↔ 医院和乡镇卫生院');
    expect(joinLabel(['Jobs offered', 'at the fairs'])).toBe('Jobs offered at the fairs');
  });
  it('plots the ledger’s values, a gap (never 0) for an unknown, and says what is missing in the category', () => {
    for (const spec of [...CHARTS, GAP_CHART, LOWER_BOUND_CHART].filter((chart) => chart.figures.length > 0 && !chart.id.includes('pairs'))) {
      const chart = nativeChart(spec, 'zh-CN');
      spec.figures.forEach((id, index) => {
        const figure = figureById(id);
        expect(chart.series[0]?.values[index]).toBe(barValue(figure));
        if (barValue(figure) === null) expect(chart.categories[index]).toMatch(/原文未给出|原文显示/);
      });
    }
    const jobs = nativeChart(GAP_CHART, 'en');
    expect(jobs.series[0]?.values).toEqual([48800, null]);
    expect(jobs.categories[1]).toMatch(/\? not given in the article$/);
  });
});

describe('slide content for PowerPoint', () => {
  it('reads titles, blocks and notes lines from a rendered slide, without screen-only hints', () => {
    const html = `<div class="slides"><section id="a" data-layout="chart-number"><h2>标题<span class="fig"><span class="fig-value">4.88万个</span></span></h2>
      <div class="cols cols--wide-left fill"><figure data-chart="xishuangbanna-jobs" class="chart"><p class="chart-missing">图中没有画出：X（未给出）</p></figure>
      <div class="stack"><div class="tiles"><p class="tiles-heading">原文未给出</p><div class="tiles-row"><div class="tile"><span data-figure="x" data-figure-status="omitted"><span class="fig-value">？年</span><span class="fig-gap"><span class="fig-sep">（</span>原文未给出<span class="fig-sep">）</span></span></span><span class="tile-label">年份</span></div></div></div></div></div>
      <p class="note-line screen-only">点击</p>
      <aside class="notes">说这个。<p class="notes-sources">本页数字的原文出处：</p><ul><li>甲：1。原文：「甲1」</li></ul></aside></section></div>`;
    const [slide] = slideModels(html);
    expect(slide?.title).toBe('标题4.88万个');
    expect(slide?.notes).toEqual(['说这个。', '本页数字的原文出处：', '甲：1。原文：「甲1」']);
    expect(slide?.body).toMatchObject({ kind: 'row', weights: [3, 2], children: [{ kind: 'chart', chartId: 'xishuangbanna-jobs', missing: '图中没有画出：X（未给出）' }, { kind: 'column' }] });
    const column = slide?.body?.kind === 'row' ? slide.body.children[1] : undefined;
    expect(column).toMatchObject({ children: [{ kind: 'tiles', heading: '原文未给出', tiles: [{ label: '年份', figure: { value: '？年', gap: '原文未给出', status: 'omitted' } }] }] });
  });

  it('keeps a gap note saying “原文未给出” once, as on the slide; a damaged figure keeps what it prints', () => {
    const omitted = (value: string) => `<span data-figure="x" data-figure-status="omitted" class="fig fig--omitted"><span class="fig-value">${value}</span><span class="fig-gap"><span class="fig-sep">（</span>原文未给出<span class="fig-sep">）</span></span></span>`;
    const damaged = '<span data-figure="y" data-figure-status="damaged" class="fig fig--damaged"><span class="fig-value">？万元</span><span class="fig-gap"><span class="fig-sep">（</span>原文显示“.1万元”<span class="fig-sep">）</span></span></span>';
    const html = `<div class="slides"><section id="a"><h2>标题</h2><p class="gap-note">原文未给出：年份${omitted('？年')}，金额${omitted('？万元')}；理赔只印出${damaged}。</p><aside class="notes">说</aside></section></div>`;
    const [slide] = slideModels(html);
    expect(slide?.body).toEqual({ kind: 'text', role: 'small', text: '原文未给出：年份？年，金额？万元；理赔只印出？万元（原文显示“.1万元”）。' });
  });
});

describe('the designed visuals in PowerPoint', () => {
  it('reads the unit marks, the open-ended bar and the pairing map from the rendered decks, with their numbers from the ledger', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { parseArticle } = await import('../../ledger/article.ts');
    const { renderDeck } = await import('../../site/render-deck.ts');
    const { DECKS } = await import('../../slides/decks.ts');
    const root = resolve(import.meta.dirname, '../..');
    const article = parseArticle(readFileSync(resolve(root, 'assets/article.txt'), 'utf8'));
    const rendered = (id: string) => {
      const deck = DECKS.find((candidate) => candidate.id === id);
      if (!deck) throw new Error(`no deck ${id}`);
      return slideModels(renderDeck(readFileSync(resolve(root, `slides/${id}/index.html`), 'utf8'), deck, article, `slides/${id}/index.html`, '../../data/').html);
    };
    const blocks = (body: unknown): unknown[] => {
      const block = body as { kind?: string; children?: unknown[] } | null;
      return block ? [block, ...(block.children ?? []).flatMap(blocks)] : [];
    };
    const jobs = rendered('xishuangbanna').find((slide) => slide.id === 'jobs-offered');
    expect(blocks(jobs?.body)).toContainEqual(expect.objectContaining({ kind: 'marks', count: figureById('xishuangbanna-job-fairs').value }));
    expect(blocks(jobs?.body)).toContainEqual(expect.objectContaining({ kind: 'text', text: expect.stringMatching(/^约2871个　计算值　平均每场/) }));
    const sales = rendered('lijiang').find((slide) => slide.id === 'expo-sales');
    expect(blocks(sales?.body)).toContainEqual({ kind: 'open-bound', figure: { value: '94万元以上', gap: '原文显示“94.万元”', status: 'damaged' } });
    const pairings = rendered('overview').find((slide) => slide.id === 'pairings');
    expect(blocks(pairings?.body)).toContainEqual(expect.objectContaining({ kind: 'pairings', heads: ['上海', '云南'], rows: expect.arrayContaining([{ shanghai: '徐汇区、长宁区等', yunnan: '红河州' }]) }));
  });
});
