import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareOutputDir, temporaryPathFor, writeFileAtomic } from '../../scripts/lib/atomic-write.ts';
import { OutputNotWritableError } from '../../scripts/lib/cli/errors.ts';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'pdf-atomic-'));

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', () => {
    const dir = scratch();
    writeFileAtomic(join(dir, 'deck.pdf'), new TextEncoder().encode('%PDF-1.7'), 'PDFs');
    expect(readFileSync(join(dir, 'deck.pdf'), 'utf8')).toBe('%PDF-1.7');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });

  it('replaces an existing file in one step', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'deck.pdf'), 'old');
    writeFileAtomic(join(dir, 'deck.pdf'), new TextEncoder().encode('new'), 'PDFs');
    expect(readFileSync(join(dir, 'deck.pdf'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });

  it('fails with OutputNotWritableError and cleans up when the target cannot be written', () => {
    const dir = scratch();
    // A directory where the file should go: the rename fails after the temporary file was written.
    const target = join(dir, 'deck.pdf');
    prepareOutputDir(join(target, 'occupied'), 'PDFs');
    expect(() => writeFileAtomic(target, new TextEncoder().encode('x'), 'PDFs')).toThrow(OutputNotWritableError);
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });

  it('names temporary files as hidden siblings', () => {
    expect(temporaryPathFor('/out/puer.pdf')).toMatch(/^\/out\/\.puer\.pdf\.\d+-[0-9a-f]{8}\.tmp$/);
  });
});

describe('prepareOutputDir', () => {
  it('creates missing directories', () => {
    const dir = join(scratch(), 'a', 'b');
    prepareOutputDir(dir, 'PDFs');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails clearly when a file is in the way', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => prepareOutputDir(join(dir, 'file', 'pdf'), 'PDFs')).toThrow(/Cannot write PDFs to .*file\/pdf.*--out/);
  });
});
