import { defineConfig } from 'vite';
import { DECKS } from './slides/decks.ts';
import { decksPlugin } from './site/vite-plugin-decks.ts';
import { revealCssPrune } from './site/reveal-css-prune.ts';
import { keepExports } from './site/keep-exports.ts';
import { oembedPlugin } from './site/oembed.ts';

export default defineConfig({
  base: './',
  // Pages at their own paths, like the static host: an unknown path (oembed/<deck>/<nope>.json)
  // is a 404 under `npm start` and `npm run dev`, not the gallery's HTML (Vite's 'spa' fallback).
  appType: 'mpa',
  publicDir: false,
  plugins: [keepExports(), revealCssPrune(), decksPlugin(), oembedPlugin()],
  build: {
    outDir: 'dist',
    // keepExports() builds into dist.building-<pid> and swaps it in for dist/ only when the build
    // succeeded, keeping dist/pdf, pptx, snapshots and contact-sheet (site/keep-exports.ts).
    emptyOutDir: false,
    target: 'es2022',
    // Every browser the decks support preloads modules itself; one that does not just loads them a little later.
    // The polyfill would be 0.4 KB gzip of every page's first load (the code budget, README "Benchmark").
    // Code loaded with import() brings its own imports: no preload links are written for it, so an offline
    // single file, which has every chunk folded in (site/offline-inline.ts), never asks file:// for one.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? [] : deps) },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 400,
    rollupOptions: {
      input: {
        index: 'index.html',
        embed: 'embed/index.html',
        presenter: 'slides/presenter/index.html',
        ...Object.fromEntries(DECKS.map((deck) => [deck.id, `slides/${deck.id}/index.html`])),
        // Each deck's English edition is a page of its own, written and built like the Chinese one.
        ...Object.fromEntries(DECKS.map((deck) => [`${deck.id}-en`, `slides/${deck.id}/en.html`])),
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
