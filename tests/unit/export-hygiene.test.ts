import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyExceptExports, EXPORT_DIRS } from '../../site/keep-exports.ts';
import { parsePdfArgs } from '../../scripts/lib/pdf/args.ts';
import { removeStaleTemporaryFiles, temporaryPathFor } from '../../scripts/lib/atomic-write.ts';
import { UnknownDeckError } from '../../scripts/lib/cli/errors.ts';
import { DecksFailedError } from '../../scripts/lib/pdf/errors.ts';
import { parseSnapshotArgs } from '../../scripts/lib/snapshot-args.ts';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'export-hygiene-'));

describe('a rebuild keeps what people exported', () => {
  it('empties dist/ of the old site but keeps pdf/, pptx/, snapshots/ and contact-sheet/', () => {
    const dist = scratch();
    for (const dir of [...EXPORT_DIRS, 'assets', 'slides']) mkdirSync(join(dist, dir));
    writeFileSync(join(dist, 'pdf', 'puer.pdf'), '%PDF');
    writeFileSync(join(dist, 'assets', 'old-1234.js'), '');
    writeFileSync(join(dist, 'decks.json'), '{}');
    expect(emptyExceptExports(dist).sort()).toEqual(['assets', 'decks.json', 'slides']);
    expect(readdirSync(dist).sort()).toEqual([...EXPORT_DIRS].sort());
    expect(readdirSync(join(dist, 'pdf'))).toEqual(['puer.pdf']);
  });

  it('vite.config.ts leaves emptying to keepExports (Vite’s emptyOutDir would wipe the exports)', async () => {
    const { default: config } = await import('../../vite.config.ts');
    const resolved = typeof config === 'function' ? null : config;
    expect(resolved?.build?.emptyOutDir).toBe(false);
    expect(resolved?.plugins?.flat().some((plugin) => plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'hu-dian-keep-exports')).toBe(true);
  });
});

describe('arguments are checked before anything is built', () => {
  it('npm run pdf -- --deck nope fails at once, naming the known decks', () => {
    expect(() => parsePdfArgs(['--deck', 'puer', '--deck', 'nope'])).toThrow(UnknownDeckError);
    expect(() => parsePdfArgs(['--deck', 'nope'])).toThrow('Unknown deck id: nope. Known decks: overview, honghe, lijiang, puer, xishuangbanna.');
    expect(() => parsePdfArgs(['--lang', 'fr'])).toThrow('--lang must be zh-CN (or zh) or en, got "fr"');
    expect(() => parsePdfArgs(['--deck', 'puer', '--lang', 'en'])).not.toThrow();
  });

  it('npm run snapshot -- nope, and --all --deck nope, fail before building', () => {
    expect(() => parseSnapshotArgs(['nope'])).toThrow(/^Unknown deck id: nope\. Known decks: overview, honghe, lijiang, puer, xishuangbanna\./);
    expect(() => parseSnapshotArgs(['--all', '--deck', 'puer', '--deck', 'nope'])).toThrow(/^Unknown deck id: nope\./);
    expect(parseSnapshotArgs(['puer'])).toEqual({ deck: 'puer', slides: [], out: null });
  });

  it('--timeout is bounded to 1 s – 10 min and says so', () => {
    for (const value of ['1', '999', '3000000000', '600001', '1.5', 'abc']) {
      expect(() => parsePdfArgs(['--timeout', value]), value).toThrow(
        `--timeout must be a whole number of milliseconds from 1000 to 600000 (1 s to 10 min), got "${value}"`,
      );
    }
    expect(parsePdfArgs(['--timeout', '1000']).timeoutMs).toBe(1000);
    expect(parsePdfArgs(['--timeout', '600000']).timeoutMs).toBe(600_000);
  });
});

describe('failures are all named', () => {
  it('names every failing deck, then a summary of what was written', () => {
    const error = new DecksFailedError(
      [
        { deck: 'honghe', message: 'chart not ready after 3000 ms on slide 5 "pairs" (chart honghe-pairs). Nothing was written for this deck.' },
        { deck: 'puer (en)', message: 'the print page did not load within 1000 ms (--timeout). Nothing was written for this deck.' },
      ],
      8,
    );
    expect(error.message).toBe(
      '2 of 10 decks failed (honghe, puer (en)); 8 written.\n' +
        '  honghe: chart not ready after 3000 ms on slide 5 "pairs" (chart honghe-pairs). Nothing was written for this deck.\n' +
        '  puer (en): the print page did not load within 1000 ms (--timeout). Nothing was written for this deck.',
    );
  });
});

describe('a killed export leaves nothing behind for long', () => {
  it('removes our temporary files whose process is gone, keeps live ones and everything else', () => {
    const dir = scratch();
    const live = temporaryPathFor(join(dir, 'puer.pdf'));
    writeFileSync(live, 'partial');
    writeFileSync(join(dir, '.honghe.pdf.999999999-0a1b2c3d.tmp'), 'truncated');
    writeFileSync(join(dir, '.notes.txt'), 'mine');
    writeFileSync(join(dir, 'honghe.pdf'), '%PDF');
    expect(removeStaleTemporaryFiles(dir)).toEqual(['.honghe.pdf.999999999-0a1b2c3d.tmp']);
    expect(readdirSync(dir).sort()).toEqual(['.notes.txt', live.split('/').pop(), 'honghe.pdf'].sort());
    expect(removeStaleTemporaryFiles(dir, () => false)).toEqual([live.split('/').pop()]);
  });
});
