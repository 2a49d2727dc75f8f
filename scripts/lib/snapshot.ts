import { makeDirectory } from './atomic-write.ts';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { startStaticServer } from './static-server.ts';
import { readManifest } from './manifest.ts';
import { selectSlides } from './snapshot-catalog.ts';
import { waitForReady } from './wait-for-ready.ts';
import { SLIDE_SIZE } from '../../contracts/slide-size.ts';

/** Slides are 1280×720; snapshots are taken at twice that. */
export const SNAPSHOT_SCALE = 2;
export const SNAPSHOT_VIEWPORT = SLIDE_SIZE;

export interface SnapshotJob {
  /** A built site (vite build output). */
  readonly dist: string;
  readonly deck: string;
  /** Empty: every slide of the deck. */
  readonly slides: readonly string[];
  readonly outDir: string;
}

/** <outDir>/<deck>/<slide>.png, the embed view of each slide at 2560×1440, charts fully drawn. */
export async function writeSnapshots(job: SnapshotJob): Promise<string[]> {
  const slides = selectSlides(readManifest(job.dist), job.deck, job.slides);
  const deckDir = join(job.outDir, job.deck);
  makeDirectory(deckDir);
  const server = await startStaticServer({ root: job.dist });
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    // Reduced motion: the embed shows its slide at once and draws charts without animating.
    const context = await browser.newContext({ viewport: SNAPSHOT_VIEWPORT, deviceScaleFactor: SNAPSHOT_SCALE, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const slide of slides) {
      await page.goto(new URL(slide.embedUrl, server.url).href);
      await waitForReady(page, 'embed');
      const path = join(deckDir, `${slide.id}.png`);
      await page.screenshot({ path, type: 'png' });
      written.push(path);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}
