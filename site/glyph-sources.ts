import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import type { TextSource } from './fonts.ts';

/**
 * The one place that says which characters the font subsets hold (site/fonts.ts makes them):
 *
 * - the site-wide subset (gallery, presenter view, /embed/ and its not-found page, the dev server's
 *   decks): every file whose text can reach a page — content, theme and the runtime's UI text;
 * - each deck page's own subset (and its offline file): what the built page can show, plus the
 *   same runtime UI text.
 *
 * The runtime's UI text (buttons, popovers, dialogs, error panels such as the embed's “not found”)
 * is read from one list of folders for both, so no page can show a string the other subset lacks.
 * tests/browser/glyph-coverage.test.ts checks every built page against the subset it loads.
 */

/** Content and theme: everything a slide, the gallery or an embed shows that the build renders. */
const CONTENT_DIRS = ['assets', 'slides', 'charts', 'ledger', 'embed'];
const CONTENT_FILES = ['index.html'];
const CONTENT_EXT = /\.(html|ts|txt|css)$/;

/** Source folders whose string literals the runtime puts on a page at run time. */
const RUNTIME_DIRS = ['runtime', 'common', 'charts/plugins'];
const RUNTIME_FILES = ['ledger/format.ts'];
const RUNTIME_EXT = /\.ts$/;

/** The files under `dir` (relative to root) whose names match `ext`, sorted; none when it is missing. */
function filesUnder(root: string, dir: string, ext: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((name) => ext.test(name)).sort().map((name) => join(dir, name));
}

function runtimeFiles(root: string): string[] {
  return [...RUNTIME_DIRS.flatMap((dir) => filesUnder(root, dir, RUNTIME_EXT)), ...RUNTIME_FILES];
}

function read(root: string, files: readonly string[]): TextSource[] {
  return files.flatMap((file) => {
    try {
      return [{ file: relative(root, join(root, file)), text: readFileSync(join(root, file), 'utf8') }];
    } catch {
      return [];
    }
  });
}

/** The site-wide subset's sources, each file named (a character the font lacks names its file). */
export function collectTextSources(root: string): TextSource[] {
  const content = [...CONTENT_DIRS.flatMap((dir) => filesUnder(root, dir, CONTENT_EXT)), ...CONTENT_FILES];
  return read(root, [...new Set([...content, ...runtimeFiles(root)])]);
}

/** Every character of the runtime's own source: the UI text it may show on any page. */
export function runtimeGlyphText(root: string): string {
  return read(root, runtimeFiles(root)).map((source) => source.text).join('');
}

/**
 * The characters one built page can show: its text, its attributes (aria-label, title, data-*
 * shown by the provenance popover) and what its charts draw (their JSON configurations).
 * Printable ASCII is added by the subsetter.
 */
export function deckGlyphText(html: string): string {
  const root = parse(html, { comment: false });
  const parts: string[] = [root.querySelector('body')?.textContent ?? root.textContent, root.querySelector('title')?.textContent ?? ''];
  for (const element of root.querySelectorAll('*')) parts.push(...Object.values(element.attributes));
  // What the charts draw, in the page's language: their configurations travel in the page as JSON.
  for (const script of root.querySelectorAll('script[data-chart-config]')) parts.push(script.textContent);
  return parts.join('');
}

/** Every character a built deck page can show, with the runtime's UI text: what its font subset must cover. */
export function pageGlyphText(html: string, root: string): string {
  return deckGlyphText(html) + runtimeGlyphText(root);
}
