import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { embedSnippet, iframeTitle } from '../../common/embed-snippet-text.ts';
import { loadSiteData } from '../../site/site-data.ts';
import { renderGallery } from '../../site/render-gallery.ts';
import { fillSnapshotLinks } from '../../scripts/lib/snapshot-gallery.ts';
import type { Manifest } from '../../site/manifest.ts';

const root = new URL('https://example.org/decks/');

describe('embed snippet', () => {
  const snippet = embedSnippet(
    { deckTitle: '徐汇区长宁区等结对红河州24年', slideTitle: '结对帮扶', embedUrl: 'embed/?deck=honghe&slide=pairs', deckUrl: 'slides/honghe/#/pairs', lang: 'zh-CN' },
    root,
  );
  const html = parse(snippet);
  const iframe = html.querySelector('iframe');

  it('is a ready iframe: absolute src, title, lazy, responsive 16:9, marked for embed.js', () => {
    expect(iframe?.getAttribute('src')).toBe('https://example.org/decks/embed/?deck=honghe&slide=pairs');
    expect(iframe?.getAttribute('title')).toBe('结对帮扶（徐汇区长宁区等结对红河州24年）');
    expect(iframe?.getAttribute('loading')).toBe('lazy');
    expect(iframe?.getAttribute('style')).toContain('aspect-ratio:16/9');
    expect(iframe?.getAttribute('style')).toContain('width:100%');
    expect(iframe?.hasAttribute('data-hu-dian-embed')).toBe(true);
  });

  it('links back to the full deck at that slide and loads the optional embed.js', () => {
    expect(html.querySelector('a')?.getAttribute('href')).toBe('https://example.org/decks/slides/honghe/#/pairs');
    expect(html.querySelector('script')?.getAttribute('src')).toBe('https://example.org/decks/embed.js');
  });

  it('speaks English for the English edition', () => {
    const english = parse(
      embedSnippet({ deckTitle: 'Honghe', slideTitle: 'Pairs', embedUrl: 'embed/?deck=honghe&slide=pairs&lang=en', deckUrl: 'slides/honghe/en.html#/pairs', lang: 'en' }, root),
    );
    expect(english.querySelector('iframe')?.getAttribute('src')).toBe('https://example.org/decks/embed/?deck=honghe&slide=pairs&lang=en');
    expect(english.querySelector('iframe')?.getAttribute('title')).toBe('Pairs (Honghe)');
    expect(english.querySelector('a')?.getAttribute('href')).toBe('https://example.org/decks/slides/honghe/en.html#/pairs');
    expect(english.querySelector('a')?.textContent).toBe('See the full deck: Honghe');
  });

  it('names the iframe by the slide, adding the deck title only when it differs (no “X（X）”)', () => {
    expect(iframeTitle({ deckTitle: '杨浦区帮扶丽江市', slideTitle: '杨浦区帮扶丽江市', lang: 'zh-CN' })).toBe('杨浦区帮扶丽江市');
    expect(iframeTitle({ deckTitle: 'Honghe', slideTitle: 'Honghe: Shanghai pairs', lang: 'en' })).toBe('Honghe: Shanghai pairs');
    expect(iframeTitle({ deckTitle: 'Honghe', slideTitle: 'Pairs', lang: 'en' })).toBe('Pairs (Honghe)');
  });

  it('gives no self-repeating iframe title for any slide of any deck', () => {
    for (const deck of loadSiteData(process.cwd()).manifest.decks) {
      for (const slide of deck.slides) {
        const title = iframeTitle({ deckTitle: deck.title, slideTitle: slide.title, lang: deck.lang });
        expect(title, `${deck.id}/${slide.id}`).not.toMatch(/^(.+)(?:（\1）| \(\1\))$/);
        expect(title.split(deck.title).length - 1, `${deck.id}/${slide.id}: ${title}`).toBe(1);
      }
    }
  });

  it('escapes titles', () => {
    const hostile = embedSnippet(
      { deckTitle: '"><script>alert(1)</script>', slideTitle: '<b>', embedUrl: 'embed/?deck=d&slide="><b>', deckUrl: 'slides/d/', lang: 'zh-CN' },
      root,
    );
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).not.toContain('<b>');
    expect(parse(hostile).querySelectorAll('script')).toHaveLength(1);
  });
});

const manifest: Manifest = {
  decks: [
    {
      id: 'honghe',
      title: '红河',
      subtitle: '副题',
      lang: 'zh-CN',
      minutes: 7,
      url: 'slides/honghe/',
      printUrl: 'slides/honghe/?print-pdf',
      slideCount: 3,
      slides: [
        { id: 'title', title: '标题', url: 'slides/honghe/#/title', embedUrl: 'embed/?deck=honghe&slide=title', figures: [] },
        { id: 'cadres', title: '干部', url: 'slides/honghe/#/cadres', embedUrl: 'embed/?deck=honghe&slide=cadres', figures: [] },
        { id: 'pairs', title: '结对', url: 'slides/honghe/#/pairs', embedUrl: 'embed/?deck=honghe&slide=pairs', figures: [] },
      ],
    },
  ],
};

describe('gallery embed block', () => {
  const page = renderGallery('<html><body><ul data-gallery></ul></body></html>', manifest);
  const dom = parse(page);

  it('keeps the existing links and adds "复制嵌入代码" with every slide to choose', () => {
    const card = dom.querySelector('[data-deck="honghe"]');
    expect(card?.querySelector('.deck-links a.button')?.getAttribute('href')).toBe('slides/honghe/');
    const block = card?.querySelector('[data-embed-snippet]');
    expect(block?.querySelector('summary')?.textContent).toBe('复制嵌入代码');
    expect(block?.querySelectorAll('option').map((option) => option.getAttribute('value'))).toEqual(['title', 'cadres', 'pairs']);
    expect(block?.querySelector('textarea')?.textContent).toContain('embed/?deck=honghe&amp;slide=title');
    expect(dom.querySelector('script[src="./runtime/gallery/embed-picker.ts"]')).not.toBeNull();
  });

  it('offers snapshots only where the build has them', () => {
    expect(dom.querySelector('[data-snapshots]')?.hasAttribute('hidden')).toBe(true);
    const withPngs = parse(
      fillSnapshotLinks(page, new Map([['honghe', [{ slideId: 'pairs', title: '结对', href: 'snapshots/honghe/pairs.png' }]]])),
    );
    const block = withPngs.querySelector('[data-snapshots]');
    expect(block?.hasAttribute('hidden')).toBe(false);
    expect(block?.querySelector('a')?.getAttribute('href')).toBe('snapshots/honghe/pairs.png');
    const without = parse(fillSnapshotLinks(withPngs.toString(), new Map()));
    expect(without.querySelector('[data-snapshots]')?.hasAttribute('hidden')).toBe(true);
  });
});
