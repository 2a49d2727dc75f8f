import { describe, expect, it } from 'vitest';
import { embedModeUrl, parseCatalog, publicEmbedUrl, resolveEmbed } from '../../runtime/embed/lookup.ts';
import { heightMessage, HEIGHT_MESSAGE, isHeightRequest, preferredHeight } from '../../runtime/embed/protocol.ts';
import { embedUrl } from '../../site/manifest.ts';

const catalog = parseCatalog({
  decks: [
    { id: 'xishuangbanna', url: 'slides/xishuangbanna/', slides: [{ id: 'title' }, { id: 'jobs-offered' }] },
    { id: 'honghe', url: 'slides/honghe/', slides: [{ id: 'title' }, { id: 'pairs' }] },
    { id: 42, url: 'bad', slides: [] },
    'nonsense',
  ],
});
const root = new URL('https://example.org/talks/hu-dian/');

describe('embed lookup', () => {
  it('keeps only well-formed decks from decks.json', () => {
    expect(catalog.map((deck) => deck.id)).toEqual(['xishuangbanna', 'honghe']);
    expect(parseCatalog(null)).toEqual([]);
    expect(parseCatalog({ decks: 'no' })).toEqual([]);
  });

  it('resolves a known slide to the deck page in embed mode', () => {
    const found = resolveEmbed(catalog, 'xishuangbanna', 'jobs-offered');
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    expect(embedModeUrl(found.deck, found.slideId, root).href).toBe('https://example.org/talks/hu-dian/slides/xishuangbanna/?embed=jobs-offered');
  });

  it('lists valid deck ids for an unknown deck and valid slide ids for an unknown slide', () => {
    expect(resolveEmbed(catalog, 'nope', 'title')).toMatchObject({ kind: 'unknown-deck', validIds: ['xishuangbanna', 'honghe'] });
    expect(resolveEmbed(catalog, 'honghe', 'nope')).toMatchObject({ kind: 'unknown-slide', validIds: ['title', 'pairs'] });
  });

  it('resolves the English edition with lang=en, to its own page', () => {
    const both = parseCatalog({
      decks: [
        { id: 'honghe', lang: 'zh-CN', url: 'slides/honghe/', slides: [{ id: 'pairs' }] },
        { id: 'honghe', lang: 'en', url: 'slides/honghe/en.html', slides: [{ id: 'pairs' }] },
        { id: 'overview', lang: 'zh-CN', url: 'slides/overview/', slides: [{ id: 'title' }] },
      ],
    });
    const en = resolveEmbed(both, 'honghe', 'pairs', 'en');
    expect(en.kind === 'found' && embedModeUrl(en.deck, en.slideId, root).href).toBe('https://example.org/talks/hu-dian/slides/honghe/en.html?embed=pairs');
    expect(resolveEmbed(both, 'overview', 'title', 'en')).toMatchObject({ kind: 'unknown-deck', validIds: ['honghe'] });
    expect(publicEmbedUrl('honghe', 'pairs', root, 'en').pathname).toBe('/talks/hu-dian/embed/honghe/pairs.en.html');
    expect(publicEmbedUrl('honghe', 'pairs', root, 'en').href).toBe(new URL(embedUrl('honghe', 'pairs', 'en'), root).href);
  });

  it('never matches hostile or near-miss ids', () => {
    for (const id of ['<img src=x onerror=alert(1)>', '"><script>', 'jobs-offered ', 'JOBS-OFFERED', '../honghe', '']) {
      expect(resolveEmbed(catalog, 'xishuangbanna', id).kind).toBe('unknown-slide');
      expect(resolveEmbed(catalog, id, 'title').kind).toBe('unknown-deck');
    }
  });

  it('builds the same public embed URL as decks.json, encoded', () => {
    expect(publicEmbedUrl('honghe', 'pairs', root).href).toBe(new URL(embedUrl('honghe', 'pairs'), root).href);
    expect(publicEmbedUrl('a&b', '<x>', root).pathname).toBe('/talks/hu-dian/embed/a%26b/%3Cx%3E.html');
  });
});

describe('embed height protocol', () => {
  it('asks for the height that fits a 16:9 slide at the frame width', () => {
    expect(preferredHeight(1280)).toBe(720);
    expect(preferredHeight(800)).toBe(450);
    expect(preferredHeight(360)).toBe(203);
    expect(preferredHeight(320)).toBe(180);
    expect(preferredHeight(0)).toBe(1);
  });

  it('has the documented message shape', () => {
    expect(heightMessage('honghe', 'pairs', 450)).toEqual({ type: HEIGHT_MESSAGE, height: 450, deck: 'honghe', slide: 'pairs' });
    expect(HEIGHT_MESSAGE).toBe('hu-dian:embed-height');
    expect(isHeightRequest({ type: 'hu-dian:embed-height-request' })).toBe(true);
    expect(isHeightRequest({ type: HEIGHT_MESSAGE })).toBe(false);
    expect(isHeightRequest('hu-dian:embed-height-request')).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
  });
});
