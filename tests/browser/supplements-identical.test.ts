import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteInto, FIXTURE, TEST_BUILDS, treeDifferences } from './supplements-build.ts';

/**
 * Issue 24, item 3: the article alone, on request. A build with a header-only supplements file
 * and a build with supplements switched off (DECKS_SUPPLEMENTS=off, the fixture's rows in the
 * file) are the same site, byte for byte: every page, script, font, data file and offline deck.
 * (With the fixture switched on, the pages and data differ: tests/browser/supplements.test.ts.)
 */
const EMPTY = join(TEST_BUILDS, 'empty');
const OFF = join(TEST_BUILDS, 'off');
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('no supplements: the site as it is without them', () => {
  it('an empty supplements file and DECKS_SUPPLEMENTS=off build identical sites', async () => {
    await buildSiteInto(EMPTY, { DECKS_SUPPLEMENTS_FILE: 'tests/fixtures/supplements-empty.csv' });
    await buildSiteInto(OFF, { DECKS_SUPPLEMENTS_FILE: FIXTURE, DECKS_SUPPLEMENTS: 'off' });
    expect(treeDifferences(EMPTY, OFF)).toEqual([]);
    // Neither says anything about supplements.
    for (const dir of [EMPTY, OFF]) {
      const page = readFileSync(join(dir, 'slides/overview/index.html'), 'utf8');
      expect(page).not.toMatch(/data-supplement|fig-supp|补充 1996/);
      expect(readFileSync(join(dir, 'data/figures.json'), 'utf8')).not.toContain('supplement');
    }
  }, 400_000);

  it('the comparison sees a changed byte (a built-in failing case)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'supplement-tree-'));
    scratch.push(copy);
    cpSync(EMPTY, copy, { recursive: true });
    const page = join(copy, 'slides/overview/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('原文未给出', '原文未给岀'));
    expect(treeDifferences(EMPTY, copy)).toEqual(['differs: slides/overview/index.html']);
  });
});
