import { describe, expect, it } from 'vitest';
import { parseSnapshotArgs } from '../../scripts/lib/snapshot-args.ts';
import { UsageError } from '../../scripts/lib/cli/errors.ts';
import { selectSlides, SnapshotInputError } from '../../scripts/lib/snapshot-catalog.ts';
import type { Manifest } from '../../site/manifest.ts';

describe('snapshot arguments', () => {
  it('reads a deck, optional slides and --out', () => {
    expect(parseSnapshotArgs(['honghe'])).toEqual({ deck: 'honghe', slides: [], out: null });
    expect(parseSnapshotArgs(['honghe', 'pairs', 'title', '--out', 'pngs'], '/work')).toEqual({ deck: 'honghe', slides: ['pairs', 'title'], out: '/work/pngs' });
    expect(parseSnapshotArgs(['--out=x', 'lijiang'], '/work')).toEqual({ deck: 'lijiang', slides: [], out: '/work/x' });
  });

  it('explains bad usage', () => {
    expect(() => parseSnapshotArgs([])).toThrow(UsageError);
    expect(() => parseSnapshotArgs([])).toThrow(/^give a deck id, or --all\n\nUsage: npm run snapshot/);
    expect(() => parseSnapshotArgs(['honghe', '--out'])).toThrow(/Option '--out <value>' argument missing/);
    expect(() => parseSnapshotArgs(['honghe', '--out', ' '])).toThrow(/--out needs a directory/);
    expect(() => parseSnapshotArgs(['honghe', '--scale', '3'])).toThrow(/Unknown option '--scale'/);
    expect(() => parseSnapshotArgs(['--all', '--size', '1920by1080'])).toThrow(/--size must be WIDTHxHEIGHT/);
    expect(() => parseSnapshotArgs(['honghe', '--size', '1920x1080'])).toThrow(/--size and --deck go with --all/);
    expect(parseSnapshotArgs(['--all', '--size', '1920x1080', '--deck', 'puer'], '/work')).toEqual({ all: true, width: 1920, height: 1080, out: null, decks: ['puer'] });
    expect(parseSnapshotArgs(['--help'])).toEqual({ help: true });
  });
});

const manifest: Manifest = {
  decks: [
    {
      id: 'honghe',
      title: '红河',
      subtitle: '',
      lang: 'zh-CN',
      minutes: 7,
      url: 'slides/honghe/',
      printUrl: 'slides/honghe/?print-pdf',
      slideCount: 3,
      slides: ['title', 'pairs', 'gaps'].map((id) => ({ id, title: id, url: `slides/honghe/#/${id}`, embedUrl: `embed/?deck=honghe&slide=${id}`, figures: [] })),
    },
  ],
};

describe('snapshot slide selection', () => {
  it('takes every slide, or the named ones in deck order', () => {
    expect(selectSlides(manifest, 'honghe', []).map((slide) => slide.id)).toEqual(['title', 'pairs', 'gaps']);
    expect(selectSlides(manifest, 'honghe', ['gaps', 'title']).map((slide) => slide.id)).toEqual(['title', 'gaps']);
  });

  it('names the valid ids for unknown ones', () => {
    expect(() => selectSlides(manifest, 'nope', [])).toThrow(SnapshotInputError);
    expect(() => selectSlides(manifest, 'nope', [])).toThrow(/decks: honghe/);
    expect(() => selectSlides(manifest, 'honghe', ['x'])).toThrow(/unknown slide “x” in honghe; slides: title, pairs, gaps/);
  });
});
