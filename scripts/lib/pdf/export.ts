import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser.ts';
import { startStaticServer } from '../static-server.ts';
import { prepareOutputDir, removeStaleTemporaryFiles, writeFileAtomic } from '../atomic-write.ts';
import { ExportError } from '../cli/errors.ts';
import { DecksFailedError, LocalLinkError, PageCountError, PageLoadTimeoutError, type DeckFailure } from './errors.ts';
import { pdfLinks } from './link-annotations.ts';
import { isLocalAddress } from './link-targets.ts';
import { applyMetadata, deckMetadata, pageCount } from './metadata.ts';
import { overflowingSlides, type OverflowingSlide } from './overflow.ts';
import { rewritePrintLinks } from './print-links.ts';
import { printUrl } from './print-url.ts';
import type { Theme } from '../../../charts/palette.ts';
import { waitForPrintReady } from './readiness.ts';
import { deckLabel, pdfFileName, readManifest, selectDecks, type DeckEntry } from './site.ts';
import { SLIDE_SIZE } from '../../../contracts/slide-size.ts';

export interface ExportOptions {
  /** The built site (dist/). */
  readonly dist: string;
  readonly out: string;
  /** Deck ids; empty means all. */
  readonly decks: readonly string[];
  /** Only this edition (zh-CN, en); undefined means every edition. */
  readonly lang?: string | undefined;
  readonly notes: boolean;
  readonly fragments: boolean;
  /** --theme: light (the default) or dark slides. */
  readonly theme?: Theme;
  /** false: print the decks without figures supplied from other sources (--no-supplements, ?supplements=off). */
  readonly supplements?: boolean;
  /** Per deck: print layout, fonts and every chart must be ready within this. */
  readonly timeoutMs: number;
  /** The published site: links to the site point there. Without it they are left out of the PDF. */
  readonly baseUrl?: URL | undefined;
  /** Decks printed at the same time in one browser. */
  readonly concurrency?: number;
  readonly env?: NodeJS.ProcessEnv;
  /** Test hook: runs on each page before it navigates (e.g. to keep a chart from becoming ready). */
  readonly preparePage?: (page: Page, deck: DeckEntry) => Promise<void>;
  readonly onDeck?: (result: DeckResult) => void;
}

export interface DeckResult {
  /** "puer", or "puer (en)" for an English edition. */
  readonly deck: string;
  readonly path: string;
  readonly pages: number;
  readonly ms: number;
  /** Slides whose content runs past the bottom of their page. */
  readonly overflowing: readonly OverflowingSlide[];
}

export interface ExportReport {
  readonly decks: readonly DeckResult[];
  readonly pages: number;
  readonly ms: number;
}

/** What this exporter writes, in its error messages (“Cannot write PDFs to …”). */
export const PDF_FILES = 'PDFs';

/** Slide size in CSS pixels (reveal width × height): the PDF page is exactly this (a handout's page is taller). */
export const SLIDE = SLIDE_SIZE;

async function exportDeck(browser: Browser, siteUrl: string, deck: DeckEntry, options: ExportOptions): Promise<DeckResult> {
  const started = performance.now();
  const context = await browser.newContext({
    viewport: SLIDE,
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
    locale: deck.lang,
  });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (options.preparePage) await options.preparePage(page, deck);
    try {
      await page.goto(printUrl(siteUrl, deck.printUrl, options), { waitUntil: 'load', timeout: options.timeoutMs });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') throw new PageLoadTimeoutError(deckLabel(deck), options.timeoutMs);
      throw error;
    }
    try {
      await waitForPrintReady(page, deckLabel(deck), options.timeoutMs);
    } catch (error) {
      // The page's own uncaught errors usually say why it never got ready.
      if (error instanceof Error && pageErrors.length > 0) error.message += ` Errors in the page: ${pageErrors.join('; ')}`;
      throw error;
    }
    await rewritePrintLinks(page, siteUrl, options.baseUrl);
    const overflowing = await overflowingSlides(page, SLIDE.height);
    const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    const pages = await pageCount(raw);
    if (!options.fragments && pages !== deck.slideCount) throw new PageCountError(deckLabel(deck), deck.slideCount, pages);
    const localLinks = (await pdfLinks(raw)).filter((link) => isLocalAddress(link.uri));
    if (localLinks.length > 0) throw new LocalLinkError(deckLabel(deck), localLinks);
    const bytes = await applyMetadata(raw, deckMetadata(deck));
    const path = join(options.out, pdfFileName(deck));
    writeFileAtomic(path, bytes, PDF_FILES);
    return { deck: deckLabel(deck), path, pages, ms: performance.now() - started, overflowing };
  } finally {
    await context.close();
  }
}

/** Runs `work` over `items` with at most `limit` in flight; every item runs, failures are returned beside the results. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<{ results: R[]; failures: { item: T; error: unknown }[] }> {
  const results: R[] = [];
  const failures: { item: T; error: unknown }[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        results.push(await work(item));
      } catch (error) {
        failures.push({ item, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return { results, failures };
}

/** A failure in words: our own errors as they are, anything else (a browser crash) with the deck named. */
function failureMessage(error: unknown): string {
  if (error instanceof ExportError) return error.message.replace(/^Deck [^:]+: /, '');
  return error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
}

/**
 * Prints each deck's print view (`?print-pdf`) to <out>/<deck-id>.pdf with one headless Chromium:
 * decks in parallel, one page.pdf per deck (not one per slide), metadata set, written atomically.
 * Checks deck ids and the output directory before starting the browser.
 */
export async function exportDecks(options: ExportOptions): Promise<ExportReport> {
  const started = performance.now();
  const decks = selectDecks(readManifest(options.dist), options.decks, options.lang);
  prepareOutputDir(options.out, PDF_FILES);
  removeStaleTemporaryFiles(options.out);
  const browser = await launchBrowser(options.env);
  const server = await startStaticServer({ root: options.dist });
  try {
    const { results, failures } = await inPool(decks, options.concurrency ?? 3, async (deck) => {
      const result = await exportDeck(browser, server.url, deck, options);
      options.onDeck?.(result);
      return result;
    });
    const [only] = failures;
    // One deck asked for, and it failed: its own error is the whole story.
    if (only && decks.length === 1) throw only.error;
    if (failures.length > 0) {
      // Every failing deck is named, in manifest order; the others were written.
      const order = (label: string) => decks.findIndex((deck) => deckLabel(deck) === label);
      const named: DeckFailure[] = failures
        .map((failure) => ({ deck: deckLabel(failure.item), message: failureMessage(failure.error) }))
        .sort((a, b) => order(a.deck) - order(b.deck));
      throw new DecksFailedError(named, results.length);
    }
    const ordered = decks.flatMap((deck) => results.filter((result) => result.deck === deckLabel(deck)));
    return { decks: ordered, pages: ordered.reduce((sum, r) => sum + r.pages, 0), ms: performance.now() - started };
  } finally {
    await browser.close();
    await server.close();
  }
}

