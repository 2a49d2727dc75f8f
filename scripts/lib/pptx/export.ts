import { join } from 'node:path';
import { loadSiteData, type SiteData } from '../../../site/site-data.ts';
import type { DeckId } from '../../../ledger/types.ts';
import type { Lang } from '../../../ledger/format.ts';
import type { DeckModel } from '../../../site/model/types.ts';
import { prepareOutputDir, removeStaleTemporaryFiles, writeFileAtomic } from '../atomic-write.ts';
import { pptxFileName } from '../export-files.ts';
import { buildPptx, deckCharts } from './build.ts';
import { patchPptx } from './patch.ts';

export interface PptxExportOptions {
  readonly root: string;
  readonly decks: readonly DeckId[];
  readonly langs: readonly Lang[];
  readonly out: string;
  readonly onFile?: (file: PptxFile) => void;
}

export interface PptxFile {
  readonly deck: DeckId;
  readonly lang: Lang;
  readonly path: string;
  readonly slides: number;
  readonly bytes: number;
}

/** A deck edition's model (site/model/), as the site's build makes it; throws naming the deck when the edition does not exist. */
export function deckModel(site: SiteData, deck: DeckId, lang: Lang): DeckModel {
  const model = site.models.get(deck)?.get(lang);
  if (!model) throw new Error(`No ${lang} edition of deck ${deck}`);
  return model;
}

/** One deck edition as a patched PowerPoint file, in memory, rendered from its model. */
export async function pptxOf(model: DeckModel): Promise<{ bytes: Uint8Array; slides: number }> {
  const raw = await buildPptx(model);
  return { bytes: await patchPptx(raw, model.lang === 'en' ? 'en-US' : 'zh-CN', deckCharts(model)), slides: model.slides.length };
}

/** One deck edition as a patched PowerPoint file, in memory. */
export async function deckPptx(root: string, deck: DeckId, lang: Lang): Promise<{ bytes: Uint8Array; slides: number }> {
  return pptxOf(deckModel(loadSiteData(root), deck, lang));
}

/** What this exporter writes, in its error messages (“Cannot write PowerPoint files to …”). */
export const PPTX_FILES = 'PowerPoint files';

/** Writes every requested deck and edition; each file appears whole or not at all (temp file, rename). */
export async function exportPptx(options: PptxExportOptions): Promise<PptxFile[]> {
  prepareOutputDir(options.out, PPTX_FILES);
  removeStaleTemporaryFiles(options.out);
  const site = loadSiteData(options.root);
  const files: PptxFile[] = [];
  for (const deck of options.decks) {
    for (const lang of options.langs) {
      const model = site.models.get(deck)?.get(lang);
      if (!model) continue;
      const { bytes, slides } = await pptxOf(model);
      const path = join(options.out, pptxFileName(deck, lang));
      writeFileAtomic(path, bytes, PPTX_FILES);
      const file = { deck, lang, path, slides, bytes: bytes.byteLength };
      files.push(file);
      options.onFile?.(file);
    }
  }
  return files;
}
