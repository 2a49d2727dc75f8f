import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, DIST, openSite, waitForDeck, type ManifestDeck, type Site } from './harness.ts';

const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: (ManifestDeck & { lang: 'zh-CN' | 'en' })[] };
const jsonPath = (deck: string, slide: string, lang: string) => `oembed/${deck}/${slide}${lang === 'en' ? '.en' : ''}.json`;
let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('oEmbed in the built site', () => {
  it('has a rich oEmbed response for every slide of every deck and edition, its html the embed snippet', () => {
    for (const deck of manifest.decks) {
      for (const slide of deck.slides) {
        const file = resolve(DIST, jsonPath(deck.id, slide.id, deck.lang));
        expect(existsSync(file), file).toBe(true);
        const response = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        expect(response).toMatchObject({ version: '1.0', type: 'rich', width: 960, height: 540 });
        expect(String(response.title)).toContain(slide.title.slice(0, 6));
        expect(typeof response.provider_name).toBe('string');
        const html = parse(String(response.html));
        const iframe = html.querySelector('iframe[data-hu-dian-embed]');
        expect(iframe?.getAttribute('src')?.endsWith(slide.embedUrl)).toBe(true);
        expect(iframe?.getAttribute('title')).toBe(response.title);
      }
    }
  });

  it('each deck page links its oEmbed, and the link follows the slide shown (embed mode too)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    for (const deck of manifest.decks.filter((d) => d.id === 'xishuangbanna' || d.id === 'puer')) {
      const html = parse(readFileSync(resolve(DIST, deck.lang === 'en' ? `slides/${deck.id}/en.html` : `slides/${deck.id}/index.html`), 'utf8'));
      const link = html.querySelector('head link[rel="alternate"][type="application/json+oembed"]');
      expect(link?.getAttribute('href')).toBe(`../../${jsonPath(deck.id, deck.slides[0]?.id ?? '', deck.lang)}`);
      const target = deck.slides[2]?.id ?? '';
      await page.goto(`${site.server.url}${deck.url}#/${target}`);
      await waitForDeck(page);
      const href = await page.$eval('link[type="application/json+oembed"]', (el) => (el as HTMLLinkElement).href);
      expect(href).toBe(`${site.server.url}${jsonPath(deck.id, target, deck.lang)}`);
      const response = await page.evaluate(async (url) => (await fetch(url)).json() as Promise<{ type: string }>, href);
      expect(response.type).toBe('rich');
    }
    // The embed page announces the requested slide's oEmbed, then the slide in embed mode keeps it.
    await page.goto(`${site.server.url}embed/?deck=xishuangbanna&slide=people`);
    await waitForDeck(page);
    expect(await page.$eval('link[type="application/json+oembed"]', (el) => (el as HTMLLinkElement).href)).toBe(`${site.server.url}${jsonPath('xishuangbanna', 'people', 'zh-CN')}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
