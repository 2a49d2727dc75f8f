import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { FIGURES } from '../../ledger/figures.ts';
import { figureText, formatValue, LANGS, placeholderText, printedText, type Lang } from '../../ledger/format.ts';
import { loadSiteData } from '../../site/site-data.ts';
import { renderThumbnail } from '../../site/thumbnail/render.ts';
import { THUMBNAILS } from '../../site/thumbnail/choices.ts';
import { countText, ledgerCount } from '../../site/thumbnail/draw.ts';
import { STATUSES } from '../../ledger/types.ts';
import { figureById } from '../../ledger/lookup.ts';

const site = loadSiteData(process.cwd());

/** Every way the site writes a ledger figure (formatValue and the texts built on it), in both languages, longest first. */
function formattedFigures(lang: Lang): string[] {
  const texts = new Set<string>();
  for (const figure of FIGURES) {
    texts.add(formatValue(figure, lang));
    texts.add(figureText(figure, lang));
    if (figure.status === 'damaged') texts.add(printedText(figure, lang));
    const placeholder = placeholderText(figure, lang);
    if (placeholder) texts.add(placeholder);
  }
  // Counts of ledger entries (the overview's status chart), written as that chart writes them.
  for (const status of STATUSES) texts.add(countText(ledgerCount(status), lang));
  return [...texts].sort((a, b) => b.length - a.length);
}

/** The digit-bearing parts of a text that are not a formatted ledger figure. */
function strayNumbers(text: string, lang: Lang): string[] {
  let rest = text;
  for (const formatted of formattedFigures(lang)) rest = rest.split(formatted).join(' ');
  return rest.match(/\S*\d\S*/g) ?? [];
}

const entries = site.manifest.decks.map((deck) => ({ deck, svg: parse(renderThumbnail(deck)) }));

describe('gallery thumbnails', () => {
  it('the checker catches a typed number', () => {
    expect(strayNumbers('亩产从5吨降到3.5吨/亩', 'zh-CN')).toEqual(['亩产从5吨降到']);
    expect(strayNumbers('4.88万个', 'zh-CN')).toEqual([]);
    expect(strayNumbers('48,800 jobs at 17 fairs', 'en')).toEqual(['17']);
  });

  it.each(entries.map((entry) => [`${entry.deck.id} (${entry.deck.lang})`, entry] as const))(
    '%s: every number in its text and aria-label is a formatted ledger figure',
    (_name, { deck, svg }) => {
      const texts = svg.querySelectorAll('text').map((node) => node.textContent);
      expect(texts.length).toBeGreaterThan(2);
      // A figure's thumbnail shows its number; the overview's pairing map names places and draws no figure (issue 21: the card shows the deck's lead visual).
      if (THUMBNAILS[deck.id].kind !== 'pairing-map') expect(texts.some((text) => /\d/.test(text))).toBe(true);
      for (const text of texts) expect(strayNumbers(text, deck.lang), text).toEqual([]);
      const label = svg.querySelector('svg')?.getAttribute('aria-label') ?? '';
      expect(label.length).toBeGreaterThan(10);
      expect(strayNumbers(label, deck.lang), label).toEqual([]);
    },
  );

  it('the choice table types no digits: its words are captions and labels only', () => {
    const words = JSON.stringify(THUMBNAILS, (key: string, value: unknown) => (['slide', 'figure', 'shanghai', 'yunnan', 'missing', 'context'].includes(key) && typeof value !== 'object' ? '' : value));
    expect(words.match(/\d/g)).toBeNull();
  });

  it('links each thumbnail to its chosen slide of the same edition', () => {
    for (const { deck, svg } of entries) {
      const href = svg.querySelector('a.deck-thumb')?.getAttribute('href');
      expect(href).toBe(`${deck.url}#/${THUMBNAILS[deck.id].slide}`);
      expect(deck.slides.map((slide) => slide.url)).toContain(href);
    }
  });

  it('never draws an omitted figure: its label states it as not given, with no digit', () => {
    for (const lang of LANGS) {
      const deck = site.manifest.decks.find((candidate) => candidate.id === 'lijiang' && candidate.lang === lang);
      if (!deck) throw new Error('no lijiang deck');
      const label = parse(renderThumbnail(deck)).querySelector('svg')?.getAttribute('aria-label') ?? '';
      expect(label).toContain(figureText(figureById('lijiang-expo-order-value'), lang));
    }
  });

  it('draws the xishuangbanna job fairs as on the slide: one mark per fair, as many as the ledger says', () => {
    const deck = site.manifest.decks.find((candidate) => candidate.id === 'xishuangbanna' && candidate.lang === 'zh-CN');
    if (!deck) throw new Error('no xishuangbanna deck');
    const marks = parse(renderThumbnail(deck)).querySelectorAll('rect').filter((rect) => rect.getAttribute('height') === '40');
    expect(marks).toHaveLength(figureById('xishuangbanna-job-fairs').value ?? -1);
  });

  it('shows the damaged lijiang sales as printed (“原文显示…”) and as a lower bound', () => {
    const deck = site.manifest.decks.find((candidate) => candidate.id === 'lijiang' && candidate.lang === 'zh-CN');
    if (!deck) throw new Error('no lijiang deck');
    const texts = parse(renderThumbnail(deck)).querySelectorAll('text').map((node) => node.textContent);
    expect(texts).toContain('94万元以上');
    expect(texts.join('')).toContain('原文显示“94.万元”');
  });
});
