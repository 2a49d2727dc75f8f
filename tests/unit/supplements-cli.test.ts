import { describe, expect, it } from 'vitest';
import { parsePdfArgs } from '../../scripts/lib/pdf/args.ts';
import { parsePptxArgs } from '../../scripts/lib/pptx/args.ts';
import { printUrl } from '../../scripts/lib/pdf/print-url.ts';

describe('--no-supplements (pdf and pptx, scripts/lib/cli)', () => {
  it('is read the same way by both commands', () => {
    expect(parsePdfArgs([], '/repo').supplements).toBe(true);
    expect(parsePdfArgs(['--no-supplements'], '/repo').supplements).toBe(false);
    expect(parsePptxArgs([], '/repo').supplements).toBe(true);
    expect(parsePptxArgs(['--no-supplements'], '/repo').supplements).toBe(false);
  });
  it('prints the article alone: the print view gets ?supplements=off', () => {
    expect(printUrl('http://127.0.0.1:1/', 'slides/puer/?print-pdf', { notes: false, fragments: false, supplements: false })).toBe('http://127.0.0.1:1/slides/puer/?print-pdf&supplements=off');
    expect(printUrl('http://127.0.0.1:1/', 'slides/puer/?print-pdf', { notes: true, fragments: false })).toBe('http://127.0.0.1:1/slides/puer/?print-pdf&handout');
  });
});
