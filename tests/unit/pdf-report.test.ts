import { describe, expect, it } from 'vitest';
import { ChartNotReadyError } from '../../scripts/lib/pdf/errors.ts';
import { formatDeckLine, formatOverflowWarnings, formatSummary, pagesPerSecond } from '../../scripts/lib/pdf/report.ts';

describe('report', () => {
  it('prints total time and pages per second', () => {
    expect(pagesPerSecond(30, 5000)).toBe(6);
    expect(pagesPerSecond(30, 0)).toBe(0);
    const puer = { deck: 'puer', path: '/r/dist/pdf/puer.pdf', pages: 9, ms: 1500, overflowing: [] };
    const report = { decks: [puer, { ...puer, deck: 'lijiang', path: '/r/dist/pdf/lijiang.pdf', pages: 21, ms: 2500 }], pages: 30, ms: 5000 };
    expect(formatSummary(report)).toBe('2 decks, 30 pages in 5.00 s (6.0 pages/s)');
    expect(formatDeckLine(puer, '/r')).toBe('  puer             9 pages  1.50 s  dist/pdf/puer.pdf');
    expect(formatOverflowWarnings(puer)).toEqual([]);
    expect(formatOverflowWarnings({ ...puer, overflowing: [{ slideNumber: 2, slideId: 'insurance', overflowPx: 34 }] })).toEqual([
      '  warning: puer slide 2 "insurance": content runs 34 px past the bottom of the page and is cut off',
    ]);
    expect(formatOverflowWarnings({ ...puer, overflowing: [{ slideNumber: 8, slideId: 'gaps', overflowPx: 12, part: 'notes' }] })).toEqual([
      '  warning: puer slide 8 "gaps": speaker notes run 12 px past the bottom of the handout page at the smallest size and are cut off',
    ]);
  });

  it('names deck, slide and chart when a chart is not ready', () => {
    const error = new ChartNotReadyError('xishuangbanna', [{ slideNumber: 3, slideId: 'jobs-offered', chartId: 'xishuangbanna-jobs' }], 5000);
    expect(error.message).toBe('Deck xishuangbanna: chart not ready after 5000 ms on slide 3 "jobs-offered" (chart xishuangbanna-jobs). Nothing was written for this deck.');
  });
});
