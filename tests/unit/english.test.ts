import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../charts/catalog/index.ts';
import { CHARTS_EN } from '../../charts/catalog/en.ts';
import { figureById } from '../../ledger/lookup.ts';
import { figureText, formatValue } from '../../ledger/format.ts';
import { FIGURES_EN } from '../../ledger/english.ts';
import { FIGURES } from '../../ledger/figures.ts';
import { DECKS } from '../../slides/decks.ts';
import { assertSameSlides } from '../../site/same-slides.ts';

const slideIds = (deck: string, file: 'index.html' | 'en.html') =>
  parse(readFileSync(resolve(import.meta.dirname, `../../slides/${deck}/${file}`), 'utf8'))
    .querySelectorAll('.slides > section')
    .map((section) => section.getAttribute('id'));

describe('the English edition has every key of the Chinese', () => {
  it('translates every ledger figure, and nothing else', () => {
    expect(Object.keys(FIGURES_EN).sort()).toEqual(FIGURES.map((figure) => figure.id).sort());
    for (const [id, entry] of Object.entries(FIGURES_EN)) {
      expect(entry.label.trim(), id).not.toBe('');
      expect(entry.quote.trim(), id).not.toBe('');
      if (figureById(id).status !== 'stated') expect(entry.note?.trim(), `${id} note`).toBeTruthy();
    }
  });

  it('translates every chart with one label per row or category', () => {
    expect(Object.keys(CHARTS_EN).sort()).toEqual(CHARTS.map((chart) => chart.id).sort());
    for (const chart of CHARTS) {
      const zh = chart.build({ font: 'sans-serif', lang: 'zh-CN' });
      expect(CHARTS_EN[chart.id]?.labels.length, chart.id).toBe(zh.data.labels?.length);
      expect(() => chart.build({ font: 'sans-serif', lang: 'en' }), chart.id).not.toThrow();
    }
  });

  for (const deck of DECKS) {
    it(`${deck.id}: translates every slide of the Chinese deck, and no other`, () => {
      expect(slideIds(deck.id, 'en.html').sort()).toEqual([...slideIds(deck.id, 'index.html')].sort());
    });
  }

  it('fails naming the file and the slide when a translation is missing', () => {
    const source = '<html lang="zh-CN"><body><div class="slides"><section id="a"><h2>甲</h2></section><section id="b"><h2>乙</h2></section></div></body></html>';
    const english = (sections: string) => `<html lang="en"><body><div class="slides">${sections}</div></body></html>`;
    expect(() => assertSameSlides(source, 'slides/x/index.html', english('<section id="a"><h2>A</h2></section>'), 'slides/x/en.html')).toThrow(
      'slides/x/en.html: no English slide for “b” of slides/x/index.html (add the section, same id, in the same place)',
    );
    expect(() =>
      assertSameSlides(source, 'slides/x/index.html', english('<section id="a"></section><section id="b"></section><section id="c"></section>'), 'slides/x/en.html'),
    ).toThrow('slides/x/en.html: slide “c” has no Chinese slide in slides/x/index.html (add it there too, same id, in the same place)');
  });
});

describe('English numbers', () => {
  it('converts 万 and keeps the article’s precision and qualifiers', () => {
    expect(formatValue(figureById('xishuangbanna-jobs-offered'), 'en')).toBe('48,800 jobs');
    expect(formatValue(figureById('puer-rubber-insured-area'), 'en')).toBe('100,000 mu');
    expect(formatValue(figureById('overview-pairing-years'), 'en')).toBe('more than 20 years');
    expect(formatValue(figureById('lijiang-expo-sales'), 'en')).toBe('at least 940,000 yuan');
    expect(formatValue(figureById('puer-sugarcane-yield-change'), 'en')).toBe('−30%');
  });

  it('never shows an omitted figure as a number, and shows what a damaged one prints', () => {
    expect(figureText(figureById('xishuangbanna-transferred-workers'), 'en')).toBe('? people (not given in the article)');
    expect(figureText(figureById('honghe-remote-consultations'), 'en')).toBe('nearly ? cases (not given in the article)');
    expect(figureText(figureById('lijiang-project-households'), 'en')).toBe('printed as “0户”');
  });
});
