import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { oembedFiles, oembedLinkTag, oembedPath, oembedResponse, withOembedLink } from '../../site/oembed.ts';
import { parseSiteBaseUrl, siteBaseUrl } from '../../site/site-base-url.ts';
import { embedSnippet } from '../../common/embed-snippet-text.ts';
import { offerSnapshotsInOembed } from '../../scripts/lib/snapshot-oembed.ts';
import type { Manifest } from '../../site/manifest.ts';
import { hongheDeck } from './manifest-fixture.ts';

const deck = hongheDeck;
const BASE = new URL('https://example.org/talks/hu-dian/');

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('oEmbed', () => {
  it('answers with a rich response whose html is the embed snippet, absolute with a base URL', () => {
    const zh = deck('zh-CN', '红河');
    const slide = zh.slides[1]!;
    const response = oembedResponse(zh, slide, BASE);
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      title: '红河 pairs',
      html: embedSnippet({ deckTitle: '红河', slideTitle: '红河 pairs', embedUrl: slide.embedUrl, deckUrl: slide.url, lang: 'zh-CN' }, BASE),
      width: 960,
      height: 540,
      provider_name: '沪滇携手：数据故事幻灯片',
      provider_url: 'https://example.org/talks/hu-dian/',
    });
    expect(response.html).toContain('src="https://example.org/talks/hu-dian/embed/?deck=honghe&amp;slide=pairs"');
  });
  it('names a thumbnail only when a snapshot exists, and keeps URLs site-relative without a base URL', () => {
    const zh = deck('zh-CN', '红河');
    const response = oembedResponse(zh, zh.slides[1]!, undefined, 'snapshots/honghe/pairs.png');
    expect(response.thumbnail_url).toBe('snapshots/honghe/pairs.png');
    expect(response.thumbnail_width).toBe(2560);
    expect(response.html).toContain('src="embed/?deck=honghe&amp;slide=pairs"');
    expect(response.html).not.toContain('invalid');
    expect('provider_url' in response).toBe(false);
    expect('thumbnail_url' in oembedResponse(zh, zh.slides[1]!, BASE)).toBe(false);
  });
  it('writes one file per slide and edition, and a discovery link per deck page', () => {
    const manifest: Manifest = { decks: [deck('zh-CN', '红河'), deck('en', 'Honghe')] };
    expect([...oembedFiles(manifest, BASE).keys()]).toEqual(['oembed/honghe/title.json', 'oembed/honghe/pairs.json', 'oembed/honghe/title.en.json', 'oembed/honghe/pairs.en.json']);
    expect(oembedPath('puer', 'gaps', 'en')).toBe('oembed/puer/gaps.en.json');
    const tag = oembedLinkTag(deck('zh-CN', '红河'), undefined, 'slides/honghe/');
    expect(tag).toBe('<link rel="alternate" type="application/json+oembed" href="../../oembed/honghe/title.json" title="红河 title" data-oembed-template="../../oembed/honghe/{slide}.json">');
    expect(oembedLinkTag(deck('en', 'Honghe'), BASE, 'slides/honghe/')).toContain('href="https://example.org/talks/hu-dian/oembed/honghe/title.en.json"');
    const page = withOembedLink('<html><head><title>x</title></head></html>', tag);
    expect(page).toContain(`${tag}\n</head>`);
    expect(withOembedLink(page, tag)).toBe(page);
  });
  it('takes the base URL from DECKS_BASE_URL, else package.json, and rejects a malformed one', () => {
    dir = mkdtempSync(join(tmpdir(), 'oembed-base-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x' }));
    expect(siteBaseUrl(dir, {})).toBeUndefined();
    expect(siteBaseUrl(dir, { DECKS_BASE_URL: 'https://a.example/x' })?.href).toBe('https://a.example/x/');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', decksBaseUrl: 'https://b.example/' }));
    expect(siteBaseUrl(dir, {})?.href).toBe('https://b.example/');
    expect(() => parseSiteBaseUrl('ftp://x/', 'DECKS_BASE_URL')).toThrow(/^DECKS_BASE_URL must be the published site's address.*ftp: is not http or https/);
    expect(() => parseSiteBaseUrl('nope', 'DECKS_BASE_URL')).toThrow(/not a URL/);
  });
  it('npm run snapshot adds thumbnail_url to the responses of the slides it photographed', () => {
    dir = mkdtempSync(join(tmpdir(), 'oembed-snap-'));
    const manifest: Manifest = { decks: [deck('zh-CN', '红河'), deck('en', 'Honghe')] };
    writeFileSync(join(dir, 'decks.json'), JSON.stringify(manifest));
    mkdirSync(join(dir, 'snapshots/honghe'), { recursive: true });
    writeFileSync(join(dir, 'snapshots/honghe/pairs.png'), '');
    expect(offerSnapshotsInOembed(dir, dir)).toBe(1);
    const pairs = JSON.parse(readFileSync(join(dir, 'oembed/honghe/pairs.json'), 'utf8')) as Record<string, unknown>;
    expect(pairs.thumbnail_url).toBe('snapshots/honghe/pairs.png');
    const title = JSON.parse(readFileSync(join(dir, 'oembed/honghe/title.json'), 'utf8')) as Record<string, unknown>;
    expect(title.thumbnail_url).toBeUndefined();
  });
});
