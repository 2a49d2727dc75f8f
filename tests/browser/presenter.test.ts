import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { DIST, drawnPixels, openSite, waitForDeck, type ManifestDeck, type Site, waitForReady, waitForCharts } from './harness.ts';
import { guardContext, SITE_CSP } from './site-policy.ts';
import { CURRENT_CHART_CANVAS } from '../../contracts/readiness.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

const manifest = JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: (ManifestDeck & { presenterUrl?: string; lang?: string })[] };
const deck = manifest.decks.find((candidate) => candidate.id === 'overview' && candidate.lang !== 'en');
const english = manifest.decks.find((candidate) => candidate.lang === 'en');
/** The deck whose channel the forging tests attack (its chart slide jobs-offered and the slides after it). */
const forgedDeck = manifest.decks.find((candidate) => candidate.id === 'xishuangbanna' && candidate.lang !== 'en');

let site: Site;
let context: BrowserContext;
let problems: string[];

beforeAll(async () => {
  site = await openSite({ basePath: '/talks/hu-dian/', headers: { 'Content-Security-Policy': SITE_CSP } });
  context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
  problems = await guardContext(context, site.server.url);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** A preview frame once it has navigated to its deck page. */
async function preview(popup: Page, role: 'current' | 'next', as: 'current' | 'next' | 'lead' = role): Promise<Frame> {
  const element = await popup.waitForSelector(`iframe[data-preview="${role}"]`, { state: 'attached' });
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`presenter view has no ${role} preview frame`);
  await frame.waitForURL(new RegExp(`presenter-preview=${as}`));
  return frame;
}

/** Waits until the presenter view shows this slide's notes. */
async function notesShow(presenter: Page, slideId: string): Promise<void> {
  await presenter.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, slideId);
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * The presenter view's own interface text (not the deck's notes or title, which are the deck's
 * words): every text node outside the notes, and every title and aria-label.
 */
async function chromeTexts(presenter: Page): Promise<string[]> {
  return presenter.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[data-presenter-notes], [data-presenter-deck-title]')) continue;
      if (node.textContent?.trim()) texts.push(node.textContent.trim());
    }
    for (const element of document.querySelectorAll('[title], [aria-label]')) texts.push(element.getAttribute('title') ?? '', element.getAttribute('aria-label') ?? '');
    return texts.filter((text) => text !== '' && text !== document.querySelector('[data-presenter-deck-title]')?.textContent);
  });
}

interface Box {
  readonly what: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * In the presenter page and in each preview frame: every visible language link, and every other
 * visible element's box it intersects (ancestors and descendants aside), in that document's viewport.
 */
async function languageLinkOverlaps(presenter: Page): Promise<{ links: number; overlaps: string[] }> {
  let links = 0;
  const overlaps: string[] = [];
  for (const frame of presenter.frames()) {
    const found = await frame.evaluate(() => {
      const visible = (element: Element): boolean => element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getClientRects().length > 0;
      const boxOf = (element: Element): Box => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { what: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`, x, y, width, height };
      };
      const within = (box: Box): boolean => box.width > 0 && box.height > 0 && box.x < innerWidth && box.y < innerHeight && box.x + box.width > 0 && box.y + box.height > 0;
      const meets = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      const switches = [...document.querySelectorAll('.lang-switch')].filter(visible);
      const hits: string[] = [];
      for (const link of switches) {
        const linkBox = boxOf(link);
        if (!within(linkBox)) continue;
        for (const other of document.body.querySelectorAll('*')) {
          if (other === link || other.contains(link) || link.contains(other) || !visible(other)) continue;
          const box = boxOf(other);
          if (within(box) && meets(linkBox, box)) hits.push(`${location.pathname}${location.search}: ${linkBox.what} covers ${box.what}`);
        }
      }
      return { links: switches.length, hits };
    });
    links += found.links;
    overlaps.push(...found.hits);
  }
  return { links, overlaps };
}

async function previewShows(frame: Frame, slideId: string): Promise<number> {
  await frame.waitForFunction((id) => document.querySelector('section.present')?.id === id, slideId);
  await waitForCharts(frame, CURRENT_CHART_CANVAS);
  return drawnPixels(frame, 'section.present canvas[data-chart-id]', 'all');
}

describe('presenter view (its own page, under the site CSP and a sub-path)', () => {
  it('key S opens it with the current notes, a running timer with pacing, and previews of this and the next slide', async () => {
    if (!deck) throw new Error('decks.json has no overview deck');
    expect(deck.presenterUrl).toBe(`slides/presenter/?deck=${deck.id}`);
    const index = deck.slides.findIndex((slide) => slide.id === 'ledger-status');
    const current = deck.slides[index];
    const next = deck.slides[index + 1];
    const after = deck.slides[index + 2];
    if (!current || !next || !after) throw new Error('overview needs ledger-status and two slides after it');

    const page = await context.newPage();
    await page.goto(`${site.server.url}${deck.url}#/${current.id}`);
    await waitForDeck(page);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    expect(popup.url()).toContain('/talks/hu-dian/slides/presenter/?deck=overview');

    await notesShow(popup, current.id);
    await popup.waitForSelector('body[data-pairing="paired"]');
    expect(await popup.$eval('.presenter-notes', (el) => el.textContent ?? '')).toContain('台账');
    expect(await popup.$eval('[data-presenter-progress]', (el) => el.textContent ?? '')).toContain(`${index + 1} / ${deck.slides.length}`);
    expect(await popup.$eval('[data-presenter-planned]', (el) => el.textContent ?? '')).toBe(`${deck.minutes}:00`);
    expect(await popup.$eval('[data-presenter-pace]', (el) => el.textContent ?? '')).toMatch(/按计划|比计划/);
    const before = await popup.$eval('[data-presenter-elapsed]', (el) => el.textContent ?? '');
    expect(before).toMatch(/^\d+:\d\d$/);
    await popup.waitForFunction((shown) => document.querySelector('[data-presenter-elapsed]')?.textContent !== shown, before);

    expect(await previewShows(await preview(popup, 'current'), current.id)).toBeGreaterThan(500);
    await previewShows(await preview(popup, 'next'), next.id);
    // Previews are only pictures: no controls, no progress bar.
    expect(await (await preview(popup, 'current')).$$eval('.reveal .controls, .reveal .progress', (list) => list.filter((el) => getComputedStyle(el).display !== 'none').length)).toBe(0);

    // Stepping from the presenter moves the deck, the notes and both previews.
    await popup.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, next.id);
    await popup.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, next.id);
    await previewShows(await preview(popup, 'current'), next.id);
    await previewShows(await preview(popup, 'next'), after.id);

    // Stepping in the deck moves the presenter view.
    await page.keyboard.press('ArrowLeft');
    await popup.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, current.id);

    await popup.screenshot({ path: resolve(DIST, '..', '.cache', 'presenter-view.png') });
    await popup.close();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('follows the English edition with English previews, apart from the Chinese one', async () => {
    if (!english) return;
    const page = await context.newPage();
    await page.goto(`${site.server.url}${english.url}`);
    await waitForDeck(page);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    expect(popup.url()).toContain(`slides/presenter/?deck=${english.id}&lang=en`);
    const first = english.slides[0];
    if (!first) throw new Error('English deck without slides');
    await popup.waitForFunction((id) => document.querySelector('.presenter-notes')?.getAttribute('data-slide-id') === id, first.id);
    const current = await preview(popup, 'current');
    expect(current.url()).toContain(`slides/${english.id}/en.html?presenter-preview=current`);
    await previewShows(current, first.id);
    expect(await current.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.close();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('opened on its own from presenterUrl, it drives the deck itself from the linked slide, and pairs with an audience window opened from it', async () => {
    if (!deck?.presenterUrl) throw new Error('decks.json has no overview presenterUrl');
    const index = deck.slides.findIndex((slide) => slide.id === 'ledger-status');
    const [current, next, after] = [deck.slides[index], deck.slides[index + 1], deck.slides[index + 2]];
    if (!current || !next || !after) throw new Error('overview needs ledger-status and two slides after it');

    const presenter = await context.newPage();
    await presenter.goto(`${site.server.url}${deck.presenterUrl}#/${current.id}`);
    // No deck window answers the handshake: the view says so and its own preview shows the linked slide.
    await presenter.waitForSelector('body[data-pairing="standalone"]');
    await notesShow(presenter, current.id);
    expect(await presenter.$eval('.presenter-notes', (el) => el.textContent ?? '')).toContain('台账');
    expect(await presenter.$eval('[data-presenter-progress]', (el) => el.textContent ?? '')).toContain(`${index + 1} / ${deck.slides.length}`);
    expect(await presenter.$eval('[data-presenter-planned]', (el) => el.textContent ?? '')).toBe(`${deck.minutes}:00`);
    expect(await presenter.$eval('[data-pairing-hint]', (el) => el.textContent ?? '')).toMatch(/打开观众窗口.*按 S/);
    expect(await presenter.isVisible('[data-open-audience]')).toBe(true);
    expect(await previewShows(await preview(presenter, 'current', 'lead'), current.id)).toBeGreaterThan(500);
    await previewShows(await preview(presenter, 'next'), next.id);

    // → steps the deck it drives: notes and both previews move.
    await presenter.keyboard.press('ArrowRight');
    await notesShow(presenter, next.id);
    await previewShows(await preview(presenter, 'current', 'lead'), next.id);
    await previewShows(await preview(presenter, 'next'), after.id);
    await presenter.keyboard.press('PageUp');
    await notesShow(presenter, current.id);

    // The audience window opens at the current slide and pairs: the presenter follows it.
    const [audience] = await Promise.all([presenter.waitForEvent('popup'), presenter.click('[data-open-audience]')]);
    expect(audience.url()).toContain(`slides/${deck.id}/#/${current.id}`);
    await waitForDeck(audience);
    await presenter.waitForSelector('body[data-pairing="paired"]');
    expect(await presenter.isVisible('[data-open-audience]')).toBe(false);
    await audience.keyboard.press('ArrowRight');
    await notesShow(presenter, next.id);
    await previewShows(await preview(presenter, 'current', 'lead'), next.id);
    // …and steers it.
    await presenter.keyboard.press('ArrowRight');
    await audience.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, after.id);
    // The session's key left the audience window's address bar at once (it may be projected), and a reload stays paired.
    // (reveal writes the slide into the URL at most once a second: reload once it has.)
    await audience.waitForURL((url) => url.hash === `#/${after.id}`);
    expect(audience.url()).not.toContain('pair=');
    await audience.reload();
    await waitForDeck(audience);
    await notesShow(presenter, after.id);
    await presenter.keyboard.press('ArrowLeft');
    await audience.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, next.id);
    await presenter.keyboard.press('ArrowRight');
    await audience.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, after.id);

    // When the audience window closes, the presenter view drives the deck again from there.
    await audience.close({ runBeforeUnload: true });
    await presenter.waitForSelector('body[data-pairing="standalone"]');
    await presenter.keyboard.press('ArrowLeft');
    await notesShow(presenter, next.id);
    await presenter.close();
    expect(problems).toEqual([]);
  });

  it('shows the step count of a slide that builds in steps (a chart growing with fragments)', async () => {
    const puer = manifest.decks.find((candidate) => candidate.id === 'puer' && candidate.lang !== 'en');
    if (!puer?.presenterUrl) throw new Error('decks.json has no puer presenterUrl');
    const presenter = await context.newPage();
    await presenter.goto(`${site.server.url}${puer.presenterUrl}#/sugarcane`);
    await presenter.waitForSelector('body[data-pairing="standalone"]');
    await notesShow(presenter, 'sugarcane');
    const progress = () => presenter.$eval('[data-presenter-progress]', (el) => el.textContent ?? '');
    await presenter.waitForFunction(() => (document.querySelector('[data-presenter-progress]')?.textContent ?? '').includes('步骤 1/3'));
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() => (document.querySelector('[data-presenter-progress]')?.textContent ?? '').includes('步骤 2/3'));
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() => (document.querySelector('[data-presenter-progress]')?.textContent ?? '').includes('步骤 3/3'));
    expect(await progress()).toMatch(/^第 \d+ \/ \d+ 张 · 步骤 3\/3$/);
    // The next press leaves the slide: no step count on a slide without fragments.
    await presenter.keyboard.press('ArrowRight');
    await presenter.waitForFunction(() => !(document.querySelector('[data-presenter-progress]')?.textContent ?? '').includes('步骤'));
    await presenter.close();
    expect(problems).toEqual([]);
  });

  it('the English presenter view labels its own interface in English only', async () => {
    if (!english?.presenterUrl) throw new Error('decks.json has no English presenterUrl');
    const first = english.slides[0];
    if (!first) throw new Error('English deck without slides');
    const presenter = await context.newPage();
    await presenter.goto(`${site.server.url}${english.presenterUrl}`);
    await presenter.waitForSelector('body[data-pairing="standalone"]');
    await notesShow(presenter, first.id);
    expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('en');
    const texts = await chromeTexts(presenter);
    expect(texts).toEqual(expect.arrayContaining(['Presenter view', 'Notes', 'Next', 'Elapsed', 'Open audience window']));
    expect(texts.filter((text) => CJK.test(text))).toEqual([]);
    await presenter.close();
    expect(problems).toEqual([]);
  });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    it(`no language link covers anything in the presenter view at ${viewport.width}×${viewport.height}; notes are legible`, async () => {
      if (!deck?.presenterUrl) throw new Error('decks.json has no overview presenterUrl');
      const presenter = await context.newPage();
      await presenter.setViewportSize(viewport);
      await presenter.goto(`${site.server.url}${deck.presenterUrl}#/ledger-status`);
      await notesShow(presenter, 'ledger-status');
      await previewShows(await preview(presenter, 'current', 'lead'), 'ledger-status');
      await waitForReady((await preview(presenter, 'next')), 'deck');
      const { overlaps } = await languageLinkOverlaps(presenter);
      expect(overlaps).toEqual([]);
      // Nothing of the view runs off the screen, and the notes are at least 18 px.
      expect(await presenter.evaluate(() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await presenter.$eval('.presenter-notes', (el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
      await presenter.screenshot({ path: resolve(DIST, '..', '.cache', `presenter-alone-${viewport.width}.png`) });
      await presenter.close();
      expect(problems).toEqual([]);
    });
  }
});

/** Where a forging test runs: a site, a browser context on it, and what went wrong there. */
interface Setup {
  readonly url: string;
  readonly context: BrowserContext;
  readonly problems: string[];
}

/** The deck channel any page of the origin could post to before presenter sessions had keys. */
const BARE_CHANNEL = 'hu-dian-presenter:xishuangbanna:zh-CN';

/** The session key the presenter view keeps for a reload (runtime/presenter/pairing-key.ts), or null if it keeps none. */
async function sessionKey(presenter: Page): Promise<string | null> {
  return presenter.evaluate(() => sessionStorage.getItem('hu-dian-pair:xishuangbanna:zh-CN'));
}

/**
 * Where a forger posts: the deck's bare channel (the attack) and, when the test knows the
 * session's key, the session's own channel too, so the fields are checked even for a page
 * that has the key.
 */
async function forgedChannels(presenter: Page): Promise<string[]> {
  const key = await sessionKey(presenter);
  return key ? [BARE_CHANNEL, `${BARE_CHANNEL}:${key}`] : [BARE_CHANNEL];
}

interface OverhearWindow {
  overheard?: number;
  overhearing?: BroadcastChannel[];
}

/**
 * Listens on the channels in each page or frame; the returned function waits until each has
 * heard `count` messages. A listener made after a page's own channel is sent each message after
 * it, so by then the page has handled the message (or ignored it).
 */
async function overhear(targets: readonly (Page | Frame)[], names: readonly string[]): Promise<(count: number) => Promise<void>> {
  for (const target of targets) {
    await target.evaluate((channelNames) => {
      const own = window as unknown as OverhearWindow;
      own.overheard = 0;
      own.overhearing = channelNames.map((name) => {
        const channel = new BroadcastChannel(name);
        channel.addEventListener('message', () => (own.overheard = (own.overheard ?? 0) + 1));
        return channel;
      });
    }, [...names]);
  }
  return async (count) => {
    for (const target of targets) await target.waitForFunction((n) => ((window as unknown as OverhearWindow).overheard ?? 0) >= n, count);
  };
}

/** A second page of the same origin (the gallery), from which the messages are forged. */
async function forger(setup: Setup): Promise<Page> {
  const page = await setup.context.newPage();
  await page.goto(setup.url);
  return page;
}

async function forge(from: Page, names: readonly string[], messages: readonly unknown[]): Promise<void> {
  await from.evaluate(
    ({ channelNames, all }) => {
      for (const name of channelNames) {
        const channel = new BroadcastChannel(name);
        for (const message of all) channel.postMessage(message);
      }
    },
    { channelNames: [...names], all: [...messages] },
  );
}

/** The slide a page or frame shows. */
async function shownSlide(target: Page | Frame): Promise<string> {
  return target.evaluate(() => document.querySelector('.reveal .slides section.present')?.id ?? '');
}

const POLICIES = [
  { name: 'under the site CSP', csp: true },
  { name: 'without a CSP (npm start)', csp: false },
] as const;

for (const policy of POLICIES) {
  describe(`presenter view: messages forged by another page of the same origin, ${policy.name}`, () => {
    let setup: Setup;
    let plainServer: StaticServer | null = null;
    let plainContext: BrowserContext | null = null;

    beforeAll(async () => {
      if (policy.csp) {
        setup = { url: site.server.url, context, problems };
        return;
      }
      plainServer = await startStaticServer({ root: DIST, basePath: '/talks/hu-dian/' });
      plainContext = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
      setup = { url: plainServer.url, context: plainContext, problems: await guardContext(plainContext, plainServer.url) };
    });
    afterAll(async () => {
      await plainContext?.close();
      await plainServer?.close();
    });

    /** xishuangbanna's slides around jobs-offered, and a state as a deck window would send it (the fields the old check read). */
    function slides(): { index: number; ids: string[]; total: number; minutes: number; state: (changes: Record<string, unknown>) => Record<string, unknown> } {
      if (!forgedDeck) throw new Error('decks.json has no xishuangbanna deck');
      const ids = forgedDeck.slides.map((slide) => slide.id);
      const index = ids.indexOf('jobs-offered');
      if (index < 0 || index + 2 >= ids.length) throw new Error('xishuangbanna needs jobs-offered and two slides after it');
      const { minutes } = forgedDeck;
      const state = (changes: Record<string, unknown>): Record<string, unknown> => ({
        type: 'state', driver: 'preview', deck: 'xishuangbanna', title: forgedDeck.title, slideId: 'jobs-offered',
        position: { h: index, v: 0, f: -1 }, next: { h: index + 1, v: 0 }, notesHtml: '', index, total: ids.length, minutes, ...changes,
      });
      return { index, ids, total: ids.length, minutes, state };
    }

    /** The presenter view opened on its own at jobs-offered, driving the deck itself. */
    async function standalonePresenter(): Promise<Page> {
      if (!forgedDeck?.presenterUrl) throw new Error('decks.json has no xishuangbanna presenterUrl');
      const presenter = await setup.context.newPage();
      await presenter.goto(`${setup.url}${forgedDeck.presenterUrl}#/jobs-offered`);
      await presenter.waitForSelector('body[data-pairing="standalone"]');
      await notesShow(presenter, 'jobs-offered');
      await previewShows(await preview(presenter, 'current', 'lead'), 'jobs-offered');
      await waitForReady(await preview(presenter, 'next'), 'deck');
      return presenter;
    }

    /** A real step from the presenter: the deck it drives, its notes and both previews move on. */
    async function stepForward(presenter: Page, ids: readonly string[], index: number): Promise<void> {
      const [next, after] = [ids[index + 1] ?? '', ids[index + 2] ?? ''];
      await presenter.keyboard.press('ArrowRight');
      await notesShow(presenter, next);
      await (await preview(presenter, 'current', 'lead')).waitForFunction((id) => document.querySelector('section.present')?.id === id, next);
      await (await preview(presenter, 'next')).waitForFunction((id) => document.querySelector('section.present')?.id === id, after);
    }

    it('notes HTML in a forged state (meta refresh, form, img onerror) does nothing: the view stays on its URL, runs no script, keeps its title and the deck’s notes', async () => {
      const { ids, index, state } = slides();
      const presenter = await standalonePresenter();
      const url = presenter.url();
      const title = await presenter.title();
      const channels = await forgedChannels(presenter);
      const heard = await overhear([presenter], channels);
      const payload =
        `<meta http-equiv="refresh" content="0;url=${setup.url}?hijacked">` +
        `<form action="${setup.url}?posted" method="get"><input name="q" value="forged"><button type="submit">next</button></form>` +
        `<img src="data:," onerror="window.forgedScriptRan = true; document.title = 'forged'">`;
      const page = await forger(setup);
      await forge(page, channels, [state({ notesHtml: payload, title: '<img src="data:," onerror="document.title = \'forged\'">' })]);
      await heard(channels.length);

      expect(await presenter.$$eval('.presenter-notes meta, .presenter-notes form, .presenter-notes img, .presenter-notes input', (list) => list.length)).toBe(0);
      expect(await presenter.$eval('.presenter-notes', (el) => el.textContent ?? '')).toContain('4.88万个');
      // A real step afterwards still works, and nothing the forged notes asked for has happened.
      await stepForward(presenter, ids, index);
      expect(presenter.url()).toBe(url);
      expect(await presenter.title()).toBe(title);
      expect(await presenter.evaluate(() => (window as unknown as { forgedScriptRan?: boolean }).forgedScriptRan ?? false)).toBe(false);
      await page.close();
      await presenter.close();
      expect(setup.problems).toEqual([]);
    });

    it('forged positions (NaN, 2.5, -1, past the end, a fragment it does not have) throw nothing and leave both previews on their slides', async () => {
      const { ids, index, state } = slides();
      const presenter = await standalonePresenter();
      const channels = await forgedChannels(presenter);
      const [current, next] = [await preview(presenter, 'current', 'lead'), await preview(presenter, 'next')];
      const heard = await overhear([presenter, current, next], channels);
      // As a deck window would send them, so the current preview, which drives the deck, would follow too.
      const forged = [
        { position: { h: Number.NaN, v: 0, f: -1 } },
        { position: { h: 2.5, v: 0, f: -1 } },
        { position: { h: -1, v: 0, f: -1 } },
        { position: { h: index, v: Number.NaN, f: -1 } },
        { position: { h: 99, v: 0, f: -1 } },
        { position: { h: index, v: 0, f: 1e9 } },
        { next: { h: Number.NaN, v: 0 } },
        { next: { h: 2.5, v: 0 } },
        { next: { h: 99, v: 0 } },
      ].map((changes) => state({ driver: 'deck', ...changes }));
      const page = await forger(setup);
      await forge(page, channels, forged);
      await heard(channels.length * forged.length);

      // No uncaught TypeError in any frame, and both previews still show their slides, drawn.
      expect(setup.problems).toEqual([]);
      expect(await shownSlide(current)).toBe('jobs-offered');
      expect(await shownSlide(next)).toBe(ids[index + 1]);
      // jobs-offered draws its 17 fairs as marks (SVG, drawn at build time): all of them still on screen.
      const marks = await current.$$eval('section.present svg[data-mark-count] rect', (rects) => rects.filter((rect) => rect.getBoundingClientRect().width > 0).length);
      expect(marks).toBeGreaterThanOrEqual(17);
      expect(await presenter.$eval('[data-presenter-next-panel]', (el) => el.getAttribute('data-end'))).toBe('false');
      await stepForward(presenter, ids, index);
      await page.close();
      await presenter.close();
      expect(setup.problems).toEqual([]);
    });

    it('absurd index, total and minutes in forged states are ignored: no “第 1000000001 / -3 张”, no “NaN:NaN”', async () => {
      const { index, total, minutes, state } = slides();
      const presenter = await standalonePresenter();
      const channels = await forgedChannels(presenter);
      const heard = await overhear([presenter], channels);
      const forged = [
        state({ index: 1e9, total: -3, minutes: Number.NaN }),
        state({ index: 2.5 }),
        state({ minutes: Number.POSITIVE_INFINITY }),
        state({ minutes: -minutes }),
        state({ index: index + 1 }),
        state({ total: total + 1 }),
        state({ minutes: minutes * 10 }),
      ];
      const page = await forger(setup);
      await forge(page, channels, forged);
      await heard(channels.length * forged.length);

      expect(await presenter.$eval('[data-presenter-progress]', (el) => el.textContent ?? '')).toBe(`第 ${index + 1} / ${total} 张`);
      expect(await presenter.$eval('[data-presenter-planned]', (el) => el.textContent ?? '')).toBe(`${minutes}:00`);
      expect(await presenter.$eval('[data-presenter-pace]', (el) => el.textContent ?? '')).toMatch(/^(按计划|比计划[慢快] \d+:\d\d)$/);
      await page.close();
      await presenter.close();
      expect(setup.problems).toEqual([]);
    });

    it('200 forged “next” commands do not move the audience deck; the paired presenter still steps it', async () => {
      const { ids, index } = slides();
      if (!forgedDeck) throw new Error('decks.json has no xishuangbanna deck');
      const audience = await setup.context.newPage();
      await audience.goto(`${setup.url}${forgedDeck.url}#/jobs-offered`);
      await waitForDeck(audience);
      const [presenter] = await Promise.all([audience.waitForEvent('popup'), audience.keyboard.press('s')]);
      await presenter.waitForSelector('body[data-pairing="paired"]');
      await notesShow(presenter, 'jobs-offered');
      // The forger does not have the session's key: it tries the bare channel and a key of its own.
      const channels = [BARE_CHANNEL, `${BARE_CHANNEL}:${'0'.repeat(32)}`];
      const heard = await overhear([audience], channels);
      const commands = Array.from({ length: 200 }, () => ({ type: 'command', action: 'next' }));
      const page = await forger(setup);
      await forge(page, channels, commands);
      await heard(channels.length * commands.length);

      expect(await shownSlide(audience)).toBe('jobs-offered');
      await presenter.keyboard.press('ArrowRight');
      await audience.waitForFunction((id) => document.querySelector('.reveal .slides section.present')?.id === id, ids[index + 1]);
      await notesShow(presenter, ids[index + 1] ?? '');
      await page.close();
      await presenter.close();
      await audience.close();
      expect(setup.problems).toEqual([]);
    });
  });
}

describe('presenter view: ?deck= that names no deck (under the site CSP)', () => {
  /** Opens the presenter page with this query and waits until it says what is wrong. */
  async function problemShown(query: string, problem: string): Promise<{ page: Page; text: string; links: string[] }> {
    const page = await context.newPage();
    await page.goto(`${site.server.url}slides/presenter/${query}`);
    await page.waitForSelector(`[data-presenter-problem="${problem}"]`);
    const text = await page.$eval('[data-presenter-notes]', (el) => el.textContent ?? '');
    const links = await page.$$eval('[data-presenter-notes] a', (list) => list.map((a) => a.getAttribute('href') ?? ''));
    return { page, text, links };
  }

  it('?deck=nope says the deck is unknown and lists the decks there are, in the page’s language, loading no preview', async () => {
    const zh = await problemShown('?deck=nope', 'unknown-deck');
    expect(zh.text).toContain('没有编号为“nope”的演示');
    expect(zh.text).toContain('可用的演示');
    expect(zh.text).toContain('松江区与西双版纳州携手（xishuangbanna）');
    expect(zh.links).toEqual(manifest.decks.filter((entry) => entry.lang !== 'en').map((entry) => `?deck=${entry.id}`));
    expect(await zh.page.$$eval('iframe[data-preview]', (list) => list.filter((frame) => frame.getAttribute('src')).length)).toBe(0);
    // The links lead to working presenter views.
    await zh.page.click('[data-presenter-notes] a[href="?deck=xishuangbanna"]');
    await zh.page.waitForSelector('body[data-pairing="standalone"]');
    await zh.page.close();

    const en = await problemShown('?deck=nope&lang=en', 'unknown-deck');
    expect(en.text).toContain('There is no deck with the id “nope”');
    expect(en.text).toContain('Decks you can present:');
    expect(en.text).not.toMatch(/[\u3400-\u9fff]/);
    expect(en.links).toEqual(manifest.decks.filter((entry) => entry.lang === 'en').map((entry) => `?deck=${entry.id}&lang=en`));
    await en.page.close();
    expect(problems).toEqual([]);
  });

  it('?deck=../../etc is reported as an unknown deck id, not as a missing parameter; no ?deck= at all is the missing parameter', async () => {
    const hostile = await problemShown(`?deck=${encodeURIComponent('../../etc')}`, 'unknown-deck');
    expect(hostile.text).toContain('没有编号为“../../etc”的演示');
    expect(hostile.text).not.toContain('缺少');
    await hostile.page.close();
    const markup = await problemShown(`?deck=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, 'unknown-deck');
    expect(await markup.page.$$eval('[data-presenter-notes] img', (list) => list.length)).toBe(0);
    await markup.page.close();
    const missing = await problemShown('', 'missing-deck');
    expect(missing.text).toContain('缺少 ?deck= 参数');
    await missing.page.close();
    expect(problems).toEqual([]);
  });
});
