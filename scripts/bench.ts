import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';
import { launchBrowser } from './lib/browser.ts';
import { startStaticServer } from './lib/static-server.ts';
import { buildBaseline } from './lib/bench/baseline.ts';
import { measureLoad, type LoadRun } from './lib/bench/load.ts';
import { stepThroughDeck, type StepResult } from './lib/bench/slide-steps.ts';
import { ownGlyphFontBytes } from './lib/bench/font-reference.ts';
import { checkSharedChunk } from './lib/bench/shared-chunk.ts';
import { timePdfExport } from './lib/bench/pdf-run.ts';
import { formatTable, type DeckRow } from './lib/bench/table.ts';
import { describeMachine } from './lib/bench/machine.ts';
import { kb, median } from './lib/bench/stats.ts';
import { embedSlides, formatEmbedTable, measureEmbeds } from './lib/bench/embed-rows.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BUILT = resolve(ROOT, 'dist');
/** A snapshot of dist/, so a build running meanwhile cannot pull files from under the measurement. */
const DIST = resolve(ROOT, '.cache/bench/site');
const FONT_CACHE = resolve(ROOT, '.cache/fonts/offline');

interface ManifestDeck {
  readonly id: string;
  readonly lang: string;
  readonly url: string;
  readonly slides: readonly { readonly id: string }[];
}

/**
 * The first slide of a built deck page that holds a chart: a Chart.js canvas, or else (a deck whose
 * figures are all drawn at build time, site/visuals/) a designed visual, ready with the page.
 */
function firstChartSlide(deck: string): string {
  const html = readFileSync(resolve(DIST, 'slides', deck, 'index.html'), 'utf8');
  const sections = parse(html).querySelectorAll('.slides > section');
  const section =
    sections.find((candidate) => candidate.querySelector('canvas[data-chart-id]')) ??
    sections.find((candidate) => candidate.querySelector('[data-unit-marks], [data-open-bound], [data-pairing-map]'));
  if (!section) throw new Error(`slides/${deck} has no chart slide`);
  return section.getAttribute('id') ?? '';
}

function medianRun(runs: readonly LoadRun[], name: string, fontReference: number | null, steps: readonly StepResult[]): DeckRow {
  const first = runs[0];
  if (!first) throw new Error(`no runs for ${name}`);
  return {
    name,
    js: first.bytes.js,
    css: first.bytes.css,
    fonts: first.bytes.fonts,
    fontReference,
    firstPaint: median(runs.map((run) => run.firstPaint)),
    chartsReady: median(runs.map((run) => run.chartsReady)),
    longestTask: steps.length > 0 ? Math.max(...steps.map((step) => step.longest)) : null,
    longestTaskCpu: steps.length > 0 ? Math.max(...steps.map((step) => step.longestCpu)) : null,
  };
}

/** `npm run bench`: prints the performance table for the README (see the README's Benchmark section). */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      'step-runs': { type: 'string', default: '3' },
      'no-pdf': { type: 'boolean', default: false },
      // The slide embeds' rows (issue 23): every slide's embedUrl, cold.
      'embed-runs': { type: 'string', default: '3' },
      'embeds-only': { type: 'boolean', default: false },
      'no-embeds': { type: 'boolean', default: false },
      // Another built site for the embed rows (a build of main, say, for before/after); default dist/.
      dist: { type: 'string' },
    },
  });
  const embedRuns = Math.max(1, Number(values['embed-runs']));
  const runs = Math.max(1, Number(values.runs));
  const stepRuns = Math.max(1, Number(values['step-runs']));
  const built = values.dist ? resolve(values.dist) : BUILT;
  if (!existsSync(resolve(built, 'decks.json'))) throw new Error(`${built} has no decks.json: run \`npx vite build\` first`);
  rmSync(DIST, { recursive: true, force: true });
  cpSync(built, DIST, { recursive: true });
  const decks = (JSON.parse(readFileSync(resolve(DIST, 'decks.json'), 'utf8')) as { decks: ManifestDeck[] }).decks.filter((deck) => deck.lang === 'zh-CN');
  if (values['embeds-only']) {
    await benchEmbeds(embedRuns);
    return;
  }

  const baselineDir = await buildBaseline(ROOT);
  const site = await startStaticServer({ root: DIST });
  const baselineServer = await startStaticServer({ root: baselineDir });
  const browser = await launchBrowser();
  try {
    const baselineRuns: LoadRun[] = [];
    const deckRuns = new Map<string, LoadRun[]>(decks.map((deck) => [deck.id, []]));
    // Interleave pages run by run so drift on the machine hits all of them alike.
    for (let run = 0; run < runs; run += 1) {
      baselineRuns.push(await measureLoad(browser, baselineServer.url, `${baselineServer.url}#/chart`));
      for (const deck of decks) {
        deckRuns.get(deck.id)?.push(await measureLoad(browser, `${site.url}${deck.url}`, `${site.url}${deck.url}#/${firstChartSlide(deck.id)}`));
      }
      process.stderr.write(`load run ${run + 1}/${runs} done\n`);
    }
    const rows: DeckRow[] = [];
    for (const deck of decks) {
      const steps: StepResult[] = [];
      for (let run = 0; run < stepRuns; run += 1) steps.push(await stepThroughDeck(browser, `${site.url}${deck.url}`, deck.slides.map((slide) => slide.id)));
      process.stderr.write(`stepped through ${deck.id}\n`);
      rows.push(medianRun(deckRuns.get(deck.id) ?? [], deck.id, await ownGlyphFontBytes(ROOT, DIST, deck.id, FONT_CACHE), steps));
    }
    const baseline = medianRun(baselineRuns, 'baseline', null, []);
    const [firstDeck, secondDeck] = decks;
    const shared = firstDeck && secondDeck ? await checkSharedChunk(browser, DIST, firstDeck.url, secondDeck.url) : null;
    const scripts = deckRuns.get(firstDeck?.id ?? '')?.[0]?.bytes.scripts ?? [];
    const pdf = values['no-pdf'] ? null : await timePdfExport(ROOT);

    console.log(`Machine: ${describeMachine(browser.version())}`);
    console.log(`Median of ${runs} cold loads per page (fresh profile each, reduced motion); longest task: worst of ${stepRuns} passes through each deck with animation, wall time (Long Tasks API) and CPU time (trace).\n`);
    console.log(formatTable(rows, baseline));
    console.log('');
    console.log(`Deck code: ${scripts.length} script file(s) on first load (${scripts.map((url) => url.replace(/^.*\/assets\//, '')).join(', ')}).`);
    if (shared && firstDeck && secondDeck) {
      const verdict = shared.refetched.length === 0 && shared.extra.length === 0 ? 'nothing fetched again: the code is one shared, cached chunk' : `fetched again: ${[...shared.refetched, ...shared.extra].join(', ')}`;
      console.log(`Opening ${secondDeck.id} after ${firstDeck.id} (hashed assets cached): ${verdict}.`);
    }
    if (pdf) console.log(`PDF export of all decks (npm run pdf -- --no-build, browser start included): ${pdf.seconds.toFixed(1)} s for ${pdf.files} PDFs, ${pdf.pages} pages, ${(pdf.pages / pdf.seconds).toFixed(1)} pages/s.`);
    const fontTotal = rows.reduce((total, row) => total + row.fonts, 0) / Math.max(1, rows.length);
    console.log(`Fonts: each deck page loads a subset of its own characters (${kb(fontTotal)} gzip on average); the reference is the deck's own glyphs, as its offline file carries.`);
  } finally {
    await browser.close();
    await site.close();
    await baselineServer.close();
  }
  if (!values['no-embeds']) await benchEmbeds(embedRuns);
}

/** The slide embeds' rows: every slide of every deck and edition, cold (scripts/lib/bench/embed-rows.ts). */
async function benchEmbeds(runs: number): Promise<void> {
  const site = await startStaticServer({ root: DIST });
  const browser = await launchBrowser();
  try {
    const rows = await measureEmbeds(browser, site.url, embedSlides(DIST), runs);
    console.log('');
    console.log(formatEmbedTable(rows, runs));
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
