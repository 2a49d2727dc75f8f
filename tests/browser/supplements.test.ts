import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { exportDecks } from '../../scripts/lib/pdf/export.ts';
import { pdfText } from '../../scripts/lib/pdf/poppler.ts';
import { exportPptx } from '../../scripts/lib/pptx/export.ts';
import { collectErrors, waitForDeck } from './harness.ts';
import { buildSiteInto, FIXTURE, ROOT, TEST_BUILDS } from './supplements-build.ts';
import type { Browser } from 'playwright-core';

/**
 * Issue 24: a figure supplied from another source is shown as what it is, everywhere, and
 * ?supplements=off (npm run pdf/pptx -- --no-supplements) takes all of it away. The site is built
 * with a fixture supplements file (tests/fixtures/supplements.csv) into a private folder, so the
 * shipped dist/ is not touched: the real 1996 row, and two test rows (an omitted amount, a damaged
 * lower bound above its legible 94) whose sources say they are fixtures.
 */
const OUT = join(TEST_BUILDS, 'fixture');
const URL_1996 = 'https://www.ccphistory.org.cn/shds/dkyd/content/8b34c18b-8275-4714-bed4-5ffc8775b488.html';
const PUBLISHER = '中共上海市委党史研究室';
/** The article's sentence with its gap, as the ledger quotes it. */
const QUOTE_1996 = '年,中央确定上海市对口帮扶云南省以来';
const SUPPLEMENT_COLOUR = 'rgb(0, 115, 90)';

let server: StaticServer;
let browser: Browser;
const scratch: string[] = [];

beforeAll(async () => {
  await buildSiteInto(OUT, { DECKS_SUPPLEMENTS_FILE: FIXTURE });
  server = await startStaticServer({ root: OUT });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(`${server.url}${path}`);
  await waitForDeck(page);
  return { page, errors };
}

/** What a supplied figure element shows and carries. */
async function supplied(page: Page, figure: string) {
  return page.$$eval(`[data-figure="${figure}"]`, (elements) =>
    elements.map((element) => {
      const mark = element.querySelector('.fig-supp-mark');
      const value = element.querySelector('.fig-value');
      return {
        status: element.getAttribute('data-figure-status'),
        supplement: element.getAttribute('data-supplement'),
        text: (element.querySelector('.fig-supp')?.textContent ?? '').replace(/\s+/g, ' '),
        markColour: mark ? getComputedStyle(mark).color : '',
        valueColour: value ? getComputedStyle(value).color : '',
        value: value?.textContent ?? '',
        inNotes: element.closest('aside') !== null,
      };
    }),
  );
}

describe('a supplied figure on the slides (fixture build)', () => {
  it('keeps its gap and shows the value beside it in its own colour and mark, with the publisher; data-supplement names the source', async () => {
    const { page, errors } = await open('slides/overview/#/intro');
    const [shown] = (await supplied(page, 'overview-pairing-start-year')).filter((element) => !element.inNotes);
    expect(shown).toMatchObject({ status: 'omitted', supplement: URL_1996, value: '？年', markColour: SUPPLEMENT_COLOUR });
    expect(shown?.text).toContain('补充 1996年');
    expect(shown?.text).toContain(PUBLISHER);
    expect(shown?.valueColour).not.toBe(SUPPLEMENT_COLOUR);
    // The slide still says the article gives no year.
    expect(await page.textContent('#intro .gap-note')).toContain('原文未给出');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the popover and the speaker notes give the source title, publisher, date, URL and excerpt, and the article sentence with its gap', async () => {
    const { page } = await open('slides/overview/#/intro');
    await page.focus('#intro .gap-note [data-figure="overview-pairing-start-year"]');
    const popover = (await page.textContent('#provenance-popover')) ?? '';
    for (const part of [QUOTE_1996, '云南对口帮扶“五行”', PUBLISHER, '2017-04-06', URL_1996, '1996年9月23日,中央召开扶贫工作会议']) expect(popover).toContain(part);
    const notes = (await page.textContent('#intro aside.notes')) ?? '';
    for (const part of [QUOTE_1996, '补充 1996年', '云南对口帮扶“五行”', PUBLISHER, '2017-04-06', URL_1996, '明确上海市对口帮扶云南省']) expect(notes).toContain(part);
    await page.close();
  });

  it('a damaged figure supplied above its legible part: the printed text stays, the added value beside it', async () => {
    const { page } = await open('slides/lijiang/#/expo-sales');
    const [shown] = (await supplied(page, 'lijiang-expo-sales')).filter((element) => !element.inNotes);
    expect(shown).toMatchObject({ status: 'damaged', supplement: 'https://example.org/fixture/expo', markColour: SUPPLEMENT_COLOUR });
    expect(shown?.value).toBe('94万元以上');
    expect(shown?.text).toContain('补充 94.5万元');
    await page.close();
  });

  it('the gaps slide lists it as “原文未给出 · 已补充” with the mark', async () => {
    const { page } = await open('slides/overview/#/gaps');
    const row = await page.$eval('#gaps .gap-item--supplied', (element) => ({ text: (element.textContent ?? '').replace(/\u00A0/g, ' '), colour: getComputedStyle(element.querySelector('.gap-supplied-words') ?? element).color }));
    expect(row.text).toContain('原文未给出 · 已补充');
    expect(row.text).toContain('补充 1996年');
    expect(row.colour).toBe(SUPPLEMENT_COLOUR);
    await page.close();
  });

  it('the English edition: “added: 1996 (publisher)”, the source in the popover', async () => {
    const { page } = await open('slides/overview/en.html#/intro');
    const [shown] = (await supplied(page, 'overview-pairing-start-year')).filter((element) => !element.inNotes);
    // What it reads on screen: the mark and the publisher (the brackets around the whole are for plain-text readers only).
    expect(await page.$eval('#intro .gap-note .fig-supp', (element) => `${element.querySelector('.fig-supp-mark')?.textContent ?? ''}${element.querySelector('.fig-supp-by')?.textContent ?? ''}`.replace(/\s+/g, ' ').trim())).toBe(`added: 1996 (${PUBLISHER})`);
    expect(shown?.markColour).toBe(SUPPLEMENT_COLOUR);
    await page.focus('#intro .gap-note [data-figure="overview-pairing-start-year"]');
    expect(await page.textContent('#provenance-popover')).toContain(`Added from another source: “云南对口帮扶“五行””, ${PUBLISHER}, 2017-04-06, ${URL_1996}`);
    expect((await page.textContent('#gaps .gap-item--supplied'))?.replace(/\u00A0/g, ' ')).toContain('not given in the article · added');
    await page.close();
  });

  it('the reading view (a phone) and an embed show the same treatment', async () => {
    const read = await open('slides/overview/?view=read#/intro', { width: 390, height: 844 });
    const [inRead] = (await supplied(read.page, 'overview-pairing-start-year')).filter((element) => !element.inNotes);
    expect(inRead?.text).toContain('补充 1996年');
    expect(await read.page.isVisible('#intro .gap-note .fig-supp')).toBe(true);
    await read.page.close();
    const embed = await open(`embed/?deck=honghe&slide=${await slideOf('honghe', 'honghe-changning-jiaogulan-funds')}`);
    const [inEmbed] = await supplied(embed.page, 'honghe-changning-jiaogulan-funds');
    expect(inEmbed).toMatchObject({ status: 'omitted', supplement: 'https://example.org/fixture/jiaogulan', markColour: SUPPLEMENT_COLOUR });
    expect(inEmbed?.text).toContain('补充 120万元');
    await embed.page.close();
  });

  it('?supplements=off removes every mark, attribute, gaps-slide word and notes line', async () => {
    for (const path of ['slides/overview/?supplements=off#/intro', 'slides/overview/en.html?supplements=off#/intro', 'slides/lijiang/?supplements=off#/expo-sales', 'slides/overview/?view=read&supplements=off#/intro']) {
      const { page } = await open(path, path.includes('view=read') ? { width: 390, height: 844 } : undefined);
      const left = await page.evaluate(() => ({
        marks: document.querySelectorAll('.fig-supp, .gap-supplied, .notes-supplement, [data-supplement-only], [data-supplement], [data-supplement-source], .fig--supplied').length,
        text: document.body.textContent ?? '',
      }));
      expect(left.marks, path).toBe(0);
      // The other edition opens as the article alone too.
      if (!path.includes('view=read')) expect(await page.getAttribute('a.lang-switch', 'href'), path).toContain('supplements=off');
      expect(left.text, path).not.toMatch(/补充 |added: |已补充|example\.org\/fixture|ccphistory/);
      await page.close();
    }
  });
});

/** The slide of a deck that shows a figure (from the built decks.json). */
async function slideOf(deck: string, figure: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(join(OUT, 'decks.json'), 'utf8')) as { decks: { id: string; lang: string; slides: { id: string; figures: string[] }[] }[] };
  const slide = manifest.decks.find((entry) => entry.id === deck && entry.lang === 'zh-CN')?.slides.find((candidate) => candidate.figures.includes(figure));
  if (!slide) throw new Error(`no slide of ${deck} shows ${figure}`);
  return slide.id;
}

describe('the supplement in the downloads, the PDF and the PowerPoint (fixture build)', () => {
  it('figures.json has the supplement object, the CSVs the columns', () => {
    const json = JSON.parse(readFileSync(join(OUT, 'data/figures.json'), 'utf8')) as { figures: { id: string; value: number | null; status: string; supplement?: Record<string, unknown> }[] };
    const figure = json.figures.find((entry) => entry.id === 'overview-pairing-start-year');
    expect(figure).toMatchObject({ value: null, status: 'omitted', supplement: { value: 1996, source_url: URL_1996, publisher: PUBLISHER, published: '2017-04-06' } });
    const csv = readFileSync(join(OUT, 'data/figures.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('supplement_value,supplement_source_title,supplement_source_url');
    expect(readFileSync(join(OUT, 'data/figures-en.csv'), 'utf8')).toContain(URL_1996);
  });

  it('the PDF (slides and handout) prints the label and the source; --no-supplements prints neither', async () => {
    const out = mkdtempSync(join(tmpdir(), 'supplement-pdf-'));
    scratch.push(out);
    const base = { dist: OUT, decks: ['overview'], lang: 'zh-CN', fragments: false, timeoutMs: 60_000 } as const;
    await exportDecks({ ...base, out: join(out, 'slides'), notes: false });
    await exportDecks({ ...base, out: join(out, 'handout'), notes: true });
    await exportDecks({ ...base, out: join(out, 'off'), notes: true, supplements: false });
    const compact = (text: string) => text.replace(/\s+/g, '');
    const slides = compact(await pdfText(join(out, 'slides/overview.pdf')));
    expect(slides).toContain('补充1996年');
    expect(slides).toContain(PUBLISHER);
    const handout = compact(await pdfText(join(out, 'handout/overview.pdf')));
    for (const part of ['补充1996年', '云南对口帮扶“五行”', PUBLISHER, '2017-04-06', 'ccphistory.org.cn']) expect(handout).toContain(part);
    const off = compact(await pdfText(join(out, 'off/overview.pdf')));
    expect(off).not.toContain('补充1996');
    expect(off).not.toContain('已补充');
    // The source slide's notes say again that every figure is the article's.
    expect(off).toContain('本项目没有补充任何原文以外的数字');
    expect(handout).not.toContain('本项目没有补充任何原文以外的数字');
    expect(off).not.toContain('ccphistory');
  });

  // The PowerPoint is rendered from the deck model (site/model/), which carries each slide's supplied figures.
  it('the PowerPoint XML holds the label (in the supplement colour) and the source in the notes; --no-supplements holds neither', async () => {
    const out = mkdtempSync(join(tmpdir(), 'supplement-pptx-'));
    scratch.push(out);
    const previous = process.env.DECKS_SUPPLEMENTS_FILE;
    process.env.DECKS_SUPPLEMENTS_FILE = FIXTURE;
    try {
      const [withSupplements] = await exportPptx({ root: ROOT, decks: ['overview'], langs: ['zh-CN'], out: join(out, 'on') });
      const [without] = await exportPptx({ root: ROOT, decks: ['overview'], langs: ['zh-CN'], out: join(out, 'off'), supplements: false });
      const xmlOf = async (path: string) => {
        const zip = await JSZip.loadAsync(readFileSync(path));
        const names = Object.keys(zip.files).filter((name) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(name));
        return (await Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n');
      };
      const on = await xmlOf(withSupplements?.path ?? '');
      expect(on).toContain('补充 1996年');
      // In its own colour on the gaps slide (the gap list), as in the tiles and numbers.
      expect(on).toMatch(/<a:srgbClr val="00735A"\/><\/a:solidFill>(?:(?!<\/a:r>)[\s\S])*<a:t>[^<]*补充 1996年/);
      expect(on).toContain(URL_1996);
      const off = await xmlOf(without?.path ?? '');
      expect(off).not.toContain('补充 1996');
      expect(on).not.toContain('本项目没有补充任何原文以外的数字');
      expect(off).not.toContain('ccphistory');
    } finally {
      if (previous === undefined) delete process.env.DECKS_SUPPLEMENTS_FILE;
      else process.env.DECKS_SUPPLEMENTS_FILE = previous;
    }
  });
});
