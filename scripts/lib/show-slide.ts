import type { Page } from 'playwright-core';
import { waitForReady } from './wait-for-ready.ts';

/** Makes the slide with this id current (by its stable link) and waits until it and every chart on it is fully drawn. */
export async function showSlide(page: Page, slideId: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/${id}`;
  }, slideId);
  await waitForReady(page, 'slide', { slideId });
}
