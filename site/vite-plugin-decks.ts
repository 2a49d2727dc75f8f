import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { FIGURES } from '../ledger/figures.ts';
import { DECKS, deckSourceFile } from '../slides/decks.ts';
import type { DeckId } from '../ledger/types.ts';
import { figuresCsv, figuresCsvEnglish, figuresJson } from './ledger-export.ts';
import { subsetExact, subsetExactWeight, subsetFonts, subsetLatinPunctuation } from './fonts.ts';
import { collectTextSources, deckGlyphText } from './glyph-sources.ts';
import { loadSiteData, type SiteData } from './site-data.ts';
import { qrMissingMessage } from './qr-code.ts';
import { renderDeck } from './deck-page.ts';
import { renderGallery } from './render-gallery.ts';
import { writeOfflineDecks } from './offline-decks.ts';
import { withPageFont, type LateFace } from './page-fonts.ts';
import { assertSameSlides } from './same-slides.ts';
import { readFileSync } from 'node:fs';
import { EMBED_HOST_FILE, embedHostScript } from './embed-host.ts';
import { LANGS } from '../ledger/format.ts';
import { oembedFiles } from './oembed.ts';
import { siteBaseUrl } from './site-base-url.ts';
import { SUPPLEMENTS_FILE } from './supplements-file.ts';
import { embedPageGlyphSplit, embedPages } from './embed-pages.ts';
import { buildEmbedCode } from './embed-code.ts';
import { embedNotFoundPage, embedNotFoundPreview, embedPagesDev } from './embed-serve.ts';
import { EMBED_NOT_FOUND_PAGE } from '../contracts/embed-url.ts';

export const FONT_CACHE_DIR = '.cache/fonts';
/** Subsets by character set, shared by the site-wide font, each page's font and the offline files (same page, same subset). */
const SUBSET_CACHE_DIR = `${FONT_CACHE_DIR}/subsets`;

/** The files the plugin writes beside the pages (and serves in dev). */
const DATA_FILES: readonly string[] = ['decks.json', 'data/figures.json', 'data/figures.csv', 'data/figures-en.csv'];

function deckOf(path: string): DeckId | null {
  const match = /\/slides\/([a-z]+)\/(?:index|en)\.html$/.exec(path);
  const id = match?.[1];
  return DECKS.find((deck) => deck.id === id)?.id ?? null;
}

/**
 * Builds the decks from the ledger: validates it against the article, subsets the font, fills each
 * deck page, and writes decks.json and data/figures.{json,csv}.
 */
export function decksPlugin(): Plugin {
  let root = process.cwd();
  let serving = false;
  let site: SiteData | null = null;
  /** In the dev server, the ledger or deck error that stops the site from rendering, until the next good save. */
  let siteError: Error | null = null;
  const load = (): SiteData => {
    site = loadSiteData(root);
    siteError = null;
    return site;
  };
  /**
   * The site data; in the dev server a bad ledger or deck does not stop the server: the error is
   * kept, logged and shown in Vite's overlay (every page request fails with it) until a good save.
   */
  const current = (): SiteData => {
    if (site) return site;
    if (siteError) throw siteError;
    return load();
  };
  const dataFiles = (data: SiteData): Record<string, string> => {
    const source = { title: data.article.title, source: data.article.source, url: data.article.republishedUrl };
    return {
      'decks.json': `${JSON.stringify(data.manifest, null, 2)}\n`,
      'data/figures.json': figuresJson(FIGURES, source, data.supplements),
      'data/figures.csv': figuresCsv(FIGURES, data.supplements),
      'data/figures-en.csv': figuresCsvEnglish(FIGURES, data.supplements),
    };
  };
  return {
    name: 'hu-dian-decks',
    configResolved(config: ResolvedConfig) {
      root = config.root;
      serving = config.command === 'serve';
    },
    async buildStart() {
      let data: SiteData;
      try {
        data = load();
      } catch (error) {
        if (!serving) throw error;
        // Keep serving: the overlay names the file, entry and field; saving a fix restarts the server.
        siteError = error instanceof Error ? error : new Error(String(error));
        this.warn(`the decks cannot be rendered until this is fixed:\n${siteError.message}`);
        return;
      }
      if (!serving && !siteBaseUrl(root)) console.log(qrMissingMessage());
      const sources = collectTextSources(root);
      for (const [id, rendered] of data.decks) sources.push({ file: `slides/${id}/index.html (rendered)`, text: rendered.text });
      // The galleries as rendered: their words (site/gallery-text.ts) and thumbnails (build/thumbnail/) use the site-wide font.
      const gallerySource = readFileSync(join(root, 'index.html'), 'utf8');
      for (const lang of LANGS) sources.push({ file: `index.html (rendered, ${lang})`, text: deckGlyphText(renderGallery(gallerySource, data.manifest, lang, false)) });
      await subsetFonts(sources, join(root, FONT_CACHE_DIR));
      await subsetLatinPunctuation(join(root, FONT_CACHE_DIR));
    },
    configureServer(server) {
      server.middlewares.use(embedPagesDev(server, root, () => current().manifest));
      // A client that connects while the site is broken sees the error in the overlay at once.
      server.environments.client.hot.on('connection', () => {
        if (siteError) server.environments.client.hot.send({ type: 'error', err: { message: siteError.message, stack: siteError.stack ?? '', plugin: 'hu-dian-decks' } });
      });
      // The speaker's supplements file is no module: a save re-renders the decks (a bad row shows in the overlay).
      const supplementsFile = resolve(root, process.env.DECKS_SUPPLEMENTS_FILE?.trim() || SUPPLEMENTS_FILE);
      server.watcher.add(supplementsFile);
      server.watcher.on('change', (file) => {
        if (file !== supplementsFile) return;
        site = null;
        try {
          load();
          server.environments.client.hot.send({ type: 'full-reload' });
        } catch (error) {
          siteError = error instanceof Error ? error : new Error(String(error));
          server.environments.client.hot.send({ type: 'error', err: { message: siteError.message, stack: siteError.stack ?? '', plugin: 'hu-dian-decks' } });
        }
      });
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        // The English gallery, as the build writes it (generateBundle): the Chinese one rendered again in English.
        if (path === 'en.html') {
          let source: string;
          try {
            source = readFileSync(join(root, 'index.html'), 'utf8');
          } catch (error) {
            return next(error);
          }
          void server.transformIndexHtml('/index.html', source).then((html) => {
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(renderGallery(html, current().manifest, 'en', false));
          }, next);
          return;
        }
        // The files the build writes beside the pages: data, embed.js and each slide's oEmbed response.
        // An oEmbed path of no slide falls through to Vite's 404 (appType 'mpa'), as on the static host.
        if (!DATA_FILES.includes(path) && path !== EMBED_HOST_FILE && !path.startsWith('oembed/')) return next();
        let body: string | undefined;
        try {
          const data = current();
          body = path.startsWith('oembed/') ? oembedFiles(data.manifest, siteBaseUrl(root)).get(path) : path === EMBED_HOST_FILE ? embedHostScript(root) : dataFiles(data)[path];
        } catch (error) {
          return next(error);
        }
        if (body === undefined) return next();
        response.setHeader('Content-Type', path.endsWith('.csv') ? 'text/csv; charset=utf-8' : path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json; charset=utf-8');
        response.end(body);
      });
    },
    configurePreviewServer(server) {
      embedNotFoundPreview(server);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const data = current();
        const deckId = deckOf(context.filename);
        if (deckId) {
          const deck = DECKS.find((candidate) => candidate.id === deckId);
          if (!deck) return html;
          const lang = context.filename.endsWith('/en.html') ? 'en' : 'zh-CN';
          // The build already rendered each deck from the same file in buildStart; the dev server re-renders edits.
          const built = context.server ? undefined : (lang === 'en' ? data.englishDecks : data.decks).get(deckId);
          if (built) return built.html;
          const file = deckSourceFile(deckId, lang);
          // Both editions are checked against each other on every dev render, as the build does (site/same-slides.ts).
          const [zhFile, enFile] = [deckSourceFile(deckId, 'zh-CN'), deckSourceFile(deckId, 'en')];
          const other = readFileSync(join(root, lang === 'en' ? zhFile : enFile), 'utf8');
          if (lang === 'en') assertSameSlides(other, zhFile, html, enFile);
          else assertSameSlides(html, zhFile, other, enFile);
          const page = renderDeck(html, deck, data.article, file, '../../data/', lang, undefined, data.supplements).html;
          // The build links each page's own font subset (generateBundle); the dev server uses the site-wide one.
          return page.replace('</head>', '<link rel="stylesheet" href="/assets/theme/fonts.css"></head>');
        }
        if (context.filename.endsWith(`${root}/index.html`) || context.filename === join(root, 'index.html')) {
          return renderGallery(html, data.manifest);
        }
        return html;
      },
    },
    // After Vite has written the HTML pages into the bundle (both editions of each deck are Vite inputs).
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const data = site ?? load();
        const emitted = new Set<string>();
        const emit = (fileName: string, source: string | Uint8Array): void => {
          if (emitted.has(fileName)) return;
          emitted.add(fileName);
          this.emitFile({ type: 'asset', fileName, source });
        };
        // Each deck page, Chinese and English, links a font subset to its own characters.
        const fontCache = join(root, SUBSET_CACHE_DIR);
        // Each slide, in each edition, also gets an embed page of its own (site/embed-pages.ts) with
        // code built on its own (site/embed-code.ts); its font covers the slide and that code's words.
        const embedCode = await buildEmbedCode(root);
        for (const file of embedCode.files) emit(file.fileName, file.source);
        for (const deck of DECKS) {
          for (const lang of LANGS) {
            const fileName = deckSourceFile(deck.id, lang);
            const built = bundle[fileName];
            if (!built || built.type !== 'asset') throw new Error(`${fileName} was not built`);
            const html = String(built.source);
            const withFont = await withPageFont(html, 2, root, fontCache);
            for (const file of withFont.files) emit(file.fileName, file.source);
            built.source = withFont.html;
            for (const page of embedPages(deck.id, lang, html, embedCode)) {
              // What the slide shows at once is preloaded; what only its popover or data table adds is a face fetched when drawn.
              const glyphs = embedPageGlyphSplit(page.html, lang, embedCode.text, embedCode.styles);
              const late = new Map<number, LateFace>();
              for (const [weight, chars] of glyphs.late) if (chars) late.set(weight, { font: await subsetExactWeight(weight, chars, fontCache), chars });
              const embed = await withPageFont(page.html, 2, root, fontCache, await subsetExact(glyphs.eager, fontCache), 'script', late);
              for (const file of embed.files) emit(file.fileName, file.source);
              emit(page.fileName, embed.html);
            }
          }
        }
        // What a static host answers a missing embed/<deck>/<slide>.html with (README “Embed a slide”).
        const embedIndex = bundle['embed/index.html'];
        if (!embedIndex || embedIndex.type !== 'asset') throw new Error('embed/index.html was not built; cannot make embed/404.html');
        emit(EMBED_NOT_FOUND_PAGE, embedNotFoundPage(String(embedIndex.source)));
        const gallery = bundle['index.html'];
        if (!gallery || gallery.type !== 'asset') throw new Error('index.html was not built; cannot make the English gallery');
        emit('en.html', renderGallery(String(gallery.source), data.manifest, 'en', false));
        for (const [fileName, source] of Object.entries(dataFiles(data))) emit(fileName, source);
        emit(EMBED_HOST_FILE, embedHostScript(root));
      },
    },
    // After every file is on disk: each deck as one self-contained file for file:// (offline-decks.ts).
    writeBundle: {
      order: 'post',
      async handler(options) {
        const pages = DECKS.flatMap((deck) => LANGS.map((lang) => ({ deck: deck.id, lang })));
        await writeOfflineDecks(options.dir ?? join(root, 'dist'), pages, root, join(root, SUBSET_CACHE_DIR));
      },
    },
  };
}
