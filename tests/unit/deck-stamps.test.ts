import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../ledger/article.ts';
import { DECKS } from '../../slides/decks.ts';
import { ENGLISH_DECKS } from '../../slides/english-decks.ts';
import { CLOSING } from '../../slides/closing.ts';
import { renderDeck } from '../../site/deck-page.ts';
import { renderGallery } from '../../site/render-gallery.ts';
import { requireClosingMarker } from '../../site/closing-slides.ts';
import { requireTitleMarker } from '../../site/deck-title.ts';
import { writtenTexts } from '../../site/written-text.ts';
import type { SiteData } from '../../site/site-data.ts';
import { formatValue, type Lang } from '../../ledger/format.ts';
import { figureById } from '../../ledger/lookup.ts';
import type { DeckId } from '../../ledger/types.ts';

const root = resolve(import.meta.dirname, '../..');
const article = parseArticle(readFileSync(resolve(root, 'assets/article.txt'), 'utf8'));
const source = (deck: string, file: 'index.html' | 'en.html' = 'index.html') => readFileSync(resolve(root, `slides/${deck}/${file}`), 'utf8');
const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

let site: SiteData;
beforeAll(async () => {
  const { loadSiteData } = await import('../../site/site-data.ts');
  site = loadSiteData(root);
}, 120_000);

/** An h1 written with figure elements, as it reads once they are filled. */
function withFigures(html: string): string {
  const heading = parse(html);
  for (const element of heading.querySelectorAll('[data-figure]')) element.set_content(formatValue(figureById(element.getAttribute('data-figure') ?? ''), 'en'));
  return text(heading);
}

/** Every rendered deck page, both editions, parsed. */
function pages(): { deck: (typeof DECKS)[number]; lang: Lang; page: HTMLElement }[] {
  return DECKS.flatMap((deck) =>
    (['zh-CN', 'en'] as const).map((lang) => {
      const rendered = (lang === 'en' ? site.englishDecks : site.decks).get(deck.id);
      if (!rendered) throw new Error(`${deck.id} (${lang}) was not rendered`);
      return { deck, lang, page: parse(rendered.html) };
    }),
  );
}

describe('deck pages take their length and titles from slides/decks.ts (both editions)', () => {
  it('renders all five decks in both editions', () => {
    expect(pages().map(({ deck, lang }) => `${deck.id}.${lang}`)).toHaveLength(10);
  });

  it('stamps each page’s data-minutes from decks.ts, all five decks, both editions', () => {
    for (const { deck, lang, page } of pages()) {
      const html = page.querySelector('html');
      expect(html?.getAttribute('data-deck'), `${deck.id} ${lang}`).toBe(deck.id);
      expect(html?.getAttribute('data-minutes'), `${deck.id} ${lang}`).toBe(String(deck.minutes));
    }
  });

  it('writes the title slide’s h1 as the deck title (Chinese: the headline as decks.ts has it, its figure filled from the ledger)', () => {
    for (const { deck, lang, page } of pages()) {
      const h1 = page.querySelector('.slides > section#title h1');
      const en = ENGLISH_DECKS[deck.id];
      const expected = lang === 'en' ? withFigures(en.heading ?? en.title) : deck.title;
      expect(text(h1), `${deck.id} ${lang}`).toBe(expected);
      expect(h1?.hasAttribute('data-deck-title'), 'the marker is not left in the page').toBe(false);
    }
    // The honghe headline prints a ledger figure: on the slide it is that figure, with its sentence.
    const honghe = parse(site.decks.get('honghe')?.html ?? '').querySelector('section#title h1 [data-figure="honghe-pairing-years"]');
    expect(honghe?.getAttribute('data-quote')).toBe('徐汇区长宁区等结对红河州24年');
  });

  it('writes the page’s <title> from the title and subtitle, figures left out', () => {
    const titles = Object.fromEntries(pages().map(({ deck, lang, page }) => [`${deck.id}.${lang}`, text(page.querySelector('head > title'))]));
    expect(titles['honghe.zh-CN']).toBe('徐汇区长宁区等结对红河州 · 山海共筑脱贫路');
    expect(titles['overview.zh-CN']).toBe('沪滇携手共谱扶贫协作新篇章 · 总览');
    for (const id of ['lijiang', 'puer', 'xishuangbanna'] as const) {
      const deck = DECKS.find((candidate) => candidate.id === id);
      expect(titles[`${id}.zh-CN`]).toBe(`${deck?.title} · ${deck?.subtitle}`);
    }
    for (const deck of DECKS) {
      const en = ENGLISH_DECKS[deck.id];
      expect(titles[`${deck.id}.en`]).toBe(`${en.title} · ${en.subtitle}`);
    }
  });

  it('leaves the h1 and the <title> to the generator: no deck page (index.html or en.html) types them', () => {
    for (const deck of DECKS) {
      const page = parse(source(deck.id));
      expect(text(page.querySelector('head > title')), deck.id).toBe('');
      expect(page.querySelectorAll('h1').map((h1) => h1.outerHTML), deck.id).toEqual([
        deck.id === 'honghe' ? '<h1 data-deck-title data-title-figure="honghe-pairing-years"></h1>' : '<h1 data-deck-title></h1>',
      ]);
      const english = parse(source(deck.id, 'en.html'));
      expect(text(english.querySelector('head > title')), `${deck.id} en`).toBe('');
      expect(english.querySelectorAll('h1').map((h1) => h1.outerHTML), `${deck.id} en`).toEqual(['<h1 data-deck-title></h1>']);
    }
  });

  it('refuses a typed title, a missing marker and a title figure the title does not print, naming the file', () => {
    const lijiang = DECKS.find((deck) => deck.id === 'lijiang');
    if (!lijiang) throw new Error('no lijiang deck');
    const page = (head: string, h1: string) =>
      `<html><head>${head}</head><body><div class="reveal"><div class="slides"><section id="title">${h1}<aside class="notes">说明</aside></section></div></div></body></html>`;
    const render = (html: string) => () => renderDeck(html, lijiang, article, 'slides/lijiang/index.html', '../../data/');
    expect(render(page('<title></title>', '<h1 data-deck-title>杨浦区帮扶丽江市</h1>'))).toThrow(
      "slides/lijiang/index.html: the title slide's <h1 data-deck-title> has content; leave it empty: the title is written from slides/decks.ts",
    );
    expect(render(page('<title>杨浦区帮扶丽江市</title>', '<h1 data-deck-title></h1>'))).toThrow('slides/lijiang/index.html: <title> has content; leave it empty');
    expect(render(page('', '<h1 data-deck-title></h1>'))).toThrow('slides/lijiang/index.html: no <title> in <head>');
    expect(render(page('<title></title>', '<h1 data-deck-title data-title-figure="honghe-pairing-years"></h1>'))).toThrow(
      'slides/lijiang/index.html: data-title-figure="honghe-pairing-years": slides/decks.ts: deck “lijiang”, field “title” “杨浦区帮扶丽江市” does not print the figure as the ledger writes it, “24年”',
    );
    expect(render(page('<title></title>', '<h1 data-deck-title></h1><h2 data-deck-title></h2>'))).toThrow('2 elements carry data-deck-title');
    expect(() => requireTitleMarker(parse(page('<title></title>', '<h1>杨浦区帮扶丽江市</h1>')), 'slides/lijiang/index.html')).toThrow(
      'slides/lijiang/index.html: the title slide needs <h1 data-deck-title></h1>',
    );
    // The same page with the marker renders, the title from decks.ts.
    const rendered = parse(renderDeck(page('<title></title>', '<h1 data-deck-title></h1>'), lijiang, article, 'slides/lijiang/index.html', '../../data/').html);
    expect(text(rendered.querySelector('h1'))).toBe('杨浦区帮扶丽江市');
    expect(text(rendered.querySelector('title'))).toBe('杨浦区帮扶丽江市 · 培育壮大特色产业');
  });
});

describe('the gaps and source slides are written by site/closing-slides.ts, not by each deck', () => {
  it('every deck ends with them, in both editions, with their ids, layouts, filled lists and notes', () => {
    for (const { deck, lang, page } of pages()) {
      const where = `${deck.id} ${lang}`;
      const sections = page.querySelectorAll('.slides > section');
      const [gaps, sourceSlide] = sections.slice(-2);
      expect(gaps?.getAttribute('id'), where).toBe('gaps');
      expect(gaps?.getAttribute('data-layout'), where).toBe('gaps');
      expect(sourceSlide?.getAttribute('id'), where).toBe('source');
      expect(sourceSlide?.getAttribute('data-layout'), where).toBe('source');
      expect(gaps?.querySelectorAll('[data-gap-list] li').length, where).toBeGreaterThan(0);
      expect(gaps?.querySelector('[data-gap-list]')?.getAttribute('data-gap-list'), where).toBe(deck.id);
      expect(text(gaps?.querySelector('.gaps-legend')), where).not.toBe('');
      expect(sourceSlide?.querySelector('[data-source-credit] .credit-title'), where).not.toBeNull();
      for (const slide of [gaps, sourceSlide]) expect(text(slide?.querySelector('aside.notes')), `${where} notes`).not.toBe('');
      expect(page.querySelector('[data-closing-slides]'), `${where}: the marker is replaced`).toBeNull();
    }
  });

  it('writes each deck’s own words and the shared ones, in the edition’s language', () => {
    const slide = (deck: DeckId, lang: Lang, id: string) => {
      const rendered = (lang === 'en' ? site.englishDecks : site.decks).get(deck);
      return parse(rendered?.html ?? '').querySelector(`section#${id}`);
    };
    expect(text(slide('honghe', 'zh-CN', 'gaps')?.querySelector('h2'))).toBe('红河一节原文未给出的数字');
    expect(text(slide('honghe', 'en', 'gaps')?.querySelector('h2'))).toBe('Honghe: figures the article does not give');
    // The overview's own list sits beside a link to each region's list, in the edition's language.
    expect(slide('overview', 'zh-CN', 'gaps')?.querySelectorAll('.gap-regions a').map((link) => `${link.getAttribute('href')} ${text(link)}`)).toEqual(['../honghe/#/gaps 红河一节', '../lijiang/#/gaps 丽江一节', '../puer/#/gaps 普洱一节', '../xishuangbanna/#/gaps 西双版纳一节']);
    expect(slide('overview', 'en', 'gaps')?.querySelectorAll('.gap-regions a').map((link) => link.getAttribute('href'))).toEqual(['../honghe/en.html#/gaps', '../lijiang/en.html#/gaps', '../puer/en.html#/gaps', '../xishuangbanna/en.html#/gaps']);
    expect(slide('honghe', 'zh-CN', 'gaps')?.querySelector('.gap-regions')).toBeNull();
    // The purple “damaged” legend only where the deck has damaged figures.
    expect(text(slide('lijiang', 'zh-CN', 'gaps')?.querySelector('.gaps-legend'))).toContain('紫框');
    expect(text(slide('honghe', 'zh-CN', 'gaps')?.querySelector('.gaps-legend'))).not.toContain('紫框');
    expect(text(slide('puer', 'en', 'gaps')?.querySelector('.gaps-legend'))).toContain('purple');
    expect(text(slide('xishuangbanna', 'en', 'source')?.querySelector('.note-line'))).toContain('breaks off at the end of this section');
    expect(slide('honghe', 'zh-CN', 'source')?.querySelector('.note-line')).toBeNull();
    expect(text(slide('puer', 'en', 'source')?.querySelector('h2'))).toBe('Source and data');
    expect(slide('lijiang', 'zh-CN', 'gaps')?.querySelector('aside.notes')?.textContent).toContain(CLOSING.lijiang['zh-CN'].gapsNotes);
  });

  it('no deck page (index.html or en.html) writes them itself; each page marks where they go', () => {
    for (const deck of DECKS) {
      const page = parse(source(deck.id));
      expect(page.querySelectorAll('section#gaps, section#source, [data-gap-list], [data-source-credit]'), deck.id).toHaveLength(0);
      expect(() => requireClosingMarker(page, `slides/${deck.id}/index.html`), deck.id).not.toThrow();
      const english = parse(source(deck.id, 'en.html'));
      expect(english.querySelectorAll('section#gaps, section#source, [data-gap-list], [data-source-credit]'), `${deck.id} en`).toHaveLength(0);
      expect(() => requireClosingMarker(english, `slides/${deck.id}/en.html`), `${deck.id} en`).not.toThrow();
    }
  });

  it('refuses a page without the marker, with two, or with its own gaps slide beside it', () => {
    const lijiang = DECKS.find((deck) => deck.id === 'lijiang');
    if (!lijiang) throw new Error('no lijiang deck');
    const page = (slides: string) => `<html><body><div class="reveal"><div class="slides"><section id="s"><h2>标题</h2><aside class="notes">说明</aside></section>${slides}</div></div></body></html>`;
    expect(() => requireClosingMarker(parse(page('')), 'slides/lijiang/index.html')).toThrow(
      'slides/lijiang/index.html: needs <div data-closing-slides></div> inside .slides where the gaps and source slides go',
    );
    const render = (slides: string) => () => renderDeck(page(slides), lijiang, article, 'slides/lijiang/index.html', '../../data/');
    expect(render('<div data-closing-slides></div><div data-closing-slides></div>')).toThrow('2 elements carry data-closing-slides');
    expect(render('<section id="x"><h2>x</h2><div data-closing-slides></div><aside class="notes">n</aside></section>')).toThrow('must sit directly inside .slides');
    expect(render('<section id="gaps"><h2>缺的数字</h2><aside class="notes">说明</aside></section><div data-closing-slides></div>')).toThrow(
      'slides/lijiang/index.html: slide “gaps”, id: duplicate slide id',
    );
    expect(render('<div data-closing-slides></div>')().slides.map((slide) => slide.id)).toEqual(['s', 'gaps', 'source']);
  });
});

describe('the written-text check reads the generated words', () => {
  it('checks the titles and the closing slides of every deck, both editions', () => {
    const where = writtenTexts(root).map((written) => written.where);
    for (const deck of DECKS) {
      expect(where).toContain(`slides/decks.ts: deck “${deck.id}”, field “title”`);
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const id of ['gaps', 'source']) expect(where).toContain(`slides/closing.ts: deck “${deck.id}”, ${lang}, slide “${id}” (with site/closing-slides.ts)`);
      }
    }
    expect(where).toContain('slides/english-decks.ts: deck “honghe”, field “heading”');
    const honghe = writtenTexts(root).find((written) => written.where === 'slides/closing.ts: deck “honghe”, en, slide “gaps” (with site/closing-slides.ts)');
    expect(honghe?.text).toContain('Honghe: figures the article does not give');
    expect(honghe?.text).toContain('A speaker can take this list to the source to check.');
    // The title's figure is the ledger's, not typed: it is left out of the checked words.
    expect(writtenTexts(root).find((written) => written.where === 'slides/decks.ts: deck “honghe”, field “title”')?.text).toBe('徐汇区长宁区等结对红河州');
  });
});

describe('the gallery page types no header of its own', () => {
  it('leaves its <title> and header empty in index.html; the build writes them in each language', () => {
    const gallery = readFileSync(resolve(root, 'index.html'), 'utf8');
    const page = parse(gallery, { comment: false });
    expect(text(page.querySelector('head > title'))).toBe('');
    expect(page.querySelector('.gallery-header')?.innerHTML.trim()).toBe('');
    for (const lang of ['zh-CN', 'en'] as const) {
      const rendered = parse(renderGallery(gallery, site.manifest, lang, false));
      expect(text(rendered.querySelector('.gallery-header h1')), lang).toBe(lang === 'en' ? 'Shanghai and Yunnan hand in hand: data-story slides' : '沪滇携手：数据故事幻灯片');
      expect(text(rendered.querySelector('head > title')), lang).not.toBe('');
    }
  });
});
