import { resolve } from 'node:path';
import JSZip from 'jszip';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { insertPhraseBreaks } from '../../site/phrase-breaks.ts';
import { markChineseRuns } from '../../site/lang-spans.ts';
import { urlTextHtml } from '../../site/url-text.ts';
import { phrases, phraseBoundaries } from '../../charts/builders/phrases.ts';
import { deckPptx } from '../../scripts/lib/pptx/export.ts';
import { paragraphLines, runLang } from '../../scripts/lib/pptx/text-runs.ts';
import { PPTX_LATIN_PUNCTUATION_FONT } from '../../scripts/lib/pptx/fonts.ts';
import { loadDefaultSimplifiedChineseParser } from 'budoux';

const ROOT = resolve(import.meta.dirname, '../..');

describe('Chinese phrases (charts/builders/phrases.ts)', () => {
  it('breaks only at BudouX phrase ends, and never inside a name, a place, a number with its unit or 近/约/余 with its number', () => {
    const text = '宁洱县当好“上海兵”，原文未给出橡胶种植面积10万亩，提供岗位4.88万个，投入？万元，近20余载，西双版纳州蒲永锴';
    const budoux = new Set<number>();
    let at = 0;
    for (const phrase of loadDefaultSimplifiedChineseParser().parse(text)) budoux.add((at += phrase.length));
    const found = phrases(text);
    expect(found.join('')).toBe(text);
    for (const kept of ['宁洱县', '当好', '橡胶', '岗位', '4.88万个', '？万元，', '近20余载', '西双版纳州', '蒲永锴', '原文未给出']) {
      expect(found.some((phrase) => phrase.includes(kept)), kept).toBe(true);
    }
    // Every break is one BudouX makes, or the edge of a stock phrase (“原文未给出”).
    for (const boundary of phraseBoundaries(text)) {
      const edge = ['原文未给出'].some((stock) => text.indexOf(stock) === boundary || text.indexOf(stock) + stock.length === boundary);
      expect(budoux.has(boundary) || edge, `${text.slice(0, boundary)}|`).toBe(true);
    }
    expect(phrases('Pu Yongkai said 100,000 mu')).toEqual(['Pu Yongkai said 100,000 mu']);
  });
});

describe('break opportunities inserted at build (site/phrase-breaks.ts)', () => {
  const source =
    '<section><h2 title="宁洱县当好上海兵">宁洱县当好<span class="nobr">“上海兵”</span>，提供岗位<span data-figure="x" data-quote="橡胶种植"><span class="fig-value">4.88万个</span></span>，橡胶种植</h2>' +
    '<script type="application/json">{"a":"宁洱县当好"}</script><p lang="en">Pu Yongkai said 100,000 mu</p></section>';

  it('puts <wbr> between phrases, keeps names, terms, figures, markup and attributes whole', () => {
    const root = parse(source);
    insertPhraseBreaks(root);
    const html = root.toString();
    expect(html).toContain('<h2 title="宁洱县当好上海兵">宁洱县<wbr>当好');
    expect(html).toContain('<span class="nobr">“上海兵”</span>');
    expect(html).toContain('<span data-figure="x" data-quote="橡胶种植"><span class="fig-value">4.88万个</span></span>');
    expect(html).toContain('<script type="application/json">{"a":"宁洱县当好"}</script>');
    expect(html).toContain('<p lang="en">Pu Yongkai said 100,000 mu</p>');
    expect(html).toContain('橡胶<wbr>种植');
    expect(html).not.toMatch(/宁<wbr>洱|橡<wbr>胶|岗<wbr>位/);
    // The text a reader gets is unchanged.
    expect(root.textContent).toBe(parse(source).textContent);
  });

  it('is idempotent', () => {
    const once = parse(source);
    insertPhraseBreaks(once);
    const twice = parse(once.toString());
    insertPhraseBreaks(twice);
    expect(twice.toString()).toBe(once.toString());
  });

  it('marks Chinese inside English text as Chinese, once', () => {
    const root = parse('<p>Year he left: the article prints only “年，家住勐海县……” <span lang="zh-CN">（已标）</span></p>');
    markChineseRuns(root);
    markChineseRuns(root);
    expect(root.toString()).toBe('<p>Year he left: the article prints only “<span lang="zh-CN">年，家住勐海县……</span>” <span lang="zh-CN">（已标）</span></p>');
  });

  it('writes an address without its scheme, breaking only after / . -', () => {
    expect(urlTextHtml('http://www.180woai.com/afhpz/3636.html')).toBe('www.<wbr>180woai.<wbr>com/<wbr>afhpz/<wbr>3636.<wbr>html');
  });
});

describe('PowerPoint text runs (scripts/lib/pptx)', () => {
  it('breaks Chinese only between phrases and keeps a number with its unit', () => {
    const text = '宁洱县咖啡价格保险试点的年份，提供岗位4.88万个';
    const lines = paragraphLines(text, 40, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    const ends = new Set(phraseBoundaries(text));
    let at = 0;
    for (const line of lines.slice(0, -1)) expect(ends.has((at += line.length)), line).toBe(true);
    expect(paragraphLines('100,000 mu', 72, 2)).toEqual(['100,000\u00a0mu']);
    expect(runLang('蒲永锴', 'en')).toBe('zh-CN');
    expect(runLang('— Pu Yongkai (蒲永锴), head of the team', 'en')).toBe('en-US');
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`names the language of every text run and chart text (${lang})`, async () => {
      const { bytes } = await deckPptx(ROOT, 'puer', lang);
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files).filter((name) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(name));
      expect(names.some((name) => name.includes('charts/'))).toBe(true);
      for (const name of names) {
        const xml = await zip.file(name)?.async('string') ?? '';
        const runs = [...xml.matchAll(/<a:(rPr|defRPr|endParaRPr)\b[^>]*>/g)].map((match) => match[0]);
        expect(runs.length, name).toBeGreaterThan(0);
        for (const run of runs.filter((tag) => !tag.startsWith('<a:endParaRPr'))) expect(run, name).toMatch(/\blang="(zh-CN|en-US)"/);
        // A run of Chinese text is marked Chinese in either edition.
        for (const match of xml.matchAll(/<a:r><a:rPr\b([^>]*)>(?:(?!<\/a:r>).)*?<a:t>([^<]*)<\/a:t><\/a:r>/gs)) {
          const text = match[2] ?? '';
          if (runLang(text, lang) === 'zh-CN' && /\p{Script=Han}/u.test(text)) expect(match[1], `${name}: “${text}”`).toContain('lang="zh-CN"');
        }
      }
    }, 60_000);
  }

  it('draws the quotes, apostrophes and dashes of English runs from a Latin face, and those of Chinese runs from the CJK font', async () => {
    const { bytes } = await deckPptx(ROOT, 'overview', 'en');
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    let latin = 0;
    for (const name of names) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      for (const match of xml.matchAll(/<a:r><a:rPr\b([^>]*)>((?:(?!<\/a:r>).)*?)<a:t>([^<]*)<\/a:t><\/a:r>/gs)) {
        const [, attributes = '', inner = '', text = ''] = match;
        if (!/[‘’“”–—…·]/.test(text)) continue;
        const face = /<a:latin typeface="([^"]*)"/.exec(inner)?.[1] ?? '';
        if (attributes.includes('lang="en-US"')) {
          latin += 1;
          expect(face, `${name}: “${text}”`).toBe(PPTX_LATIN_PUNCTUATION_FONT);
          expect(text, `${name}: only the punctuation is in the Latin face`).toMatch(/^[‘’“”–—…·]+$/);
        } else expect(face, `${name}: “${text}”`).not.toBe(PPTX_LATIN_PUNCTUATION_FONT);
      }
    }
    expect(latin, 'English punctuation runs found (“Pu’er”)').toBeGreaterThan(5);
  }, 60_000);
});
