import type { Page } from 'playwright-core';

/** Makes the slide with this id current (by its stable link) and waits until every chart on it is fully drawn. */
export async function showSlide(page: Page, slideId: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/${id}`;
  }, slideId);
  await page.waitForFunction((id) => {
    const slide = document.getElementById(id);
    return slide?.classList.contains('present') === true && [...slide.querySelectorAll('canvas[data-chart-id]')].every((canvas) => canvas.hasAttribute('data-chart-ready'));
  }, slideId);
}
