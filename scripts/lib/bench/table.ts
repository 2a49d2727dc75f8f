import { kb, ms, ratio } from './stats.ts';

export interface DeckRow {
  readonly name: string;
  readonly js: number;
  readonly css: number;
  readonly fonts: number;
  /** Own-glyph font subset bytes (the font target's reference); null for the baseline. */
  readonly fontReference: number | null;
  readonly firstPaint: number;
  readonly chartsReady: number;
  /** Longest task while stepping through the deck; null when not measured. */
  readonly longestTask: number | null;
  /** The same task's CPU time (trace), unaffected by the machine's load; null when not measured. */
  readonly longestTaskCpu: number | null;
}

export interface Targets {
  readonly code: number;
  readonly fonts: number;
  readonly chartTime: number;
  readonly longTask: number;
}

export const TARGETS: Targets = { code: 1.15, fonts: 1.2, chartTime: 1.3, longTask: 50 };

function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}

/**
 * The README's table: one row per deck and the baseline, with ratios to the targets. The slide-change
 * target is judged on the task's CPU time (issue 14): its wall time also counts the moments a busy
 * 2-core machine gave the thread to the browser's other processes, and is shown beside it.
 */
export function formatTable(rows: readonly DeckRow[], baseline: DeckRow): string {
  const baseCode = baseline.js + baseline.css;
  const header = [
    '| page | JS gz | CSS gz | fonts gz | JS+CSS ÷ baseline (≤ 1.15) | fonts ÷ own-glyph subset (≤ 1.2) | first slide painted | first chart slide ready | ÷ baseline (≤ 1.3) | longest slide-change task, wall time | longest by CPU time (< 50 ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const lines = rows.map((row) => {
    const code = (row.js + row.css) / baseCode;
    const fonts = row.fontReference ? row.fonts / row.fontReference : null;
    const time = row.chartsReady / baseline.chartsReady;
    const task = row.longestTask;
    const cpu = row.longestTaskCpu;
    return (
      `| ${row.name} | ${kb(row.js)} | ${kb(row.css)} | ${kb(row.fonts)} | ${ratio(row.js + row.css, baseCode)} ${mark(code <= TARGETS.code)} | ` +
      `${fonts === null ? 'n/a' : `${ratio(row.fonts, row.fontReference ?? 0)} ${mark(fonts <= TARGETS.fonts)}`} (${kb(row.fontReference ?? 0)}) | ` +
      `${ms(row.firstPaint)} | ${ms(row.chartsReady)} | ${ratio(row.chartsReady, baseline.chartsReady)} ${mark(time <= TARGETS.chartTime)} | ` +
      `${task === null ? 'n/a' : task === 0 ? 'none ≥ 50 ms' : ms(task)} | ${cpu === null ? 'n/a' : `${ms(cpu)} ${mark(cpu < TARGETS.longTask)}`} |`
    );
  });
  const base = `| baseline (bare reveal.js + Chart.js bar) | ${kb(baseline.js)} | ${kb(baseline.css)} | ${kb(baseline.fonts)} | 1.00× | — | ${ms(baseline.firstPaint)} | ${ms(baseline.chartsReady)} | 1.00× | — | — |`;
  return [...header, ...lines, base].join('\n');
}
