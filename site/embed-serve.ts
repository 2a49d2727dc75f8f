import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { PreviewServer, ViteDevServer } from 'vite';
import { EMBED_NOT_FOUND_PAGE, EMBED_PAGE_PATH, parseEmbedPath } from '../contracts/embed-url.ts';
import { DECKS, deckSourceFile } from '../slides/decks.ts';
import { embedPages } from './embed-pages.ts';
import type { Manifest } from './manifest.ts';

type Next = (error?: unknown) => void;
type Middleware = (request: IncomingMessage, response: ServerResponse, next: Next) => void;

/**
 * The page a static host answers a missing embed/<deck>/<slide>.html with (contracts/embed-url.ts
 * EMBED_NOT_FOUND_PAGE): the old address's page (embed/index.html, runtime/embed/redirect.ts), its
 * links one level deeper, since it is shown at embed/<deck>/<slide>.html's depth. Its script takes
 * the ids from the address and shows the same “not found” message as the old address.
 */
export function embedNotFoundPage(embedIndexHtml: string): string {
  return embedIndexHtml.replace(/(\s(?:src|href)=")\.\.\//g, '$1../../');
}

function pathOf(request: IncomingMessage): string {
  return decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(html);
}

/**
 * `npm run dev`: answers embed/<deck>/<slide>.html and .en.html as the build writes them
 * (site/embed-pages.ts), rendered on request from the deck's source, with the embed page's code
 * as modules and the site-wide font; an id that is no deck's or slide's gets the not-found page
 * (status 404), as on a static host configured as the README says.
 */
export function embedPagesDev(server: ViteDevServer, root: string, manifest: () => Manifest): Middleware {
  return (request, response, next) => {
    const path = pathOf(request);
    const asked = EMBED_PAGE_PATH.test(path.slice(1)) ? parseEmbedPath(path) : null;
    if (!asked) return next();
    void (async () => {
      const exists = manifest().decks.some((deck) => deck.id === asked.deck && deck.lang === asked.lang && deck.slides.some((slide) => slide.id === asked.slide));
      const deck = DECKS.find((candidate) => candidate.id === asked.deck);
      if (!exists || !deck) {
        const page = embedNotFoundPage(readFileSync(join(root, 'embed', 'index.html'), 'utf8'));
        sendHtml(response, 404, await server.transformIndexHtml(request.url ?? path, page));
        return;
      }
      // The deck page as the dev server renders it (the plugin's transformIndexHtml), in that edition.
      const file = deckSourceFile(deck.id, asked.lang);
      const deckHtml = await server.transformIndexHtml(`/${file}`, readFileSync(join(root, file), 'utf8'));
      const page = embedPages(deck.id, asked.lang, deckHtml, { entry: 'runtime/embed/embed-page.ts', css: [], charts: [] }).find((candidate) => candidate.slide === asked.slide);
      if (!page) return next();
      // The build links a font of the slide's own characters (site/page-fonts.ts); here the site-wide one.
      const html = page.html.replace('</head>', '<link rel="stylesheet" href="/assets/theme/fonts.css"></head>');
      sendHtml(response, 200, await server.transformIndexHtml(request.url ?? path, html));
    })().catch(next);
  };
}

/** `vite preview` (`npm start`): a missing embed/<deck>/<slide>.html gets the built not-found page with status 404, as a static host configured as the README says. */
export function embedNotFoundPreview(server: PreviewServer): void {
  const outDir = resolve(server.config.root, server.config.build.outDir);
  server.middlewares.use((request, response, next) => {
    const path = pathOf(request);
    if (!EMBED_PAGE_PATH.test(path.slice(1)) || existsSync(join(outDir, path))) return next();
    const page = join(outDir, EMBED_NOT_FOUND_PAGE);
    if (!existsSync(page)) return next();
    sendHtml(response, 404, readFileSync(page, 'utf8'));
  });
}
