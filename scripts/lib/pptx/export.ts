import { join } from 'node:path';
import { loadSiteData } from '../../../site/site-data.ts';
import { DECKS } from '../../../slides/decks.ts';
import { ENGLISH_DECKS } from '../../../slides/english-decks.ts';
import type { DeckId } from '../../../ledger/types.ts';
import type { Lang } from '../../../ledger/format.ts';
import { prepareOutputDir, removeStaleTemporaryFiles, writeFileAtomic } from '../atomic-write.ts';
import { pptxFileName } from '../export-files.ts';
import { buildPptx } from './build.ts';
import { slideModels } from './content.ts';
import { patchPptx } from './patch.ts';

export interface PptxExportOptions {
  readonly root: string;
  readonly decks: readonly DeckId[];
  readonly langs: readonly Lang[];
  readonly out: string;
  /** false: the decks without figures supplied from other sources (--no-supplements). */
  readonly supplements?: boolean;
  readonly onFile?: (file: PptxFile) => void;
}

export interface PptxFile {
  readonly deck: DeckId;
  readonly lang: Lang;
  readonly path: string;
  readonly slides: number;
  readonly bytes: number;
}

/** One deck edition as a patched PowerPoint file, in memory. */
export async function deckPptx(root: string, deck: DeckId, lang: Lang): Promise<{ bytes: Uint8Array; slides: number }> {
  const site = loadSiteData(root);
  return deckPptxFrom(site, deck, lang);
}

async function deckPptxFrom(site: ReturnType<typeof loadSiteData>, deck: DeckId, lang: Lang): Promise<{ bytes: Uint8Array; slides: number }> {
  const meta = DECKS.find((candidate) => candidate.id === deck);
  const rendered = lang === 'en' ? site.englishDecks.get(deck) : site.decks.get(deck);
  if (!meta || !rendered) throw new Error(`No ${lang} edition of deck ${deck}`);
  const en = ENGLISH_DECKS[deck];
  const { article } = site;
  const credit = lang === 'en' ? `Source: ${article.source} (Yunnan Net), 《${article.title}》` : `来源：${article.source}《${article.title}》`;
  const slides = slideModels(rendered.html);
  const raw = await buildPptx({
    deckId: deck,
    lang,
    title: lang === 'en' && en ? en.title : meta.title,
    subtitle: lang === 'en' && en ? en.subtitle : meta.subtitle,
    credit,
    slides,
    supplements: site.supplements,
  });
  return { bytes: await patchPptx(raw, lang === 'en' ? 'en-US' : 'zh-CN'), slides: slides.length };
}

/** What this exporter writes, in its error messages (“Cannot write PowerPoint files to …”). */
export const PPTX_FILES = 'PowerPoint files';

/** Writes every requested deck and edition; each file appears whole or not at all (temp file, rename). */
export async function exportPptx(options: PptxExportOptions): Promise<PptxFile[]> {
  prepareOutputDir(options.out, PPTX_FILES);
  removeStaleTemporaryFiles(options.out);
  const site = loadSiteData(options.root, { supplements: options.supplements !== false });
  const files: PptxFile[] = [];
  for (const deck of options.decks) {
    for (const lang of options.langs) {
      if (lang === 'en' && !ENGLISH_DECKS[deck]) continue;
      const { bytes, slides } = await deckPptxFrom(site, deck, lang);
      const path = join(options.out, pptxFileName(deck, lang));
      writeFileAtomic(path, bytes, PPTX_FILES);
      const file = { deck, lang, path, slides, bytes: bytes.byteLength };
      files.push(file);
      options.onFile?.(file);
    }
  }
  return files;
}
