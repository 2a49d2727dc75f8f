import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../site/manifest.ts';
import { UnknownDeckError, UsageError } from '../../scripts/lib/cli/errors.ts';
import { deckLabel, needsBuild, pdfFileName, readManifest, selectDecks } from '../../scripts/lib/pdf/site.ts';

function deck(id: 'puer' | 'lijiang' | 'honghe', lang: 'zh-CN' | 'en'): Manifest['decks'][number] {
  return { id, lang, title: id, subtitle: '', minutes: 5, url: `slides/${id}/`, printUrl: `slides/${id}/?print-pdf`, slideCount: 3, slides: [] };
}
const manifest: Manifest = { decks: [deck('puer', 'zh-CN'), deck('lijiang', 'zh-CN'), deck('puer', 'en')] };

describe('selectDecks', () => {
  it('selects every edition when no id is given, in manifest order', () => {
    expect(selectDecks(manifest, []).map(deckLabel)).toEqual(['puer', 'lijiang', 'puer (en)']);
  });

  it('selects the named decks, and one edition with lang', () => {
    expect(selectDecks(manifest, ['puer']).map(deckLabel)).toEqual(['puer', 'puer (en)']);
    expect(selectDecks(manifest, ['puer', 'lijiang'], 'zh-CN').map(deckLabel)).toEqual(['puer', 'lijiang']);
  });

  it('names unknown ids and the known ones', () => {
    expect(() => selectDecks(manifest, ['puer', 'atlantis', 'mu'])).toThrow(UnknownDeckError);
    expect(() => selectDecks(manifest, ['atlantis'])).toThrow('Unknown deck id: atlantis. Known decks: puer, lijiang.');
  });

  it('rejects a language the manifest has no edition in', () => {
    expect(() => selectDecks(manifest, [], 'fr')).toThrow(UsageError);
  });
});

describe('file names', () => {
  it('<id>.pdf for Chinese, <id>.<lang>.pdf otherwise', () => {
    expect(pdfFileName({ id: 'puer', lang: 'zh-CN' })).toBe('puer.pdf');
    expect(pdfFileName({ id: 'puer', lang: 'en' })).toBe('puer.en.pdf');
  });
});

describe('readManifest and needsBuild', () => {
  it('reads decks.json and refuses anything else', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pdf-site-'));
    expect(() => readManifest(dist)).toThrow(/decks\.json is missing/);
    writeFileSync(join(dist, 'decks.json'), JSON.stringify({ decks: [{ id: 'puer' }] }));
    expect(() => readManifest(dist)).toThrow(/not a deck manifest/);
    writeFileSync(join(dist, 'decks.json'), JSON.stringify(manifest));
    expect(readManifest(dist).decks).toHaveLength(3);
  });

  it('builds when decks.json is missing or older than a source', () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-root-'));
    const dist = join(root, 'dist');
    mkdirSync(join(root, 'slides'), { recursive: true });
    mkdirSync(dist);
    writeFileSync(join(root, 'slides', 'a.html'), 'x');
    expect(needsBuild(root, dist)).toBe(true);
    writeFileSync(join(dist, 'decks.json'), '{}');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'slides', 'a.html'), past, past);
    utimesSync(join(root, 'slides'), past, past);
    expect(needsBuild(root, dist)).toBe(false);
    writeFileSync(join(root, 'slides', 'b.html'), 'y');
    expect(needsBuild(root, dist)).toBe(true);
  });
});
