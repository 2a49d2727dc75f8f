import type { Browser } from 'playwright-core';
import { installProbe, waitForChartsReady, waitForFirstPaint } from './page-probe.ts';
import { recordTransfer, type FirstLoadBytes } from './transfer.ts';
import { SLIDE_SIZE } from '../../../contracts/slide-size.ts';

export interface LoadRun {
  readonly firstPaint: number;
  readonly chartsReady: number;
  readonly bytes: FirstLoadBytes;
}

const VIEWPORT = { ...SLIDE_SIZE };
/** Generous: a busy 2-core machine can take long, and a timeout here only loses the run. */
export const BENCH_TIMEOUT_MS = 120_000;

/**
 * One cold load (fresh context, empty cache): first paint and bytes of `pageUrl`, then, in
 * another fresh context, the time until every chart of `chartUrl`'s slide is ready.
 * Reduced motion for both, so chart animation does not swamp the load time.
 */
export async function measureLoad(browser: Browser, pageUrl: string, chartUrl: string): Promise<LoadRun> {
  const first = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  first.setDefaultTimeout(BENCH_TIMEOUT_MS);
  const totals = recordTransfer(first);
  const page = await first.newPage();
  await page.goto(pageUrl);
  const firstPaint = await waitForFirstPaint(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const bytes = await totals();
  await first.close();

  const second = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  second.setDefaultTimeout(BENCH_TIMEOUT_MS);
  await installProbe(second);
  const chartPage = await second.newPage();
  await chartPage.goto(chartUrl);
  const chartsReady = await waitForChartsReady(chartPage);
  await second.close();
  return { firstPaint, chartsReady, bytes };
}
