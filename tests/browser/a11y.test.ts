import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PALETTE } from '../../charts/palette.ts';
import { contrast } from '../../charts/contrast.ts';
import { axeViolations } from './axe.ts';
import { collectErrors, DIST, openSite, waitForDeck, type ManifestDeck, type Site, waitForReady, waitForCharts } from './harness.ts';
import { CURRENT_CHART_CANVAS, READY } from '../../contracts/readiness.ts';

interface Manifest {
  decks: (ManifestDeck & { lang?: string })[];
}
const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as Manifest;

let site: Site;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function newPage(width = 1280, height = 720): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return { page, errors: collectErrors(page) };
}

async function goToSlide(page: Page, slideId: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/${id}`;
  }, slideId);
  await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, slideId);
}

/** Where keyboard focus is: the slide holding it ('' outside slides) and a short description. */
async function focused(page: Page): Promise<{ slide: string; present: boolean; what: string; quote: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const section = element?.closest('.reveal .slides > section') ?? null;
    return {
      slide: section?.id ?? '',
      present: section ? section.classList.contains('present') : true,
      what: element ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}` : '(none)',
      quote: element instanceof HTMLElement && element.dataset.quote !== undefined,
    };
  });
}

/** Presses Tab until `done` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page: Page, done: (state: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40): Promise<Awaited<ReturnType<typeof focused>>> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const state = await focused(page);
    if (done(state)) return state;
    seen.push(`${state.slide}:${state.what}`);
  }
  throw new Error(`Tab never reached the element; focus went through: ${seen.join(', ')}`);
}

describe('axe-core finds no violations', () => {
  for (const gallery of ['', 'en.html']) {
    it(`on the gallery${gallery ? ` (${gallery})` : ''}`, async () => {
      const { page, errors } = await newPage(1280, 900);
      await page.goto(`${site.server.url}${gallery}`);
      await page.waitForSelector('.deck-card');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const deck of manifest.decks) {
    it(`on every slide of ${deck.url}, made current one by one, with its data tables open too`, async () => {
      const { page, errors } = await newPage();
      await page.goto(`${site.server.url}${deck.url}`);
      await waitForDeck(page);
      const found: string[] = [];
      for (const slide of deck.slides) {
        await goToSlide(page, slide.id);
        await waitForCharts(page, CURRENT_CHART_CANVAS);
        // Slides that are not current are inert: axe leaves them out, and so does a screen reader.
        expect(
          await page.$$eval('.reveal .slides > section:not(.present)', (list) => list.filter((section) => !section.hasAttribute('inert')).map((s) => s.id)),
          `${deck.url}#${slide.id}: slides not current without inert`,
        ).toEqual([]);
        // The whole document once (page-level rules, reveal's controls, the switches), then each slide in turn.
        const scope = slide === deck.slides[0] ? undefined : '.reveal .slides section.present';
        found.push(...(await axeViolations(page, scope)).map((line) => `#${slide.id} ${line}`));
        const tables = await page.$$('.reveal .slides section.present details.chart-table');
        if (tables.length > 0) {
          await page.$$eval('.reveal .slides section.present details.chart-table', (list) => list.forEach((details) => ((details as HTMLDetailsElement).open = true)));
          found.push(...(await axeViolations(page, '.reveal .slides section.present figure.chart')).map((line) => `#${slide.id} (table open) ${line}`));
          await page.$$eval('.reveal .slides section.present details.chart-table', (list) => list.forEach((details) => ((details as HTMLDetailsElement).open = false)));
        }
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('on embed URLs from decks.json', async () => {
    // The busiest slide of each edition (charts carry many figures) and a gap list.
    const busiest = (lang: string) =>
      manifest.decks
        .filter((deck) => (deck.lang ?? 'zh-CN') === lang)
        .flatMap((deck) => deck.slides)
        .reduce<ManifestDeck['slides'][number] | undefined>((best, slide) => (!best || slide.figures.length > best.figures.length ? slide : best), undefined);
    const gaps = manifest.decks.flatMap((deck) => deck.slides).find((slide) => slide.id === 'gaps');
    const picks = [...new Set([busiest('zh-CN'), busiest('en'), gaps])].filter((slide): slide is NonNullable<typeof slide> => slide !== undefined);
    expect(picks.length).toBeGreaterThanOrEqual(2);
    const { page, errors } = await newPage(800, 450);
    const found: string[] = [];
    for (const slide of picks) {
      // The slide's own embed page (decks.json embedUrl).
      await page.goto(`${site.server.url}${slide.embedUrl}`);
      await waitForDeck(page);
      await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, slide.id);
      found.push(...(await axeViolations(page)).map((line) => `${slide.embedUrl} ${line}`));
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Issue 22 changed this test: the print view used to show each chart's values again as a visible list under
// the chart (or its table, open); now nothing is printed twice and the values are an invisible text layer over the canvas.
describe('chart data in print (every PDF, handout included)', () => {
  it('shows no list or table of a chart’s values under it, and lays the text the chart draws, transparent, over its canvas', async () => {
    const { page, errors } = await newPage();
    const problems: string[] = [];
    let charts = 0;
    for (const deck of manifest.decks) {
      await page.goto(`${site.server.url}${deck.printUrl}`);
      await waitForReady(page, 'print');
      const seen = await page.$$eval('.pdf-page figure.chart', (figures) =>
        figures.map((figure) => {
          const shown = (element: Element | null): boolean => {
            if (!element) return false;
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            return style.display !== 'none' && style.visibility !== 'hidden' && box.height > 0 && box.width > 0;
          };
          const canvas = figure.querySelector('canvas')?.getBoundingClientRect();
          const layer = figure.querySelector('.chart-canvas > .chart-text-layer');
          const spans = [...(layer?.querySelectorAll('span') ?? [])];
          const outside = spans.filter((span) => {
            const box = span.getBoundingClientRect();
            const x = (box.left + box.right) / 2, y = (box.top + box.bottom) / 2;
            return !canvas || x < canvas.left || x > canvas.right || y < canvas.top || y > canvas.bottom;
          });
          return {
            id: figure.querySelector('canvas')?.getAttribute('data-chart-id') ?? '?',
            list: shown(figure.querySelector('.chart-data')),
            table: shown(figure.querySelector('details.chart-table table')),
            values: [...figure.querySelectorAll('.chart-data .fig')].map((value) => value.textContent?.replace(/\s+/g, '') ?? ''),
            layer: layer?.textContent?.replace(/\s+/g, '') ?? '',
            colours: [...new Set(spans.map((span) => getComputedStyle(span).color))],
            outside: outside.map((span) => span.textContent ?? ''),
          };
        }),
      );
      charts += seen.length;
      for (const chart of seen) {
        const where = `${deck.printUrl} ${chart.id}`;
        if (chart.list) problems.push(`${where}: its values are printed as a list under it`);
        if (chart.table) problems.push(`${where}: its table is printed`);
        if (chart.layer === '') problems.push(`${where}: no text over the chart`);
        for (const value of chart.values) if (!chart.layer.includes(value)) problems.push(`${where}: “${value}” is not in the text over the chart`);
        if (chart.colours.some((colour) => colour !== 'rgba(0, 0, 0, 0)')) problems.push(`${where}: the text over the chart is visible (${chart.colours.join(', ')})`);
        if (chart.outside.length > 0) problems.push(`${where}: text not over the canvas: ${chart.outside.join(' | ')}`);
      }
    }
    expect(charts).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('keyboard alone', () => {
  it('navigates, and Tab never reaches a slide that is not current', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.server.url}slides/honghe/#/cadres`);
    await waitForDeck(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.reveal .slides section.present')?.id === 'pu-yongkai');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('.reveal .slides section.present')?.id === 'cadres');
    const stops: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      const state = await focused(page);
      if (!state.present) stops.push(`${state.slide}:${state.what}`);
    }
    expect(stops, 'focus stops inside slides that are not current').toEqual([]);
    // The figures of the neighbouring slides are in the DOM and focusable by markup, yet unreachable.
    expect(await page.$$eval('.reveal .slides > section:not(.present) [tabindex="0"]', (list) => list.length)).toBeGreaterThan(0);
    // reveal's overview (Escape) makes every slide a target, so none is inert there; leaving it restores inert.
    const inertCount = (): Promise<number> => page.$$eval('.reveal .slides > section[inert]', (list) => list.length);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.reveal.overview', { state: 'attached' });
    expect(await inertCount()).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.reveal:not(.overview)', { state: 'attached' });
    expect(await inertCount()).toBe((await page.$$eval('.reveal .slides > section', (list) => list.length)) - 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Tab reaches a figure and shows its provenance; Escape hides it', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.server.url}slides/lijiang/#/expo-sales`);
    await waitForDeck(page);
    await tabUntil(page, (state) => state.quote && state.present);
    const shown = await page.evaluate(() => {
      const figure = document.activeElement as HTMLElement;
      const popover = document.getElementById('provenance-popover');
      return {
        hidden: popover?.hidden ?? true,
        text: popover?.textContent ?? '',
        quote: figure.dataset.quote ?? '',
        describedBy: figure.getAttribute('aria-describedby'),
      };
    });
    expect(shown.hidden).toBe(false);
    expect(shown.text).toContain(shown.quote);
    expect(shown.describedBy).toBe('provenance-popover');
    expect(await axeViolations(page, '#provenance-popover')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.getElementById('provenance-popover')?.hidden)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens and closes a chart’s data table', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.server.url}slides/honghe/#/pairs`);
    await waitForDeck(page);
    await tabUntil(page, (state) => state.present && state.what === 'summary');
    await page.keyboard.press('Enter');
    const open = await page.evaluate(() => {
      const details = document.activeElement?.closest('details');
      const table = details?.querySelector('table');
      return { open: details?.open ?? false, height: table?.getBoundingClientRect().height ?? 0, text: table?.textContent ?? '' };
    });
    expect(open.open).toBe(true);
    expect(open.height).toBeGreaterThan(50);
    expect(open.text).toContain('30所');
    expect(open.text).toContain('23所');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.open)).toBe(false);
    expect(await page.$eval('.reveal .slides section.present', (section) => section.id), 'Space stayed with the toggle').toBe('pairs');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the embed snippet and gets back to the deck', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${site.server.url}slides/honghe/#/pairs`);
    await waitForDeck(page);
    await tabUntil(page, (state) => state.what.includes('embed-snippet-button'));
    // Space presses the button; reveal must not also take it as “next slide”.
    await page.keyboard.press('Space');
    await page.waitForSelector('dialog[data-embed-dialog][open]');
    expect(await page.$eval('.reveal .slides section.present', (section) => section.id)).toBe('pairs');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(await page.$eval('dialog[data-embed-dialog] textarea', (code) => (code as HTMLTextAreaElement).value)).toContain('<iframe');
    expect(await axeViolations(page, 'dialog[data-embed-dialog]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-embed-dialog]:not([open])', { state: 'attached' });
    expect((await focused(page)).what).toContain('embed-snippet-button');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language and keeps the slide', async () => {
    const english = manifest.decks.find((deck) => deck.lang === 'en');
    expect(english, 'decks.json lists an English deck').toBeDefined();
    if (!english) return;
    const chinese = manifest.decks.find((deck) => deck.id === english.id && deck.lang !== 'en');
    const slide = english.slides[1]?.id ?? '';
    const { page, errors } = await newPage();
    await page.goto(`${site.server.url}${chinese?.url ?? ''}#/${slide}`);
    await waitForDeck(page);
    await tabUntil(page, (state) => state.what.includes('lang-switch'));
    await Promise.all([page.waitForURL(/en\.html/), page.keyboard.press('Enter')]);
    await waitForDeck(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, slide);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('reduced motion', () => {
  /** Moves to the next slide (it has a chart) by key and reports, at slidechanged, whether its chart is already drawn. */
  async function chartReadyAtSlideChange(page: Page): Promise<{ ready: boolean; transition: string }> {
    await page.evaluate((chartReady) => {
      const record = window as unknown as { slideChangeSeen?: Promise<{ ready: boolean; transition: string }> };
      record.slideChangeSeen = new Promise((done) => {
        document.querySelector('.reveal')?.addEventListener(
          'slidechanged',
          () => {
            const canvas = document.querySelector('.reveal .slides section.present canvas[data-chart-id]');
            const section = document.querySelector<HTMLElement>('.reveal .slides section.present');
            done({ ready: canvas?.hasAttribute(chartReady) ?? false, transition: section ? getComputedStyle(section).transitionDuration : '' });
          },
          { once: true },
        );
      });
    }, READY.chart);
    await page.keyboard.press('ArrowRight');
    return page.evaluate(() => (window as unknown as { slideChangeSeen: Promise<{ ready: boolean; transition: string }> }).slideChangeSeen);
  }

  it('turns off slide transitions and chart animation; without it both run', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      await page.emulateMedia({ reducedMotion });
      // The slide before a chart slide (overview/ledger-status: a chart that does not build in steps).
      const overview = manifest.decks.find((deck) => deck.id === 'overview' && deck.lang === 'zh-CN');
      const ids = overview?.slides.map((slide) => slide.id) ?? [];
      const before = ids[ids.indexOf('ledger-status') - 1];
      if (!before) throw new Error('no slide before overview/ledger-status');
      await page.goto(`${site.server.url}slides/overview/#/${before}`);
      await page.reload();
      await waitForDeck(page);
      // The next slide's chart is made ready ahead in idle time: wait until it is, as a speaker who pauses would.
      await page.waitForSelector('section#ledger-status canvas[data-chart-id][data-chart-stage="laid-out"]', { state: 'attached' });
      const seen = await chartReadyAtSlideChange(page);
      if (reducedMotion === 'reduce') {
        expect(seen.ready, 'chart drawn at once').toBe(true);
        expect(seen.transition).toMatch(/^0s(, 0s)*$/);
        expect(await page.$eval('.reveal', (reveal) => reveal.classList.contains('none'))).toBe(true);
      } else {
        expect(seen.ready, 'chart still animating').toBe(false);
        expect(await page.$eval('.reveal', (reveal) => reveal.classList.contains('slide'))).toBe(true);
      }
    }
    await page.close();
  });
});

describe('chart colours (axe cannot see into a canvas)', () => {
  it('draws marks at least 3:1 and text at least 4.5:1 against the slide background', () => {
    const marks = { shanghai: PALETTE.shanghai, yunnan: PALETTE.yunnan, neutral: PALETTE.neutral, placeholder: PALETTE.placeholder, damaged: PALETTE.damaged };
    for (const [name, colour] of Object.entries(marks)) expect(contrast(colour, PALETTE.background), name).toBeGreaterThanOrEqual(3);
    for (const [name, colour] of Object.entries({ text: PALETTE.text, muted: PALETTE.muted, placeholder: PALETTE.placeholder, damaged: PALETTE.damaged })) {
      expect(contrast(colour, PALETTE.background), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});
