import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIGURES } from '../../ledger/figures.ts';
import { showSlide } from '../../scripts/lib/show-slide.ts';
import { DIST, openSite, waitForDeck, type ManifestDeck, type Site } from './harness.ts';

/**
 * The design bar of a talk-grade slide, checked on every slide of every deck and edition at
 * 1280×720 (../shared/DESIGN.md): text stays inside its slide and never overlaps other text or the
 * deck's controls; type is projection-sized; a figure shows once in a slide's body; an unknown is
 * never a bar on a numeric axis.
 */
const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: ManifestDeck[] };

/** Text a viewer must read is at least this size in slide pixels (1280×720)… */
const BODY_MIN = 24;
/** …and source lines, attributions, gap tags and controls at least this. */
const SECONDARY_MIN = 16;
/** Where the smaller size is allowed. */
const SECONDARY = ['.who', '.chart-caption', '.qr-note', '.qr > figcaption', '.byline', '.fig-gap', '.quote-original', '.chart-table > summary', '.slide-number', '.lang-switch', '.embed-snippet-button', '.computed-tag', '.pairing-caption', '.fig-supp-by', '.gap-supplied-words'];

interface Problem {
  readonly slide: string;
  readonly what: string;
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Runs in the page: every problem a viewer would see on the current slide. */
function inspect(args: { bodyMin: number; secondaryMin: number; secondary: string[] }): string[] {
  const problems: string[] = [];
  const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present');
  if (!slide) return ['no current slide'];
  const frame = slide.getBoundingClientRect();
  const scale = frame.width / 1280;
  const hidden = (element: Element): boolean => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
      if (style.clipPath === 'inset(50%)') return true;
      if (node.matches('aside.notes, details:not([open]) > :not(summary)')) return true;
    }
    return false;
  };
  const label = (element: Element): string => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
    return `<${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}> “${text}”`;
  };
  interface Box {
    readonly owner: Element;
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  }
  const boxes: Box[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || (node.textContent ?? '').trim() === '' || hidden(owner)) continue;
    const size = Number.parseFloat(getComputedStyle(owner).fontSize);
    const minimum = owner.closest(args.secondary.join(',')) ? args.secondaryMin : args.bodyMin;
    if (size < minimum - 0.01) problems.push(`${label(owner)} is ${size.toFixed(1)} px (at least ${minimum})`);
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      // The middle of the glyph box: a CJK font's ascent and descent overlap the next line's at tight line heights.
      const inset = rect.height * 0.22;
      boxes.push({ owner, left: rect.left, right: rect.right, top: rect.top + inset, bottom: rect.bottom - inset });
      if (rect.left < frame.left - 1 || rect.right > frame.right + 1 || rect.top < frame.top - 1 || rect.bottom > frame.bottom + 1) {
        problems.push(`${label(owner)} runs outside the slide`);
      }
    }
  }
  // The deck's own controls, outside the slide: nothing on the slide may sit under them.
  const controls = ['.lang-switch', '.embed-snippet-button', '.reveal .slide-number', '.reveal .controls .navigate-right', '.reveal .controls .navigate-left']
    .flatMap((selector) => [...document.querySelectorAll(selector)])
    .filter((element) => !hidden(element) && element.getBoundingClientRect().width > 0);
  for (const control of controls) {
    const rect = control.getBoundingClientRect();
    boxes.push({ owner: control, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
  }
  const reported = new Set<string>();
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a || !b || a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX > 1.5 && overlapY > 1.5) {
        const key = `${label(a.owner)} overlaps ${label(b.owner)}`;
        if (!reported.has(key)) problems.push(key);
        reported.add(key);
      }
    }
  }
  // A figure appears once in the slide's body (title included); notes, popovers and the closed data table carry the rest.
  const seen = new Map<string, number>();
  for (const element of slide.querySelectorAll<HTMLElement>('[data-figure]')) {
    if (hidden(element) || element.getBoundingClientRect().width === 0) continue;
    const id = element.dataset.figure ?? '';
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  for (const [id, count] of seen) if (count > 1) problems.push(`figure ${id} shown ${count} times`);
  if (scale <= 0) problems.push('slide has no size');
  return problems;
}

/** Unknown figures (omitted, or damaged with no legible value) are never plotted; known ones always are. */
function unknownsOnAxes(page: Page): Promise<string[]> {
  const unknown = FIGURES.filter((f) => f.value === null).map((f) => f.id);
  return page.evaluate((unknownIds) => {
    const problems: string[] = [];
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.reveal .slides > section.present canvas[data-chart-id]')) {
      const figures = (canvas.dataset.figures ?? '').split(' ').filter(Boolean);
      if (figures.length === 0) continue;
      const config = JSON.parse(canvas.parentElement?.querySelector('script[data-chart-config]')?.textContent ?? '{}') as { data?: { datasets?: { data?: (number | null)[] }[] } };
      const plotted = (config.data?.datasets ?? []).flatMap((dataset) => dataset.data ?? []).filter((value) => value !== null).length;
      const known = figures.filter((id) => !unknownIds.includes(id)).length;
      if (plotted !== known) problems.push(`${canvas.dataset.chartId}: ${plotted} values on the axis for ${known} known figures`);
    }
    return problems;
  }, unknown);
}

describe('every slide at 1280×720, both editions', () => {
  for (const deck of manifest.decks) {
    it(`${deck.id} (${deck.lang}): text inside the slide, no overlaps, projection-sized type, each figure once, no unknown on an axis`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${site.server.url}${deck.url}`);
      await waitForDeck(page);
      const problems: Problem[] = [];
      for (const slide of deck.slides) {
        await showSlide(page, slide.id);
        const seen = [...(await page.evaluate(inspect, { bodyMin: BODY_MIN, secondaryMin: SECONDARY_MIN, secondary: SECONDARY })), ...(await unknownsOnAxes(page))];
        problems.push(...seen.map((what) => ({ slide: slide.id, what })));
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('can fail: an overlap, small type and a repeated figure are caught', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.server.url}slides/xishuangbanna/#/jobs-offered`);
    await waitForDeck(page);
    await showSlide(page, 'jobs-offered');
    await page.evaluate(() => {
      const slide = document.querySelector('.reveal .slides > section.present');
      const title = slide?.querySelector('h2');
      const copy = title?.cloneNode(true) as HTMLElement;
      copy.style.cssText = 'position:absolute;top:48px;left:72px;font-size:12px';
      title?.after(copy);
    });
    const problems = await page.evaluate(inspect, { bodyMin: BODY_MIN, secondaryMin: SECONDARY_MIN, secondary: SECONDARY });
    expect(problems.some((p) => p.includes('overlaps'))).toBe(true);
    expect(problems.some((p) => p.includes('12.0 px'))).toBe(true);
    expect(problems.some((p) => p.startsWith('figure xishuangbanna-jobs-offered shown 2 times'))).toBe(true);
    await page.close();
  });
});
