/**
 * A chart's PNG download (chart-download.ts) is the chart at twice its CSS size with two bands
 * around it, in CSS px before the doubling: its title and unit line above, its source line below.
 */
export const PNG_PIXEL_RATIO = 2;
export const PNG_TITLE_BAND = 40;
export const PNG_SOURCE_BAND = 28;
