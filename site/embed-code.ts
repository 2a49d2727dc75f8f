import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { chunkClosure, codeText, type BuiltChunk } from './embed-pages.ts';

/** The entry of every slide's embed page, and the chunk only a slide with a chart loads. */
const ENTRY = 'runtime/embed/embed-page.ts';
const CHARTS = 'runtime/embed/slide-charts.ts';

/** A file of the embed code, to emit into the site's bundle. */
export interface EmbedCodeFile {
  readonly fileName: string;
  readonly source: string | Uint8Array;
}

/** The built code of the slide embed pages (site/embed-pages.ts links it). */
export interface EmbedCode {
  readonly files: readonly EmbedCodeFile[];
  /** The entry script, relative to the site root. */
  readonly entry: string;
  /** Its stylesheets. */
  readonly css: readonly string[];
  /** The chart chunk and what it imports: preloaded by a page whose slide has a chart. */
  readonly charts: readonly string[];
  /** The stylesheet of a page with JavaScript off (no-script.css and embed-no-script.css), linked inside <noscript>. */
  readonly noScript: string;
  /** The code and stylesheets as text: each page's font covers the characters beyond ASCII they can show. */
  readonly text: string;
  /** Every stylesheet of the embed code, the compact layout's too: which elements are set bold (site/embed-pages.ts boldSelectors). */
  readonly styles: string;
}

const CHART_MODULES = /node_modules\/chart\.js\/|node_modules\/@kurkle\/|\/charts\/|\/runtime\/shared\/(draw-chart|chart-registry|chart-steps|chart-theme|tick-labels)\.ts|\/runtime\/deck\/layout-size-platform\.ts|\/runtime\/embed\/slide-charts\.ts/;

function isChunk(entry: Rolldown.OutputChunk | Rolldown.OutputAsset): entry is Rolldown.OutputChunk {
  return entry.type === 'chunk';
}

/**
 * Builds the embed pages' code on its own (a Vite build of its own, written into the site's
 * assets/), so the deck pages' chunks stay as they are and an embed loads few files: one entry
 * with its stylesheet; Chart.js, the two plugins and the chart drawing as one chunk, loaded only
 * by a slide with a chart; the compact layout and the downloads loaded when used.
 */
export async function buildEmbedCode(root: string): Promise<EmbedCode> {
  const result = await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      target: 'es2022',
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      copyPublicDir: false,
      rollupOptions: {
        input: { 'embed-page': ENTRY },
        output: {
          entryFileNames: 'assets/[name]-[hash].js',
          chunkFileNames: 'assets/embed-[name]-[hash].js',
          assetFileNames: 'assets/embed-[name]-[hash][extname]',
          codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'slide-charts', test: CHART_MODULES }] },
        },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const output = outputs.flatMap((entry) => ('output' in entry ? entry.output : []));
  const chunks = output.filter(isChunk);
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error(`${ENTRY}: the embed build made no entry chunk`);
  const bundle = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, chunk as BuiltChunk]));
  const charts = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(CHARTS)));
  if (!charts) throw new Error(`${CHARTS}: the embed build made no chart chunk`);
  const css = [...(entry.viteMetadata?.importedCss ?? [])];
  const styles = output.flatMap((file) => (file.type === 'asset' && file.fileName.endsWith('.css') ? [String(file.source)] : [])).join('\n');
  // With JavaScript off a deck page reads as a page (no-script.css); a slide's page too, with the few rules its own layout needs undone.
  const noScriptCss = ['assets/theme/no-script.css', 'assets/theme/embed-no-script.css'].map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  const noScript = `assets/embed-no-script-${createHash('sha256').update(noScriptCss).digest('hex').slice(0, 10)}.css`;
  return {
    files: [...output.map((file) => ({ fileName: file.fileName, source: file.type === 'chunk' ? file.code : file.source })), { fileName: noScript, source: noScriptCss }],
    noScript,
    entry: entry.fileName,
    css,
    charts: chunkClosure(bundle, charts as BuiltChunk, false).map((chunk) => chunk.fileName),
    // Words the code and the stylesheets put on screen (the popover's heading, CSS quotes around a sentence).
    text: codeText(chunkClosure(bundle, entry as BuiltChunk, true)) + styles,
    styles,
  };
}
