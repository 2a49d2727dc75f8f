import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { FIGURES } from '../ledger/figures.ts';
import { DECKS } from '../slides/decks.ts';
import type { DeckId } from '../ledger/types.ts';
import { figuresCsv, figuresJson } from './ledger-export.ts';
import { subsetFonts } from './fonts.ts';
import { collectTextSources } from './text-sources.ts';
import { loadSiteData, type SiteData } from './site-data.ts';
import { renderDeck } from './render-deck.ts';
import { renderGallery } from './render-gallery.ts';
import { EMBED_HOST_FILE, embedHostScript } from './embed-host.ts';

export const FONT_CACHE_DIR = '.cache/fonts';

function deckOf(path: string): DeckId | null {
  const match = /\/slides\/([a-z]+)\/index\.html$/.exec(path);
  const id = match?.[1];
  return DECKS.find((deck) => deck.id === id)?.id ?? null;
}

/**
 * Builds the decks from the ledger: validates it against the article, subsets the font, fills each
 * deck page, and writes decks.json and data/figures.{json,csv}.
 */
export function decksPlugin(): Plugin {
  let root = process.cwd();
  let site: SiteData | null = null;
  const load = (): SiteData => {
    site = loadSiteData(root);
    return site;
  };
  const dataFiles = (data: SiteData): Record<string, string> => {
    const source = { title: data.article.title, source: data.article.source, url: data.article.republishedUrl };
    return {
      'decks.json': `${JSON.stringify(data.manifest, null, 2)}\n`,
      'data/figures.json': figuresJson(FIGURES, source),
      'data/figures.csv': figuresCsv(FIGURES),
    };
  };
  return {
    name: 'hu-dian-decks',
    configResolved(config: ResolvedConfig) {
      root = config.root;
    },
    async buildStart() {
      const data = load();
      const sources = collectTextSources(root);
      for (const [id, rendered] of data.decks) sources.push({ file: `slides/${id}/index.html (rendered)`, text: rendered.text });
      await subsetFonts(sources, join(root, FONT_CACHE_DIR));
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        const files = dataFiles(site ?? load());
        const body = files[path];
        if (body === undefined) return next();
        response.setHeader('Content-Type', path.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
        response.end(body);
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const data = site ?? load();
        const deckId = deckOf(context.filename);
        if (deckId) {
          const deck = DECKS.find((candidate) => candidate.id === deckId);
          if (!deck) return html;
          return renderDeck(html, deck, data.article, `slides/${deckId}/index.html`, '../../data/').html;
        }
        if (context.filename.endsWith(`${root}/index.html`) || context.filename === join(root, 'index.html')) {
          return renderGallery(html, data.manifest);
        }
        return html;
      },
    },
    generateBundle() {
      const data = site ?? load();
      for (const [fileName, source] of Object.entries(dataFiles(data))) this.emitFile({ type: 'asset', fileName, source });
      this.emitFile({ type: 'asset', fileName: EMBED_HOST_FILE, source: embedHostScript(root) });
    },
  };
}
