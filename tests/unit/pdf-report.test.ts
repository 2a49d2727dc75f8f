import { describe, expect, it } from 'vitest';
import { ChartNotReadyError } from '../../scripts/lib/pdf/errors.ts';
import { formatDeckLine, formatSummary, pagesPerSecond } from '../../scripts/lib/pdf/report.ts';

describe('report', () => {
  it('prints total time and pages per second', () => {
    expect(pagesPerSecond(30, 5000)).toBe(6);
    expect(pagesPerSecond(30, 0)).toBe(0);
    const report = { decks: [{ deck: 'puer', path: '/r/dist/pdf/puer.pdf', pages: 9, ms: 1500 }, { deck: 'lijiang', path: '/r/dist/pdf/lijiang.pdf', pages: 21, ms: 2500 }], pages: 30, ms: 5000 };
    expect(formatSummary(report)).toBe('2 decks, 30 pages in 5.00 s (6.0 pages/s)');
    expect(formatDeckLine({ deck: 'puer', path: '/r/dist/pdf/puer.pdf', pages: 9, ms: 1500 }, '/r')).toBe('  puer             9 pages  1.50 s  dist/pdf/puer.pdf');
  });

  it('names deck, slide and chart when a chart is not ready', () => {
    const error = new ChartNotReadyError('xishuangbanna', [{ slideNumber: 3, slideId: 'jobs-offered', chartId: 'xishuangbanna-jobs' }], 5000);
    expect(error.message).toBe('Deck xishuangbanna: chart not ready after 5000 ms on slide 3 "jobs-offered" (chart xishuangbanna-jobs). Nothing was written for this deck.');
  });
});
