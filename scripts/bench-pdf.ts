import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { launchBrowser } from './lib/browser.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';
import { exportDecks, SLIDE } from './lib/pdf/export.ts';
import { pagesPerSecond } from './lib/pdf/report.ts';
import { buildSite, deckLabel, needsBuild, pdfFileName, readManifest, selectDecks, type DeckEntry } from './lib/pdf/site.ts';
import { startStaticServer } from './lib/static-server.ts';
import { waitForReady } from './lib/wait-for-ready.ts';

/**
 * `npx tsx scripts/bench-pdf.ts [--pause 1000] [--deck <id>]... [--lang zh-CN] [--dist <built site>] [--record <file>]`
 *
 * Times two ways of exporting every deck to PDF and prints a table:
 *  - naive: what a slide-stepping tool (decktape and the like) does: open the deck, go to each slide,
 *    wait a fixed pause for transitions and animations, screenshot, put the screenshots in a PDF;
 *  - ours: `npm run pdf` (print view, readiness instead of pauses, one page.pdf per deck, decks in parallel).
 * Records the result as JSON (default <dist>/bench/pdf.json) and exits 1 if ours is not at least 3× faster.
 */
const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_DIST = resolve(ROOT, 'dist');
const REQUIRED_SPEEDUP = 3;

interface Timing {
  readonly pages: number;
  readonly ms: number;
}

/** The baseline: one slide at a time, with the fixed pause such tools need because they cannot tell when a slide is ready. */
async function naiveExport(dist: string, decks: readonly DeckEntry[], pauseMs: number, out: string): Promise<Timing> {
  const started = performance.now();
  const browser = await launchBrowser();
  const server = await startStaticServer({ root: dist });
  let pages = 0;
  try {
    const page = await browser.newPage({ viewport: SLIDE });
    for (const deck of decks) {
      const document = await PDFDocument.create();
      await page.goto(`${server.url}${deck.url}`);
      await waitForReady(page, 'deck');
      for (const slide of deck.slides) {
        await page.evaluate((id) => {
          window.location.hash = `#/${id}`;
        }, slide.id);
        // The naive tool's pause per slide: this is the cost being measured, not synchronisation in our exporter.
        await pause(pauseMs);
        const png = await document.embedPng(await page.screenshot({ type: 'png' }));
        document.addPage([SLIDE.width * 0.75, SLIDE.height * 0.75]).drawImage(png, { x: 0, y: 0, width: SLIDE.width * 0.75, height: SLIDE.height * 0.75 });
        pages += 1;
      }
      writeFileAtomic(join(out, pdfFileName(deck)), await document.save(), 'PDFs');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { pages, ms: performance.now() - started };
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      pause: { type: 'string', default: '1000' },
      deck: { type: 'string', multiple: true },
      lang: { type: 'string' },
      record: { type: 'string' },
      dist: { type: 'string' },
    },
  });
  const pauseMs = Number(values.pause);
  const dist = resolve(values.dist ?? DEFAULT_DIST);
  const recordPath = resolve(values.record ?? join(dist, 'bench', 'pdf.json'));
  if (values.dist === undefined && needsBuild(ROOT, dist)) await buildSite(ROOT);
  const decks = selectDecks(readManifest(dist), values.deck ?? [], values.lang);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    mkdirSync(join(scratch, 'naive'));
    const ours = await exportDecks({ dist, out: join(scratch, 'ours'), decks: values.deck ?? [], lang: values.lang, notes: false, fragments: false, timeoutMs: 60_000 });
    const naive = await naiveExport(dist, decks, pauseMs, join(scratch, 'naive'));
    const speedup = naive.ms / ours.ms;
    const table = [
      row(['exporter', 'decks', 'pages', 'seconds', 'pages/s', 'speed-up']),
      row(['---', '---:', '---:', '---:', '---:', '---:']),
      row([`naive (step + ${pauseMs} ms pause per slide)`, String(decks.length), String(naive.pages), (naive.ms / 1000).toFixed(2), pagesPerSecond(naive.pages, naive.ms).toFixed(2), '1.0×']),
      row(['npm run pdf (print view, readiness)', String(ours.decks.length), String(ours.pages), (ours.ms / 1000).toFixed(2), pagesPerSecond(ours.pages, ours.ms).toFixed(2), `${speedup.toFixed(1)}×`]),
    ].join('\n');
    console.log(table);
    const record = {
      date: new Date().toISOString(),
      node: process.version,
      decks: decks.map(deckLabel),
      pauseMs,
      naive: { pages: naive.pages, ms: Math.round(naive.ms), pagesPerSecond: pagesPerSecond(naive.pages, naive.ms) },
      ours: { pages: ours.pages, ms: Math.round(ours.ms), pagesPerSecond: pagesPerSecond(ours.pages, ours.ms) },
      speedup,
    };
    mkdirSync(dirname(recordPath), { recursive: true });
    writeFileSync(recordPath, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`Recorded in ${recordPath}`);
    if (speedup < REQUIRED_SPEEDUP) {
      console.error(`bench-pdf: only ${speedup.toFixed(1)}× faster than the naive exporter (needs ${REQUIRED_SPEEDUP}×)`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench-pdf: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
