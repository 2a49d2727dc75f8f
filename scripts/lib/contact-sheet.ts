import { writeFileSync } from 'node:fs';
import { makeDirectory } from './atomic-write.ts';
import { join } from 'node:path';
import type { DeckEntry } from '../../site/manifest.ts';
import { escapeHtml } from '../../common/escape-html.ts';
import { launchBrowser } from './browser.ts';
import { showSlide } from './show-slide.ts';
import { startStaticServer } from './static-server.ts';
import { readManifest } from './manifest.ts';
import { waitForReady } from './wait-for-ready.ts';

export interface ViewportSize {
  readonly width: number;
  readonly height: number;
}

export interface ContactSheetJob {
  /** A built site (vite build output). */
  readonly dist: string;
  readonly outDir: string;
  /** The browser window the deck is shown in: 1280×720 by default, 1920×1080 for a projector. */
  readonly viewport: ViewportSize;
  /** Only these deck ids (both editions); empty: every deck. */
  readonly decks?: readonly string[];
}

export interface ContactSheetShot {
  readonly deck: DeckEntry;
  readonly slideId: string;
  readonly title: string;
  /** Relative to outDir. */
  readonly file: string;
}

/**
 * Photographs every slide of every deck and edition as a viewer sees it in the deck page (controls,
 * slide number and language switch included), then writes <outDir>/index.html: one contact sheet
 * per deck and edition, so a reviewer sees the whole talk at a glance.
 */
export async function writeContactSheet(job: ContactSheetJob): Promise<ContactSheetShot[]> {
  const manifest = readManifest(job.dist);
  makeDirectory(job.outDir);
  const server = await startStaticServer({ root: job.dist });
  const browser = await launchBrowser();
  const shots: ContactSheetShot[] = [];
  try {
    const context = await browser.newContext({ viewport: { ...job.viewport }, reducedMotion: 'reduce' });
    const only = job.decks ?? [];
    for (const deck of manifest.decks.filter((candidate) => only.length === 0 || only.includes(candidate.id))) {
      const page = await context.newPage();
      await page.goto(new URL(deck.url, server.url).href);
      await waitForReady(page, 'deck');
      const folder = `${deck.lang}/${deck.id}`;
      makeDirectory(join(job.outDir, folder));
      for (const slide of deck.slides) {
        await showSlide(page, slide.id);
        const file = `${folder}/${slide.id}.png`;
        await page.screenshot({ path: join(job.outDir, file), type: 'png' });
        shots.push({ deck, slideId: slide.id, title: slide.title, file });
      }
      await page.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(join(job.outDir, 'index.html'), contactSheetHtml(shots, job.viewport));
  return shots;
}

/** The contact sheet page: a grid of slides per deck and edition, each captioned with its id and title. */
export function contactSheetHtml(shots: readonly ContactSheetShot[], viewport: ViewportSize): string {
  const groups = new Map<string, ContactSheetShot[]>();
  for (const shot of shots) {
    const key = `${shot.deck.lang}/${shot.deck.id}`;
    groups.set(key, [...(groups.get(key) ?? []), shot]);
  }
  const sections = [...groups.values()].map((group) => {
    const deck = group[0]?.deck;
    if (!deck) return '';
    const cells = group
      .map(
        (shot, index) =>
          `<figure><a href="${escapeHtml(shot.file)}"><img src="${escapeHtml(shot.file)}" alt="" loading="lazy" width="${viewport.width}" height="${viewport.height}"></a>` +
          `<figcaption><b>${index + 1} · ${escapeHtml(shot.slideId)}</b> ${escapeHtml(shot.title)}</figcaption></figure>`,
      )
      .join('\n');
    return `<section><h2 lang="${deck.lang}">${escapeHtml(deck.title)} <small>${escapeHtml(deck.id)} · ${deck.lang} · ${group.length} slides</small></h2>\n<div class="grid">${cells}</div></section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Contact sheet · every slide at ${viewport.width}×${viewport.height}</title>
<style>
body { font: 14px/1.4 system-ui, 'Noto Sans CJK SC', sans-serif; margin: 24px; background: #eceae4; color: #1d232a; }
h1 { font-size: 20px; } h2 { font-size: 17px; margin: 28px 0 10px; } small { color: #4b5560; font-weight: 400; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 14px; }
figure { margin: 0; } img { display: block; width: 100%; height: auto; border: 1px solid #c9c5bb; background: #fff; }
figcaption { margin-top: 4px; font-size: 12px; color: #4b5560; }
</style></head><body>
<h1>Every slide, both editions, at ${viewport.width}×${viewport.height} (${shots.length} slides)</h1>
${sections.join('\n')}
</body></html>
`;
}
