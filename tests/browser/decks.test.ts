import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIGURES } from '../../ledger/figures.ts';
import { collectErrors, drawnPixels, openSite, waitForDeck, type ManifestDeck, type Site, readManifest } from './harness.ts';
import { READY } from '../../contracts/readiness.ts';
import { THUMBNAILS } from '../../site/thumbnail/choices.ts';

const manifest = readManifest();
let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function goToSlide(page: Page, deck: ManifestDeck, slideId: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/${id}`;
  }, slideId);
  await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, slideId);
}

interface SlideSeen {
  figures: { id: string; status: string | null }[];
  notes: string;
  visibleSections: number;
}

async function inspectCurrentSlide(page: Page): Promise<SlideSeen> {
  return page.evaluate(() => {
    const current = document.querySelector('.reveal .slides section.present');
    const figures = [...(current?.querySelectorAll<HTMLElement>('[data-figure]') ?? [])].map((el) => ({
      id: el.dataset.figure ?? '',
      status: el.getAttribute('data-figure-status'),
    }));
    const chartFigures = [...(current?.querySelectorAll<HTMLCanvasElement>('canvas[data-figures]') ?? [])].flatMap((c) =>
      (c.dataset.figures ?? '').split(' ').filter(Boolean).map((id) => ({ id, status: 'chart' })),
    );
    const visibleSections = [...document.querySelectorAll('.reveal .slides > section')].filter((s) => {
      const box = s.getBoundingClientRect();
      return getComputedStyle(s).display !== 'none' && getComputedStyle(s).visibility !== 'hidden' && box.width > 0 && s.classList.contains('present');
    }).length;
    return { figures: [...figures, ...chartFigures], notes: current?.querySelector('aside.notes')?.textContent?.trim() ?? '', visibleSections };
  });
}

describe('every deck, every slide', () => {
  for (const deck of manifest.decks) {
    it(`${deck.id} (${deck.lang}): notes, drawn charts, placeholders matching the ledger, no console errors`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const errors = collectErrors(page);
      await page.goto(`${site.server.url}${deck.url}`);
      await waitForDeck(page);
      const shownFigures = new Set<string>();
      const placeholderMarks = new Map<string, string>();
      for (const slide of deck.slides) {
        await goToSlide(page, deck, slide.id);
        const seen = await inspectCurrentSlide(page);
        expect(seen.notes.length, `${deck.id}#${slide.id} notes`).toBeGreaterThan(20);
        expect(seen.visibleSections, `${deck.id}#${slide.id} one slide visible`).toBe(1);
        for (const figure of seen.figures) {
          shownFigures.add(figure.id);
          if (figure.status === 'omitted' || figure.status === 'damaged') placeholderMarks.set(figure.id, figure.status);
        }
        const canvases = await page.$$eval('.reveal .slides section.present canvas[data-chart-id]', (list) => list.map((c) => c.getAttribute('data-chart-id') ?? ''));
        for (const chartId of canvases) {
          const selector = `.reveal .slides section.present canvas[data-chart-id="${chartId}"]`;
          await page.waitForSelector(`${selector}[${READY.chart}]`, { state: 'attached' });
          const size = await page.$eval(selector, (c) => ({ w: (c as HTMLCanvasElement).width, h: (c as HTMLCanvasElement).height }));
          expect(size.w, `${deck.id}#${slide.id} ${chartId} width`).toBeGreaterThan(100);
          expect(size.h, `${deck.id}#${slide.id} ${chartId} height`).toBeGreaterThan(100);
          expect(await drawnPixels(page, selector), `${deck.id}#${slide.id} ${chartId} pixels`).toBeGreaterThan(500);
        }
        expect(slide.figures.every((id) => shownFigures.has(id)), `${deck.id}#${slide.id} figures listed in decks.json are on the slide`).toBe(true);
      }
      // Every omitted or damaged ledger figure the deck uses is marked as such, and nothing else is.
      const usedGaps = FIGURES.filter((f) => shownFigures.has(f.id) && (f.status === 'omitted' || f.status === 'damaged'));
      expect(Object.fromEntries(placeholderMarks)).toEqual(Object.fromEntries(usedGaps.map((f) => [f.id, f.status])));
      // The deck's own gaps are all listed.
      const ownGaps = FIGURES.filter((f) => f.deck === deck.id && (f.status === 'omitted' || f.status === 'damaged')).map((f) => f.id);
      expect([...placeholderMarks.keys()]).toEqual(expect.arrayContaining(ownGaps));
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('shows every stated and derived ledger figure on some slide', () => {
    const shown = new Set(manifest.decks.flatMap((deck) => deck.slides.flatMap((slide) => slide.figures)));
    const missing = FIGURES.filter((f) => (f.status === 'stated' || f.status === 'derived') && !shown.has(f.id)).map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it('shows placeholder words on the page, never a 0 for an omitted figure', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.server.url}slides/xishuangbanna/#/jobs-offered`);
    await waitForDeck(page);
    const text = await page.$eval('[data-figure="xishuangbanna-labour-start-year"]', (el) => el.textContent ?? '');
    expect(text).toContain('原文未给出');
    expect(text).toContain('？');
    expect(text).not.toMatch(/\d/);
    await page.close();
  });
});

describe('giving the talk', () => {
  it('links to a slide by id, animates its chart when it becomes current, and keeps it crisp at 1920×1080', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}slides/overview/#/ledger-status`);
    await waitForDeck(page);
    expect(await page.$eval('.reveal .slides section.present', (s) => s.id)).toBe('ledger-status');
    const selector = 'section.present canvas[data-chart-id]';
    await page.waitForSelector(`${selector}[${READY.chart}]`, { state: 'attached' });
    const crisp = await page.$eval(selector, (c) => {
      const canvas = c as HTMLCanvasElement;
      return canvas.width / canvas.getBoundingClientRect().width;
    });
    expect(crisp).toBeGreaterThanOrEqual(0.99);
    // Leaving rewinds the chart and coming back plays it again: it is not ready until its animation has run again.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('section.present')?.id !== 'ledger-status');
    expect(await page.$$eval(`section:not(.present) canvas[${READY.chart}]`, (l) => l.length)).toBe(0);
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector(`${selector}[${READY.chart}]`, { state: 'attached' });
    expect(await drawnPixels(page, selector)).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes the next slide’s chart ready ahead without showing it, then plays it exactly as a chart made on the spot', async () => {
    const deck = manifest.decks.find((d) => d.id === 'overview' && d.lang === 'zh-CN');
    const ids = deck?.slides.map((slide) => slide.id) ?? [];
    const before = ids[ids.indexOf('ledger-status') - 1];
    if (!deck || !before) throw new Error('no slide before overview/ledger-status');
    const selector = 'section#ledger-status canvas[data-chart-id]';
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}${deck.url}#/${before}`);
    await waitForDeck(page);
    // Built while the speaker is still on the slide before: its backing store takes the size of its
    // slot (a canvas Chart.js has not sized is 300 px wide), though reveal keeps that slide hidden.
    await page.waitForFunction((canvas) => (document.querySelector<HTMLCanvasElement>(canvas)?.width ?? 0) > 600, selector);
    expect(await page.$eval('section#ledger-status', (slide) => getComputedStyle(slide).display)).toBe('none');
    expect(await page.$eval(selector, (canvas, ready) => canvas.hasAttribute(ready), READY.chart)).toBe(false);
    expect(await drawnPixels(page, selector)).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`section.present canvas[data-chart-id][${READY.chart}]`, { state: 'attached' });
    const played = await page.$eval(selector, (canvas) => (canvas as HTMLCanvasElement).toDataURL());

    const direct = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await direct.goto(`${site.server.url}${deck.url}#/ledger-status`);
    await direct.waitForSelector(`section.present canvas[data-chart-id][${READY.chart}]`, { state: 'attached' });
    expect(played).toBe(await direct.$eval(selector, (canvas) => (canvas as HTMLCanvasElement).toDataURL()));
    expect(errors).toEqual([]);
    await direct.close();
    await page.close();
  });

  it('opens the presenter view with notes, a timer and previews that show drawn charts', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.server.url}slides/overview/#/ledger-status`);
    await waitForDeck(page);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForFunction(() => (document.querySelector('.presenter-notes')?.textContent ?? '').includes('台账'));
    expect(await popup.$eval('.presenter-timer', (el) => el.textContent ?? '')).toMatch(/\d:\d\d/);
    const preview = popup.frames().find((frame) => frame !== popup.mainFrame() && frame.url().includes('slides/overview/?presenter-preview=current'));
    expect(preview).toBeDefined();
    await preview?.waitForFunction(() => document.querySelector('section.present')?.id === 'ledger-status');
    await preview?.waitForSelector(`section.present canvas[data-chart-id][${READY.chart}]`, { state: 'attached' });
    const pixels = preview ? await drawnPixels(preview, 'section.present canvas[data-chart-id]') : 0;
    expect(pixels).toBeGreaterThan(500);
    await popup.close();
    await page.close();
  });
});

describe('the gallery', () => {
  it('lists each deck with slide count, talk length and links to present it and to the data', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(site.server.url);
    const cards = await page.$$eval('.deck-card', (list) =>
      list.map((card) => ({
        id: card.getAttribute('data-deck'),
        count: card.querySelector('[data-slide-count]')?.getAttribute('data-slide-count'),
        text: card.textContent ?? '',
        links: [...card.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      })),
    );
    const chinese = manifest.decks.filter((d) => d.lang === 'zh-CN');
    expect(cards.map((c) => c.id)).toEqual(chinese.map((d) => d.id));
    for (const deck of chinese) {
      const card = cards.find((c) => c.id === deck.id);
      expect(card?.count).toBe(String(deck.slides.length));
      expect(card?.text).toContain(`${deck.minutes}分钟`);
      expect(card?.links).toEqual(expect.arrayContaining([deck.url, 'data/figures.csv']));
    }
    const download = await page.request.get(`${site.server.url}data/figures.json`);
    const json = (await download.json()) as { figures: unknown[] };
    expect(json.figures.length).toBe(FIGURES.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the gallery thumbnails', () => {
  for (const [gallery, lang] of [['', 'zh-CN'], ['en.html', 'en']] as const) {
    it(`each card of ${gallery || 'index.html'} shows a drawn SVG of a figure, named in words, linking to a slide of its deck`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = collectErrors(page);
      await page.goto(`${site.server.url}${gallery}`);
      await page.evaluate(() => document.fonts.ready);
      const cards = await page.$$eval('.deck-card', (list) =>
        list.map((card) => {
          const link = card.querySelector<HTMLAnchorElement>('a.deck-thumb');
          const svg = link?.querySelector('svg');
          // Drawn shapes: rects and paths with an area on screen (the background rect aside).
          const shapes = [...(svg?.querySelectorAll<SVGGraphicsElement>('rect, path') ?? [])].filter((shape) => {
            if (shape.closest('pattern')) return false;
            const box = shape.getBoundingClientRect();
            return box.width > 0 && box.height > 0;
          });
          const texts = [...(svg?.querySelectorAll<SVGTextElement>('text') ?? [])];
          return {
            id: card.getAttribute('data-deck'),
            href: link?.getAttribute('href') ?? null,
            role: svg?.getAttribute('role') ?? null,
            label: svg?.getAttribute('aria-label') ?? '',
            shapes: shapes.length,
            height: svg?.getBoundingClientRect().height ?? 0,
            drawnText: texts.filter((text) => text.getComputedTextLength() > 0).length,
            fonts: [...new Set(texts.map((text) => getComputedStyle(text).fontFamily))],
          };
        }),
      );
      const decks = manifest.decks.filter((deck) => deck.lang === lang);
      expect(cards.map((card) => card.id)).toEqual(decks.map((deck) => deck.id));
      for (const card of cards) {
        const deck = decks.find((candidate) => candidate.id === card.id);
        expect(card.role).toBe('img');
        expect(card.label.trim().length).toBeGreaterThan(10);
        expect(card.shapes, card.id ?? '').toBeGreaterThan(2);
        expect(card.drawnText).toBeGreaterThan(2);
        expect(card.height).toBeGreaterThan(100);
        expect(card.fonts.every((font) => font.includes('Noto Sans SC Deck'))).toBe(true);
        const slideId = /#\/(.+)$/.exec(card.href ?? '')?.[1];
        expect(deck?.slides.map((slide) => slide.id)).toContain(slideId);
        expect(card.href).toBe(`${deck?.url}#/${slideId}`);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('a thumbnail opens its deck at that slide', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url);
    // The card shows the deck's lead slide, whichever site/thumbnail/choices.ts names.
    const slide = THUMBNAILS.puer.slide;
    await Promise.all([page.waitForURL(new RegExp(`slides/puer/#/${slide}$`)), page.click('.deck-card[data-deck="puer"] a.deck-thumb')]);
    await waitForDeck(page);
    expect(await page.$eval('section.present', (section) => section.id)).toBe(slide);
    await page.close();
  });
});

describe('the English edition', () => {
  it('lists each English deck in decks.json with the same slide ids as the Chinese', () => {
    for (const deck of manifest.decks.filter((d) => d.lang === 'en')) {
      const chinese = manifest.decks.find((d) => d.id === deck.id && d.lang === 'zh-CN');
      expect(deck.slides.map((s) => s.id)).toEqual(chinese?.slides.map((s) => s.id));
      expect(deck.url).toBe(`slides/${deck.id}/en.html`);
    }
  });

  it('switches language keeping the current slide, and shows English values and placeholders', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}slides/xishuangbanna/#/jobs-offered`);
    await waitForDeck(page);
    await page.focus('a.lang-switch');
    await Promise.all([page.waitForURL(/en\.html#\/jobs-offered$/), page.keyboard.press('Enter')]);
    await waitForDeck(page);
    expect(await page.$eval('html', (el) => el.lang)).toBe('en');
    expect(await page.$eval('section.present', (s) => s.id)).toBe('jobs-offered');
    expect(await page.$eval('section.present h2', (h) => h.textContent ?? '')).toContain('48,800 jobs');
    expect(await page.$eval('section.present [data-figure="xishuangbanna-labour-start-year"]', (el) => el.textContent ?? '')).toContain('not given in the article');
    // The job fairs drawn as marks, one per fair, in the English edition too.
    expect(await page.$$eval('section.present svg[data-drawn-from="xishuangbanna-job-fairs"] rect.unit-mark', (marks) => marks.length)).toBe(17);
    expect(await page.$eval('section.present svg[data-drawn-from]', (svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(600);
    await Promise.all([page.waitForURL(/slides\/xishuangbanna\/#\/jobs-offered$/), page.click('a.lang-switch')]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has an English gallery listing the English decks', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${site.server.url}en.html`);
    expect(await page.$eval('html', (el) => el.lang)).toBe('en');
    const links = await page.$$eval('.deck-card h2 a', (list) => list.map((a) => a.getAttribute('href')));
    expect(links).toEqual(manifest.decks.filter((d) => d.lang === 'en').map((d) => d.url));
    expect(errors).toEqual([]);
    await page.close();
  });
});
