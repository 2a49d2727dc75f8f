import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadSiteData } from '../../site/site-data.ts';

/**
 * Issue 25, item 2, through the build: an English unit that carries a scale (“million jobs” for
 * 4.88万个, on the figure and on the chart's axis) stops the site from being built, naming file,
 * entry or chart, and field. Before the issue the site built and showed “48,800 million jobs”.
 */
vi.mock('../../ledger/english.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../ledger/english.ts')>();
  const jobs = actual.FIGURES_EN['xishuangbanna-jobs-offered'];
  return { ...actual, FIGURES_EN: { ...actual.FIGURES_EN, 'xishuangbanna-jobs-offered': { ...jobs, unit: 'million jobs' } } };
});
vi.mock('../../charts/catalog/en.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../charts/catalog/en.ts')>();
  // No chart of the decks counts in 万 any more (jobs-offered is 17 marks): a scale word on a chart in 所 fails the same way.
  const pairs = actual.CHARTS_EN['honghe-pairs'];
  return { ...actual, CHARTS_EN: { ...actual.CHARTS_EN, 'honghe-pairs': { ...pairs, unit: 'million institutions' } } };
});

describe('the build checks English units', () => {
  it('fails on “million jobs” for 万个, naming the figure’s and the chart’s file and field', () => {
    const build = () => loadSiteData(resolve(import.meta.dirname, '../..'));
    expect(build).toThrow('ledger/english.ts: entry “xishuangbanna-jobs-offered”, field “unit”: “million jobs” carries a scale');
    expect(build).toThrow('charts/catalog/en.ts: chart “honghe-pairs”, field “unit”: “million institutions” carries a scale');
  });
});
