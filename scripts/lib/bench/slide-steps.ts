import type { Browser } from 'playwright-core';
import { BENCH_TIMEOUT_MS } from './load.ts';
import { longestTasks, TASK_CATEGORIES } from './task-trace.ts';
import { waitForReady } from '../wait-for-ready.ts';
import { SLIDE_SIZE } from '../../../contracts/slide-size.ts';

interface LongTaskWindow {
  benchLongTasks?: { start: number; duration: number }[];
}

/** Plain source text, so no transpiler helper ends up in the page. */
const LONG_TASK_SCRIPT = `
window.benchLongTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });`;

export interface StepResult {
  /** Longest main-thread task (≥ 50 ms, as the Long Tasks API reports) while changing slides; 0 if none. */
  readonly longest: number;
  readonly count: number;
  /** Longest main-thread task by its thread's CPU time (from a trace): the page's own cost, whatever the machine's load. */
  readonly longestCpu: number;
}

/**
 * Steps through a deck slide by slide (with transitions and chart animation), waiting for each
 * slide's charts, and reports the long tasks seen after the deck had booted.
 */
export async function stepThroughDeck(browser: Browser, url: string, slideIds: readonly string[]): Promise<StepResult> {
  const context = await browser.newContext({ viewport: { ...SLIDE_SIZE } });
  context.setDefaultTimeout(BENCH_TIMEOUT_MS);
  await context.addInitScript({ content: LONG_TASK_SCRIPT });
  const page = await context.newPage();
  await page.goto(url);
  await waitForReady(page, 'slide');
  const from = await page.evaluate(() => performance.now());
  await browser.startTracing(page, { categories: TASK_CATEGORIES });
  for (const id of slideIds.slice(1)) {
    // By slide id, as a link or the presenter would: PageDown would first step through fragments.
    await page.evaluate((target) => {
      window.location.hash = `#/${target}`;
    }, id);
    await waitForReady(page, 'slide', { slideId: id });
  }
  const trace = longestTasks((await browser.stopTracing()).toString('utf8'));
  const tasks = await page.evaluate((since) => ((window as unknown as LongTaskWindow).benchLongTasks ?? []).filter((task) => task.start >= since), from);
  await context.close();
  return { longest: tasks.reduce((max, task) => Math.max(max, task.duration), 0), count: tasks.length, longestCpu: trace.longestCpu };
}
