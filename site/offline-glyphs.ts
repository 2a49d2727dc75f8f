import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/**
 * The characters one built deck page can show: its text, its attributes (aria-label, title,
 * data-* shown by the provenance popover) and what its charts draw (their JSON configurations). Printable ASCII is added
 * by the subsetter.
 */
export function deckGlyphText(html: string): string {
  const root = parse(html, { comment: false });
  const parts: string[] = [root.querySelector('body')?.textContent ?? root.textContent, root.querySelector('title')?.textContent ?? ''];
  for (const element of root.querySelectorAll('*')) parts.push(...Object.values(element.attributes));
  // What the charts draw, in the page's language: their configurations travel in the page as JSON.
  for (const script of root.querySelectorAll('script[data-chart-config]')) parts.push(script.textContent);
  return parts.join('');
}

/** Source folders whose string literals the runtime puts on a deck page (buttons, popovers, dialogs). */
const RUNTIME_TEXT = ['runtime', 'common', 'charts/plugins'];
const RUNTIME_FILES = ['ledger/format.ts'];

/** Every character of the runtime's own source: the UI text it may show on any deck page. */
export function runtimeGlyphText(root: string): string {
  const files = [
    ...RUNTIME_TEXT.flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .sort()
        .map((name) => join(root, dir, name)),
    ),
    ...RUNTIME_FILES.map((file) => join(root, file)),
  ];
  return files.map((file) => readFileSync(file, 'utf8')).join('');
}

/** Every character a built deck page can show, with the runtime's UI text: what its font subset must cover. */
export function pageGlyphText(html: string, root: string): string {
  return deckGlyphText(html) + runtimeGlyphText(root);
}
