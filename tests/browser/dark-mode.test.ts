import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTES, type Theme } from '../../charts/palette.ts';
import { contrast } from '../../charts/contrast.ts';
import { exportDecks } from '../../scripts/lib/pdf/export.ts';
import { CURRENT_CHART_CANVAS } from '../../contracts/readiness.ts';
import { axeViolations } from './axe.ts';
import { collectErrors, DIST, openSite, type Site, waitForCharts, waitForDeck } from './harness.ts';

const run = promisify(execFile);

/**
 * Dark mode (issue 23 item 3): every page follows prefers-color-scheme and ?theme=; the charts are
 * drawn in the dark palette (and redrawn when the theme changes); placeholders, damaged marks, the
 * designed visuals, popovers and the data table keep their contrast (axe); D toggles a deck; a
 * `--theme dark` PDF has dark pages.
 */
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

type Scheme = 'light' | 'dark';

async function open(path: string, scheme: Scheme, width = 1280, height = 720): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height } });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const errors = collectErrors(page);
  await page.goto(`${site.server.url}${path}`);
  return { page, errors };
}

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map((start) => Number.parseInt(colour.slice(start, start + 2), 16)) as [number, number, number];
}

/** The page's background (html, else body) as #rrggbb. */
async function background(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pick = (element: Element): string => getComputedStyle(element).backgroundColor;
    const value = [pick(document.body), pick(document.documentElement)].find((colour) => !/rgba\(0, 0, 0, 0\)|transparent/.test(colour)) ?? '';
    const [r = 0, g = 0, b = 0] = (value.match(/\d+/g) ?? []).map(Number);
    return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  });
}

/** How many opaque pixels of the canvases matching `selector` are (within ±6 a channel) each colour. */
async function pixelsOf(page: Page, selector: string, colours: readonly string[]): Promise<number[]> {
  return page.$$eval(
    selector,
    (list, wanted) =>
      wanted.map(([r, g, b]) =>
        list.reduce((sum, element) => {
          const canvas = element as HTMLCanvasElement;
          const ctx = canvas.getContext('2d');
          if (!ctx || canvas.width === 0) return sum;
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          let count = 0;
          for (let i = 0; i < data.length; i += 4) {
            if ((data[i + 3] ?? 0) === 255 && Math.abs((data[i] ?? 0) - r) <= 6 && Math.abs((data[i + 1] ?? 0) - g) <= 6 && Math.abs((data[i + 2] ?? 0) - b) <= 6) count += 1;
          }
          return sum + count;
        }, 0),
      ),
    colours.map(hex),
  );
}

/** The colours covering at least `share` of a canvas's opaque pixels: its marks (bars), not its anti-aliased edges. */
async function markColours(page: Page, selector: string, share = 0.02): Promise<string[]> {
  return page.$eval(
    selector,
    (element, minShare) => {
      const canvas = element as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!ctx) return [];
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map<string, number>();
      let opaque = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] ?? 0) !== 255) continue;
        opaque += 1;
        const key = `#${[data[i], data[i + 1], data[i + 2]].map((n) => (n ?? 0).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts].filter(([, count]) => count >= opaque * minShare).map(([colour]) => colour);
    },
    share,
  );
}

async function goTo(page: Page, slideId: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/${id}`;
  }, slideId);
  await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, slideId);
  await waitForCharts(page, CURRENT_CHART_CANVAS);
}

const STATUS_CHART = '.reveal .slides section.present canvas[data-chart-id="overview-ledger-status"]';

/** The ledger-status chart (stated, omitted and damaged bars) in one theme's colours, and none of the other's. */
async function expectStatusChartIn(page: Page, theme: Theme): Promise<void> {
  const other: Theme = theme === 'dark' ? 'light' : 'dark';
  const palette = PALETTES[theme];
  const [stated, omitted, damaged, otherStated] = await pixelsOf(page, STATUS_CHART, [palette.neutral, palette.placeholderLight, palette.damaged, PALETTES[other].neutral]);
  expect(stated, `stated bars in ${theme} ${palette.neutral}`).toBeGreaterThan(2000);
  expect(omitted, `omitted bars in ${theme} ${palette.placeholderLight}`).toBeGreaterThan(2000);
  expect(damaged, `damaged bars in ${theme} ${palette.damaged}`).toBeGreaterThan(500);
  // (A few anti-aliased edge pixels may happen to match the other palette's colour; a bar would be thousands.)
  expect(otherStated, `no stated bar left in the ${other} palette`).toBeLessThan((stated ?? 0) / 100);
}

describe('a deck page under prefers-color-scheme: dark', () => {
  it('is dark, draws its charts in the dark palette, and every visual passes axe (tables open, a popover shown)', async () => {
    const { page, errors } = await open('slides/overview/', 'dark');
    await waitForDeck(page);
    expect(await background(page)).toBe(PALETTES.dark.background);
    const found: string[] = [];
    const slides: readonly [string, string][] = [
      ['overview', 'pairings'],
      ['overview', 'ledger-status'],
      ['overview', 'gaps'],
      ['lijiang', 'expo-sales'],
      ['xishuangbanna', 'jobs-offered'],
      ['honghe', 'pairs'],
      ['puer', 'sugarcane'],
    ];
    for (const [deck, slide] of slides) {
      if (!page.url().includes(`/slides/${deck}/`)) {
        await page.goto(`${site.server.url}slides/${deck}/#/${slide}`);
        await waitForDeck(page);
      }
      await goTo(page, slide);
      if (slide === 'ledger-status') await expectStatusChartIn(page, 'dark');
      found.push(...(await axeViolations(page, '.reveal .slides section.present')).map((line) => `${deck}#${slide} ${line}`));
      const tables = '.reveal .slides section.present details.chart-table';
      if ((await page.$$(tables)).length > 0) {
        await page.$$eval(tables, (list) => list.forEach((details) => ((details as HTMLDetailsElement).open = true)));
        found.push(...(await axeViolations(page, '.reveal .slides section.present figure.chart')).map((line) => `${deck}#${slide} (table open) ${line}`));
        await page.$$eval(tables, (list) => list.forEach((details) => ((details as HTMLDetailsElement).open = false)));
      }
    }
    // A figure's popover (its article sentence), over the dark slide.
    await page.focus('.reveal .slides section.present [data-figure][tabindex]');
    await page.waitForSelector('.provenance:not([hidden])');
    found.push(...(await axeViolations(page, '.provenance')).map((line) => `popover ${line}`));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows placeholders (“？” slots) and damaged marks in colours that read on the dark background', async () => {
    const { page } = await open('slides/lijiang/#/gaps', 'dark');
    await waitForDeck(page);
    const marks = await page.$$eval('.reveal .slides section.present :is(.fig--omitted, .fig--damaged)', (list) =>
      list.map((element) => ({ color: getComputedStyle(element).color, border: getComputedStyle(element).borderTopColor, visible: element.getBoundingClientRect().width > 0 })),
    );
    expect(marks.length).toBeGreaterThan(3);
    const toHex = (rgb: string): string => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    for (const mark of marks) {
      expect(mark.visible).toBe(true);
      expect(contrast(toHex(mark.color), PALETTES.dark.background), mark.color).toBeGreaterThanOrEqual(4.5);
      expect(contrast(toHex(mark.border), PALETTES.dark.background), mark.border).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });

  it('draws chart marks at least 3:1 against the dark slide (measured on the canvas)', async () => {
    const { page } = await open('slides/overview/#/ledger-status', 'dark');
    await waitForDeck(page);
    await waitForCharts(page, CURRENT_CHART_CANVAS);
    const colours = await markColours(page, STATUS_CHART);
    expect(colours.length).toBeGreaterThanOrEqual(3);
    for (const colour of colours) expect(contrast(colour, PALETTES.dark.background), colour).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe('?theme= forces a theme whatever the reader prefers', () => {
  it('?theme=dark on a light system: deck dark, chart dark', async () => {
    const { page, errors } = await open('slides/overview/?theme=dark#/ledger-status', 'light');
    await waitForDeck(page);
    await waitForCharts(page, CURRENT_CHART_CANVAS);
    expect(await background(page)).toBe(PALETTES.dark.background);
    await expectStatusChartIn(page, 'dark');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?theme=light on a dark system: deck light, chart light', async () => {
    const { page } = await open('slides/overview/?theme=light#/ledger-status', 'dark');
    await waitForDeck(page);
    await waitForCharts(page, CURRENT_CHART_CANVAS);
    expect(await background(page)).toBe(PALETTES.light.background);
    await expectStatusChartIn(page, 'light');
    await page.close();
  });

  it('the reading view on a phone, dark by ?theme=dark and by the system, passes axe', async () => {
    for (const [path, scheme] of [['slides/overview/?theme=dark', 'light'], ['slides/overview/', 'dark']] as const) {
      const { page, errors } = await open(path, scheme, 390, 844);
      await waitForDeck(page);
      expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('read');
      expect(await background(page), path).toBe(PALETTES.dark.background);
      await page.locator('canvas[data-chart-id="overview-ledger-status"]').scrollIntoViewIfNeeded();
      await page.waitForSelector('canvas[data-chart-id="overview-ledger-status"][data-chart-ready]');
      const [stated, lightStated] = await pixelsOf(page, 'canvas[data-chart-id="overview-ledger-status"]', [PALETTES.dark.neutral, PALETTES.light.neutral]);
      expect(stated, path).toBeGreaterThan(500);
      expect(lightStated, path).toBeLessThan((stated ?? 0) / 100);
      expect(await axeViolations(page), path).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('an embed URL with &theme=dark keeps the theme through its redirect; a dark system darkens it too; axe clean', async () => {
    for (const [path, scheme] of [['embed/?deck=overview&slide=ledger-status&theme=dark', 'light'], ['embed/?deck=overview&slide=ledger-status', 'dark']] as const) {
      const { page, errors } = await open(path, scheme, 800, 450);
      // The old address redirects to the slide's own embed page (issue 23), keeping ?theme=.
      await page.waitForURL(/\/embed\/overview\/ledger-status\.html/);
      await waitForDeck(page);
      await waitForCharts(page, 'canvas[data-chart-id]');
      if (scheme === 'light') expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
      expect(await background(page), path).toBe(PALETTES.dark.background);
      await expectStatusChartIn(page, 'dark');
      expect(await axeViolations(page), path).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('the gallery, dark by the system and by ?theme=dark, passes axe; ?theme=light keeps it light', async () => {
    for (const [path, scheme, theme] of [['', 'dark', 'dark'], ['en.html?theme=dark', 'light', 'dark'], ['?theme=light', 'dark', 'light']] as const) {
      const { page, errors } = await open(path, scheme, 1280, 900);
      await page.waitForSelector('.deck-card');
      expect(await background(page), path).toBe(PALETTES[theme].background);
      // The thumbnails follow: no shape keeps a colour of the other theme's palette.
      const otherColours: string[] = Object.values(PALETTES[theme === 'dark' ? 'light' : 'dark']);
      const painted = await page.$$eval('.deck-thumb svg :is(rect, path, text, line, circle)', (shapes) =>
        shapes.flatMap((shape) => [getComputedStyle(shape).fill, getComputedStyle(shape).stroke]).filter((value) => value.startsWith('rgb(')),
      );
      const toHex = (rgb: string): string => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
      expect(painted.length, path).toBeGreaterThan(50);
      expect(painted.map(toHex).filter((colour) => otherColours.includes(colour)), `${path}: thumbnail colours of the other theme`).toEqual([]);
      expect(await axeViolations(page), path).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('the speaker switches the theme', () => {
  it('D toggles the deck dark and back, charts redrawn at once; the key is in reveal’s key help', async () => {
    const { page, errors } = await open('slides/overview/#/ledger-status', 'light');
    await waitForDeck(page);
    await waitForCharts(page, CURRENT_CHART_CANVAS);
    await expectStatusChartIn(page, 'light');
    await page.keyboard.press('d');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(PALETTES.dark.background);
    await waitForCharts(page, CURRENT_CHART_CANVAS);
    await expectStatusChartIn(page, 'dark');
    await page.keyboard.press('d');
    expect(await background(page)).toBe(PALETTES.light.background);
    await expectStatusChartIn(page, 'light');
    // reveal's help (?) lists the key with its words.
    await page.keyboard.press('Shift+?');
    await page.waitForFunction(() => document.body.innerText.includes('深色 / 浅色'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a chart follows when the system scheme changes while the deck is open', async () => {
    const { page } = await open('slides/overview/#/ledger-status', 'light');
    await waitForDeck(page);
    await waitForCharts(page, CURRENT_CHART_CANVAS);
    // The deck recolours its charts on the media query's change event, which the browser dispatches at its
    // next rendering step (after the stylesheet already answers the new scheme). A listener on a query list
    // made after the deck's is called after the deck's: when it has run, the charts have been redrawn.
    await page.evaluate(() => {
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
        document.documentElement.dataset.testSchemeChanged = '';
      }, { once: true });
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(20, 24, 29)');
    await page.waitForSelector('html[data-test-scheme-changed]', { state: 'attached' });
    await expectStatusChartIn(page, 'dark');
    await page.close();
  });

  it('a chart made ready ahead (the next slide) is drawn in the theme of the moment it shows', async () => {
    const { page } = await open('slides/overview/#/four-sections', 'light');
    await waitForDeck(page);
    await page.keyboard.press('d');
    await goTo(page, 'ledger-status');
    await expectStatusChartIn(page, 'dark');
    await page.close();
  });
});

describe('the presenter view follows the deck', () => {
  const previewTheme = (presenter: Page, role: 'current' | 'next'): Promise<string> =>
    presenter.locator(`iframe[data-preview="${role}"]`).contentFrame().locator('html').evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('S from a deck pressed dark (D) opens the presenter with dark previews; D again turns them light', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', colorScheme: 'light' });
    const deck = await context.newPage();
    await deck.goto(`${site.server.url}slides/overview/#/ledger-status`);
    await waitForDeck(deck);
    await deck.keyboard.press('d');
    const [presenter] = await Promise.all([deck.waitForEvent('popup'), deck.keyboard.press('s')]);
    expect(presenter.url()).toContain('&theme=dark');
    await presenter.waitForSelector('body[data-pairing="paired"]');
    const dark = 'rgb(20, 24, 29)';
    const light = 'rgb(251, 250, 247)';
    await expect.poll(() => previewTheme(presenter, 'current')).toBe(dark);
    await expect.poll(() => previewTheme(presenter, 'next')).toBe(dark);
    await deck.bringToFront();
    await deck.keyboard.press('d');
    await expect.poll(() => previewTheme(presenter, 'current')).toBe(light);
    await expect.poll(() => previewTheme(presenter, 'next')).toBe(light);
    await context.close();
  });
});

describe('npm run pdf -- --theme dark', () => {
  it('prints dark pages (pdftoppm), light without it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pdf-dark-'));
    try {
      const base = { dist: DIST, decks: ['xishuangbanna'], lang: 'zh-CN', notes: false, fragments: false, timeoutMs: 60_000 } as const;
      await exportDecks({ ...base, out: join(out, 'dark'), theme: 'dark' });
      await exportDecks({ ...base, out: join(out, 'light') });
      for (const [dir, theme] of [['dark', 'dark'], ['light', 'light']] as const) {
        const pdf = join(out, dir, 'xishuangbanna.pdf');
        for (const pageNumber of [1, 2]) {
          const prefix = join(out, `${dir}-${pageNumber}`);
          await run('pdftoppm', ['-f', String(pageNumber), '-l', String(pageNumber), '-scale-to-x', '64', '-scale-to-y', '36', '-singlefile', pdf, prefix]);
          const ppm = readFileSync(`${prefix}.ppm`);
          // P6 header: "P6\n64 36\n255\n", then RGB bytes.
          const pixels = ppm.subarray(ppm.length - 64 * 36 * 3);
          // Top right, away from the title slide's coloured left edge and from any text.
          const at = (2 * 64 + 60) * 3;
          const corner = [pixels[at], pixels[at + 1], pixels[at + 2]];
          const wanted = hex(PALETTES[theme].background);
          corner.forEach((value, channel) => expect(Math.abs((value ?? 0) - (wanted[channel] ?? 0)), `${dir} page ${pageNumber} corner ${corner.join(',')}`).toBeLessThanOrEqual(4));
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
