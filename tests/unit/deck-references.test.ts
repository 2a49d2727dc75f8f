import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../ledger/article.ts';
import { renderDeck } from '../../site/deck-page.ts';
import { DECKS } from '../../slides/decks.ts';
import { assertSameSlides } from '../../site/same-slides.ts';

// Two chart ids exist only in this test: one names a figure the ledger does not have; the other is a fixture chart (chart-fixtures.ts).
vi.mock('../../charts/catalog/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../charts/catalog/index.ts')>();
  const { LOWER_BOUND_CHART } = await import('./chart-fixtures.ts');
  return {
    ...original,
    chartById: (id: string) => {
      const spec = id === 'lijiang-test-broken' || id === 'lijiang-expo-sales' ? LOWER_BOUND_CHART : original.chartById(id);
      return id === 'lijiang-test-broken' ? { ...spec, id, figures: [...spec.figures, 'lijiang-no-such-figure'] } : spec;
    },
  };
});

const root = resolve(import.meta.dirname, '../..');
const article = parseArticle(readFileSync(resolve(root, 'assets/article.txt'), 'utf8'));
const lijiang = DECKS.find((deck) => deck.id === 'lijiang');
if (!lijiang) throw new Error('slides/decks.ts: no lijiang deck');
const page = (figure: string) =>
  `<html><body><div class="reveal"><div class="slides"><section id="expo-sales"><h2>标题</h2>${figure}<aside class="notes">说明</aside></section></div></div></body></html>`;

describe('slides name the right file and entry when they point at something wrong', () => {
  it('a chart showing a figure with no ledger entry is reported against the slide file, the slide and the chart', () => {
    expect(() => renderDeck(page('<figure data-chart="lijiang-test-broken"></figure>'), lijiang, article, 'slides/lijiang/index.html', '../../data/')).toThrow(
      'slides/lijiang/index.html: slide “expo-sales”, data-chart “lijiang-test-broken”: the chart (charts/catalog/index.ts) shows “lijiang-no-such-figure”, which has no ledger entry',
    );
  });

  it('a chart of another deck is refused unless the slide declares it', () => {
    expect(() => renderDeck(page('<figure data-chart="puer-sugarcane-yield"></figure>'), lijiang, article, 'slides/lijiang/index.html', '../../data/')).toThrow(
      'slides/lijiang/index.html: slide “expo-sales”, data-chart “puer-sugarcane-yield”: the chart belongs to deck “puer”, not “lijiang”; to place it here on purpose add data-chart-from="puer"',
    );
    const declared = renderDeck(page('<figure data-chart="puer-sugarcane-yield" data-chart-from="puer"></figure>'), lijiang, article, 'slides/lijiang/index.html', '../../data/');
    expect(declared.slides[0]?.figures).toContain('puer-sugarcane-yield-drought');
  });

  it('an unknown figure or chart id is reported against the slide file and slide', () => {
    expect(() => renderDeck(page('<span data-figure="lijiang-nope"></span>'), lijiang, article, 'slides/lijiang/index.html', '../../data/')).toThrow(
      'slides/lijiang/index.html: slide “expo-sales”, data-figure: no ledger entry “lijiang-nope”',
    );
    expect(() => renderDeck(page('<figure data-chart="nope"></figure>'), lijiang, article, 'slides/lijiang/index.html', '../../data/')).toThrow(
      /^slides\/lijiang\/index\.html: slide “expo-sales”, data-chart: charts\/catalog: no chart with id “nope”/,
    );
  });
});

describe('the English edition shows the same figures and charts as the Chinese', () => {
  const chinese = '<html><body><div class="slides"><section id="s"><h2>标题</h2><span data-figure="lijiang-expo-companies"></span><figure data-chart="lijiang-expo-sales"></figure><aside class="notes">说明</aside></section></div></body></html>';
  const english = (html: string) => `<html lang="en"><body><div class="slides"><section id="s">${html}<aside class="notes">Notes</aside></section></div></body></html>`;
  const check = (html: string) => () => assertSameSlides(chinese, 'slides/lijiang/index.html', english(html), 'slides/lijiang/en.html');

  it('accepts the same references in another order', () => {
    expect(check('<figure data-chart="lijiang-expo-sales"></figure><h2>Title</h2><span data-figure="lijiang-expo-companies"></span>')).not.toThrow();
  });

  it('refuses a drifted, a missing and an extra figure, naming the file, slide, attribute and ids', () => {
    expect(check('<h2>T</h2><span data-figure="lijiang-expo-supply-orders"></span><figure data-chart="lijiang-expo-sales"></figure>')).toThrow(
      'slides/lijiang/en.html: slide “s”, data-figure: the Chinese slide has “lijiang-expo-companies” and the English does not; the English slide has “lijiang-expo-supply-orders” and the Chinese does not',
    );
    expect(check('<h2>T</h2><span data-figure="lijiang-expo-companies"></span>')).toThrow(
      'slides/lijiang/en.html: slide “s”, data-chart: the Chinese slide has “lijiang-expo-sales” and the English does not',
    );
    expect(check('<h2>T</h2><span data-figure="lijiang-expo-companies"></span><span data-figure="lijiang-expo-companies"></span><figure data-chart="lijiang-expo-sales"></figure>')).toThrow(
      'the English slide has “lijiang-expo-companies” and the Chinese does not',
    );
  });

  const sources = (deck: string) => ({
    zh: readFileSync(resolve(root, `slides/${deck}/index.html`), 'utf8'),
    en: readFileSync(resolve(root, `slides/${deck}/en.html`), 'utf8'),
  });

  it('every deck’s English edition matches its Chinese slides today', () => {
    for (const deck of DECKS) {
      const { zh, en } = sources(deck.id);
      expect(() => assertSameSlides(zh, `slides/${deck.id}/index.html`, en, `slides/${deck.id}/en.html`), deck.id).not.toThrow();
    }
  });

  it('fails on a broken copy of en.html: slides out of order, a slide missing or added, a reference dropped, a Chinese lang', () => {
    const { zh, en } = sources('puer');
    const check = (broken: string) => () => assertSameSlides(zh, 'slides/puer/index.html', broken, 'slides/puer/en.html');
    const sections = [...en.matchAll(/<section id="([a-z0-9-]+)"[\s\S]*?<\/section>\n/g)];
    const [first, second] = [sections[1], sections[2]];
    if (!first || !second) throw new Error('slides/puer/en.html: fewer than three slides');
    const swapped = en.replace(first[0] + '\n' + second[0], second[0] + '\n' + first[0]);
    expect(swapped).not.toBe(en);
    expect(check(swapped)).toThrow(`slides/puer/en.html: slide “${second[1]}”, id: is slide 2, where slides/puer/index.html has “${first[1]}”; both editions keep the slides in the same order`);
    expect(check(en.replace(first[0], ''))).toThrow(`slides/puer/en.html: no English slide for “${first[1]}” of slides/puer/index.html`);
    expect(check(en.replace(first[0], `${first[0]}<section id="extra"><h2>Extra</h2><aside class="notes">n</aside></section>\n`))).toThrow('slides/puer/en.html: slide “extra” has no Chinese slide in slides/puer/index.html');
    expect(check(en.replace('data-chart="puer-sugarcane-yield"', 'data-chart-gone="puer-sugarcane-yield"'))).toThrow('slides/puer/en.html: slide “sugarcane”, data-chart: the Chinese slide has “puer-sugarcane-yield” and the English does not');
    const figure = /data-figure="([a-z0-9-]+)"/.exec(first[0])?.[1] ?? '';
    expect(check(en.replace(first[0], first[0].replaceAll(`data-figure="${figure}"`, 'data-figure="puer-rubber-insured-area-nope"')))).toThrow(`slides/puer/en.html: slide “${first[1]}”, data-figure: the Chinese slide has`);
    expect(check(en.replace('<html lang="en">', '<html lang="zh-CN">'))).toThrow('slides/puer/en.html: <html lang="zh-CN">: the English page needs <html lang="en">');
  });
});

describe('deck pages take their id and length from slides/decks.ts', () => {
  it('stamps data-deck and data-minutes on every page, both editions', async () => {
    const { loadSiteData } = await import('../../site/site-data.ts');
    const site = loadSiteData(root);
    for (const deck of DECKS) {
      for (const rendered of [site.decks.get(deck.id), site.englishDecks.get(deck.id)]) {
        expect(rendered?.html, deck.id).toMatch(new RegExp(`<html[^>]* data-deck="${deck.id}"[^>]* data-minutes="${deck.minutes}"`));
      }
    }
  });

  it('refuses a gap list that names another deck', () => {
    const gaps = '<html><body><div class="reveal"><div class="slides"><section id="gaps"><h2>缺的数字</h2><ul data-gap-list="puer"></ul><aside class="notes">说明</aside></section></div></div></body></html>';
    expect(() => renderDeck(gaps, lijiang, article, 'slides/lijiang/index.html', '../../data/')).toThrow(
      'slides/lijiang/index.html: slide “gaps”, data-gap-list: names deck “puer”, but this page is deck “lijiang”; leave the value empty (the list is always this deck\'s gaps)',
    );
  });
});
