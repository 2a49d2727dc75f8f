import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { measureEmbed, EMBED_VIEWPORT, type EmbedRun } from './embed-load.ts';
import { kb, median, ms } from './stats.ts';

/** What a slide holds, for its embed's target: a Chart.js chart, a visual drawn at build time, or text only. */
export type EmbedKind = 'chart' | 'visual' | 'text';

/** Issue 23's targets for one slide's embed (cold load, gzip). */
export const EMBED_TARGETS = {
  chartBytes: 90 * 1024,
  chartRequests: 8,
  textBytes: 40 * 1024,
  navigations: 0,
} as const;

export interface EmbedSlide {
  readonly deck: string;
  readonly lang: string;
  readonly slide: string;
  readonly embedUrl: string;
  readonly kind: EmbedKind;
}

export interface EmbedRow extends EmbedSlide {
  readonly bytes: number;
  readonly requests: number;
  readonly navigations: number;
  readonly ready: number;
}

interface ManifestDeck {
  readonly id: string;
  readonly lang: string;
  readonly url: string;
  readonly slides: readonly { readonly id: string; readonly embedUrl: string }[];
}

/** Every slide of every deck and edition in decks.json, with what it holds (read from the built deck page). */
export function embedSlides(dist: string): EmbedSlide[] {
  const decks = (JSON.parse(readFileSync(resolve(dist, 'decks.json'), 'utf8')) as { decks: ManifestDeck[] }).decks;
  return decks.flatMap((deck) => {
    const page = parse(readFileSync(resolve(dist, deck.url.endsWith('.html') ? deck.url : `${deck.url}index.html`), 'utf8'));
    return deck.slides.map((slide) => {
      const section = page.querySelector(`section[id="${slide.id}"]`);
      const kind: EmbedKind = section?.querySelector('canvas[data-chart-id]')
        ? 'chart'
        : section?.querySelector('[data-unit-marks], [data-open-bound], [data-pairing-map]')
          ? 'visual'
          : 'text';
      return { deck: deck.id, lang: deck.lang, slide: slide.id, embedUrl: slide.embedUrl, kind };
    });
  });
}

/** Medians of `runs` cold loads of every slide's embed, interleaved run by run. */
export async function measureEmbeds(browser: Browser, siteUrl: string, slides: readonly EmbedSlide[], runs: number): Promise<EmbedRow[]> {
  const all = new Map<EmbedSlide, EmbedRun[]>(slides.map((slide) => [slide, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const slide of slides) {
      const run = await measureEmbed(browser, `${siteUrl}${slide.embedUrl}`);
      all.get(slide)?.push(run);
      process.stderr.write(`  ${slide.embedUrl}: ${(run.bytes / 1024).toFixed(1)} KB, ${run.requests} requests, ready ${Math.round(run.ready)} ms\n`);
    }
    process.stderr.write(`embed run ${run + 1}/${runs} done\n`);
  }
  return slides.map((slide) => {
    const list = all.get(slide) ?? [];
    return {
      ...slide,
      bytes: median(list.map((entry) => entry.bytes)),
      requests: median(list.map((entry) => entry.requests)),
      navigations: Math.max(...list.map((entry) => entry.navigations)),
      ready: list.some((entry) => Number.isNaN(entry.ready)) ? Number.NaN : median(list.map((entry) => entry.ready)),
    };
  });
}

function verdict(row: EmbedRow): string {
  const fails: string[] = [];
  if (Number.isNaN(row.ready)) fails.push('never ready');
  if (row.navigations > EMBED_TARGETS.navigations) fails.push('navigates');
  if (row.kind === 'chart' && row.bytes > EMBED_TARGETS.chartBytes) fails.push('> 90 KB');
  if (row.kind === 'chart' && row.requests > EMBED_TARGETS.chartRequests) fails.push('> 8 requests');
  if (row.kind === 'text' && row.bytes > EMBED_TARGETS.textBytes) fails.push('> 40 KB');
  return fails.length === 0 ? '✓' : `✗ ${fails.join(', ')}`;
}

/** The embed rows: one per slide, then worst and median per kind, with the targets. */
export function formatEmbedTable(rows: readonly EmbedRow[], runs: number): string {
  const lines = [
    `Slide embeds (embedUrl of decks.json), ${EMBED_VIEWPORT.width}×${EMBED_VIEWPORT.height}, median of ${runs} cold load(s), reduced motion; bytes are gzip -9 of every response; ready = request to data-embed-ready.`,
    '',
    '| embed | holds | gzip | requests | navigations | ready | target |',
    '|---|---|---:|---:|---:|---:|---|',
    ...rows.map((row) => `| ${row.deck}/${row.slide}${row.lang === 'en' ? ' (en)' : ''} | ${row.kind} | ${kb(row.bytes)} | ${row.requests} | ${row.navigations} | ${Number.isNaN(row.ready) ? 'never' : ms(row.ready)} | ${verdict(row)} |`),
    '',
    '| holds | slides | gzip median / worst | requests median / worst | ready median / worst | all met |',
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const kind of ['chart', 'visual', 'text'] as const) {
    const group = rows.filter((row) => row.kind === kind);
    if (group.length === 0) continue;
    const stat = (pick: (row: EmbedRow) => number, format: (value: number) => string): string => {
      const values = group.map(pick).filter((value) => !Number.isNaN(value));
      const never = values.length < group.length ? ` (${group.length - values.length} never)` : '';
      return values.length === 0 ? 'never' : `${format(median(values))} / ${format(Math.max(...values))}${never}`;
    };
    const met = group.every((row) => verdict(row) === '✓');
    lines.push(`| ${kind} | ${group.length} | ${stat((row) => row.bytes, kb)} | ${stat((row) => row.requests, String)} | ${stat((row) => row.ready, ms)} | ${met ? '✓' : '✗'} |`);
  }
  lines.push('', 'Targets (issue 23): a chart slide ≤ 90 KB gzip and ≤ 8 requests, a text-only slide ≤ 40 KB, no navigation after the first page.');
  return lines.join('\n');
}
