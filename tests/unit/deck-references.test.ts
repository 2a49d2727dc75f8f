import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../ledger/article.ts';
import { renderDeck } from '../../site/render-deck.ts';
import { DECKS } from '../../slides/decks.ts';
import { ENGLISH_DECKS } from '../../slides/english-decks.ts';
import { englishSource } from '../../site/english-deck.ts';

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
  const english = (html: string) => ({ title: 'T', subtitle: 'S', slides: { s: { html, notes: 'Notes' } } });

  it('accepts the same references in another order', () => {
    expect(() => englishSource(chinese, english('<figure data-chart="lijiang-expo-sales"></figure><h2>Title</h2><span data-figure="lijiang-expo-companies"></span>'), 'slides/lijiang/en.ts')).not.toThrow();
  });

  it('refuses a drifted, a missing and an extra figure, naming the file, slide, attribute and ids', () => {
    expect(() => englishSource(chinese, english('<h2>T</h2><span data-figure="lijiang-expo-supply-orders"></span><figure data-chart="lijiang-expo-sales"></figure>'), 'slides/lijiang/en.ts')).toThrow(
      'slides/lijiang/en.ts: slide “s”, data-figure: the Chinese slide has “lijiang-expo-companies” and the English does not; the English slide has “lijiang-expo-supply-orders” and the Chinese does not',
    );
    expect(() => englishSource(chinese, english('<h2>T</h2><span data-figure="lijiang-expo-companies"></span>'), 'slides/lijiang/en.ts')).toThrow(
      'slides/lijiang/en.ts: slide “s”, data-chart: the Chinese slide has “lijiang-expo-sales” and the English does not',
    );
    expect(() => englishSource(chinese, english('<h2>T</h2><span data-figure="lijiang-expo-companies"></span><span data-figure="lijiang-expo-companies"></span><figure data-chart="lijiang-expo-sales"></figure>'), 'slides/lijiang/en.ts')).toThrow(
      'the English slide has “lijiang-expo-companies” and the Chinese does not',
    );
  });

  it('every deck’s English edition matches its Chinese slides today', () => {
    for (const deck of DECKS) {
      const en = ENGLISH_DECKS[deck.id];
      expect(en, deck.id).toBeDefined();
      if (!en) continue;
      const source = readFileSync(resolve(root, `slides/${deck.id}/index.html`), 'utf8');
      expect(() => englishSource(source, en, `slides/${deck.id}/en.ts`)).not.toThrow();
    }
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
