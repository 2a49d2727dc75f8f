import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ledger/article.ts';
import { DECKS } from '../../slides/decks.ts';
import { buildDeckModel } from '../../site/model/deck-model.ts';
import { renderDeckModel } from '../../site/render-deck.ts';
import type { DeckModel } from '../../site/model/types.ts';

const root = resolve(import.meta.dirname, '../..');
const article = parseArticle(readFileSync(resolve(root, 'assets/article.txt'), 'utf8'));
const deck = DECKS.find((candidate) => candidate.id === 'lijiang');
if (!deck) throw new Error('slides/decks.ts: no lijiang deck');
const file = 'slides/lijiang/index.html';
const source = readFileSync(resolve(root, file), 'utf8');
const model = buildDeckModel(source, deck, article, file, 'zh-CN');
const render = (page: string, from: DeckModel) => renderDeckModel(page, from, file, '../../data/');

describe('a deck page is rendered from its deck model', () => {
  it('takes its slide list (ids, titles, figures) from the model', () => {
    expect(render(source, model).slides).toEqual(model.slides.map((slide) => ({ id: slide.id, title: slide.title.text, figures: slide.figures })));
    const retitled: DeckModel = { ...model, slides: model.slides.map((slide, index) => (index === 1 ? { ...slide, title: { ...slide.title, text: '模型里的标题' } } : slide)) };
    expect(render(source, retitled).slides[1]?.title).toBe('模型里的标题');
  });

  it('refuses a model of other slides, or a page figure the model does not list, naming file, slide and attribute', () => {
    const [first, second, ...rest] = model.slides;
    if (!first || !second) throw new Error(`${file}: fewer than two slides`);
    expect(() => render(source, { ...model, slides: [second, first, ...rest] })).toThrow(`${file}: slide “${first.id}”, id: the deck model has “${second.id}” here`);
    const extra = source.replace('<p class="kicker">', '<p class="kicker"><span data-figure="puer-rubber-insured-area"></span>');
    expect(extra).not.toBe(source);
    expect(() => render(extra, model)).toThrow(`${file}: slide “title”, data-figure: “puer-rubber-insured-area” is on the page but not in the slide's model`);
    const noChart: DeckModel = { ...model, slides: model.slides.map((slide) => ({ ...slide, body: null })) };
    expect(() => render(source, noChart)).toThrow(/the deck model has (no chart|other marks|no gap list) here/);
  });
});
