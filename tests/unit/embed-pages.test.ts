import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { embedPageGlyphSplit, embedPageGlyphs, embedPages, weightRules } from '../../site/embed-pages.ts';
import { unicodeRange } from '../../site/page-fonts.ts';
import { parseEmbedPath } from '../../contracts/embed-url.ts';
import { embedNotFoundPage } from '../../site/embed-serve.ts';
import { slideScale } from '../../runtime/embed/scaled-slide.ts';

const DECK = `<!doctype html><html lang="zh-CN" data-deck="honghe"><head><title>红河</title><script type="module" src="../../assets/boot.js"></script></head><body>
<div class="reveal"><div class="slides">
<section id="title"><h1>标题</h1><aside class="notes">讲稿甲</aside></section>
<section id="pairs"><h2>结对<span data-figure="a" data-quote="引文乙">30所</span></h2>
<figure data-chart="c"><div class="chart-canvas"><canvas data-chart-id="c" aria-label="读屏丙"></canvas><script type="application/json" data-chart-config>{"type":"bar","data":{"labels":["上海"]},"options":{"color":"#ABCDEF"}}</script></div>
<p class="chart-source">来源：云南网</p></figure>
<a href="../lijiang/#/gaps">丽江</a><a href="../../data/figures.csv">CSV</a><a href="https://example.org/">外</a>
<aside class="notes">讲稿丁</aside></section>
</div></div></body></html>`;
const LINKS = { entry: 'assets/embed-page.js', css: ['assets/embed-page.css'], charts: ['assets/embed-slide-charts.js'] };

describe('a slide’s own embed page (site/embed-pages.ts)', () => {
  const pages = embedPages('honghe', 'zh-CN', DECK, LINKS);

  it('writes one page per slide at its embedUrl, holding that slide alone, without notes or the deck’s code', () => {
    expect(pages.map((page) => page.fileName)).toEqual(['embed/honghe/title.html', 'embed/honghe/pairs.html']);
    const page = parse(pages[1]?.html ?? '');
    expect(page.querySelectorAll('.reveal > .slides > section').map((section) => section.id)).toEqual(['pairs']);
    expect(page.querySelectorAll('aside.notes').length).toBe(0);
    expect(page.querySelectorAll('script[src]').map((script) => script.getAttribute('src'))).toEqual(['../../assets/embed-page.js']);
    expect(page.querySelector('html')?.getAttribute('data-embed-slide')).toBe('pairs');
    expect(page.querySelector('.reveal')?.getAttribute('data-embed-source')).toBe('来源：云南网');
    expect(page.querySelector('link[type="application/json+oembed"]')?.getAttribute('href')).toBe('../../oembed/honghe/pairs.json');
  });

  it('preloads the chart chunk only for a slide with a chart', () => {
    expect(pages.map((page) => page.hasChart)).toEqual([false, true]);
    expect(pages[0]?.html).not.toContain('embed-slide-charts');
    expect(pages[1]?.html).toContain('<link rel="modulepreload" crossorigin href="../../assets/embed-slide-charts.js">');
  });

  it('rebases the slide’s links to its own place, leaving other sites’ alone', () => {
    const hrefs = parse(pages[1]?.html ?? '').querySelectorAll('a').map((anchor) => anchor.getAttribute('href'));
    expect(hrefs).toEqual(['../../slides/lijiang/#/gaps', '../../data/figures.csv', 'https://example.org/']);
  });

  it('its font covers what it shows: popover sentences in the regular weight only; no unread attribute, no letter of a Chinese chart’s colours', () => {
    const glyphs = embedPageGlyphs(pages[1]?.html ?? '', 'zh-CN', 'const a="原文";');
    const regular = glyphs.get(400) ?? '';
    const bold = glyphs.get(700) ?? '';
    for (const char of '结对30所上海丽江原文') {
      expect(regular).toContain(char);
      expect(bold).toContain(char);
    }
    expect(regular).toContain('引文乙');
    expect(bold).not.toContain('引');
    // The source line is set in the regular weight only.
    expect(regular).toContain('源');
    expect(bold).not.toContain('源');
    for (const text of [regular, bold]) {
      expect(text).not.toContain('读');
      expect(text).not.toContain('讲');
      expect(text).not.toMatch(/[ABEF]/);
    }
    const english = embedPageGlyphs(pages[1]?.html ?? '', 'en', 'h.textContent=t?"In the article":"原文";q.className="x-y";').get(700) ?? '';
    for (const char of 'Ina') expect(english).toContain(char);
    expect(english).not.toContain('y');
  });
});

describe('a slide embed’s font by weight and by when (embedPageGlyphSplit)', () => {
  const CSS = `.reveal h2{font-weight:700}.reveal .fig{font-weight:700}.reveal .fig .fig-affix{font-weight:400}@media (max-width:600px){.reveal .lede{font:700 15px/1 x}}.reveal .gap-regions a:after{content:' →'}.reveal .chip:hover{font-weight:bold}`;
  const HTML = `<html lang="zh-CN"><head></head><body><div class="reveal" data-embed-source="来源：网"><div class="slides"><section id="s" data-embed-target>
<h2>标题<span class="fig" data-quote="句子里的字" data-note="注">30<span class="fig-affix">万元</span></span></h2><p class="lede">导语</p><p class="chip">片</p><p>正文</p><ul class="gap-regions"><li><a href="#">丽江</a></li></ul></section></div></div></body></html>`;

  it('reads which rules set bold, certain only as written and outside @media, and what they write', () => {
    const rules = weightRules(CSS);
    expect(rules.bold.filter((rule) => rule.certain).map((rule) => rule.selector)).toEqual(expect.arrayContaining(['h2', '.reveal h2', '.reveal .fig']));
    expect(rules.bold.find((rule) => rule.selector === '.reveal .lede')?.certain).toBe(false);
    expect(rules.bold.find((rule) => rule.selector === '.reveal .chip')?.certain).toBe(false);
    expect(rules.normal).toContain('.reveal .fig .fig-affix');
    expect(rules.generated).toEqual([{ selector: '.reveal .gap-regions a', text: ' →' }]);
  });

  it('preloads per weight only what the slide shows at once in it; the popover’s sentence and the code’s words come late', () => {
    const split = embedPageGlyphSplit(HTML, 'zh-CN', 'const h="原文";', CSS);
    const regular = split.eager.get(400) ?? '';
    const bold = split.eager.get(700) ?? '';
    // Certainly bold: the title and the figure's number, not in the regular weight; the unit set back to regular.
    for (const char of '标题30') expect(bold).toContain(char);
    expect(regular).not.toContain('标');
    expect(regular).toContain('万');
    // Bold only sometimes (a media query, a state): both weights.
    for (const char of '导片') {
      expect(regular).toContain(char);
      expect(bold).toContain(char);
    }
    expect(bold).not.toContain('正');
    expect(regular).toContain('→');
    expect(bold).toContain('沪');
    expect(split.late.get(400)).toBe([...new Set('句子里的字注原文')].filter((char) => !regular.includes(char)).sort().join(''));
    expect(split.late.get(700)).toBe('原文');
  });

  it('writes a unicode-range of exactly the characters, runs joined', () => {
    expect(unicodeRange('丁七万丈注')).toBe('U+4E01,U+4E03,U+4E07-4E08,U+6CE8');
  });
});

describe('a mistyped slide embed address', () => {
  it('names the ids and the edition of an embed/<deck>/<slide>(.en).html address, whatever the site’s path', () => {
    expect(parseEmbedPath('/talks/hu-dian/embed/puer/no-such.en.html')).toEqual({ deck: 'puer', slide: 'no-such', lang: 'en' });
    expect(parseEmbedPath('/embed/nope/x.html')).toEqual({ deck: 'nope', slide: 'x', lang: 'zh-CN' });
    expect(parseEmbedPath('/embed/?deck=puer&slide=x')).toBeNull();
    expect(parseEmbedPath('/embed/%E0%A4%A/x.html')).toBeNull();
  });

  it('embed/404.html is the old address’s page with its links one level deeper', () => {
    const page = embedNotFoundPage('<script type="module" src="../assets/embed.js"></script><link rel="stylesheet" href="../assets/embed.css"><a href="../" target="_top">x</a><a href="https://example.org/">y</a>');
    expect(page).toBe('<script type="module" src="../../assets/embed.js"></script><link rel="stylesheet" href="../../assets/embed.css"><a href="../../" target="_top">x</a><a href="https://example.org/">y</a>');
  });
});

describe('the slide’s scale in a frame', () => {
  it('fits the whole 1280×720 slide with a 2 % margin, by the tighter side', () => {
    expect(slideScale(1280, 720)).toBeCloseTo(0.98, 5);
    expect(slideScale(800, 450)).toBeCloseTo((800 * 0.98) / 1280, 5);
    expect(slideScale(1920, 400)).toBeCloseTo((400 * 0.98) / 720, 5);
  });
});
