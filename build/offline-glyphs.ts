import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { chartById } from '../charts/catalog/index.ts';
import { FIGURES } from '../ledger/figures.ts';
import { figureText } from '../charts/format.ts';

/** Every string reachable in a value (a Chart.js configuration, say), functions skipped. */
function stringsIn(value: unknown, seen: Set<object> = new Set()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((entry) => stringsIn(entry, seen));
}

/** Text a chart draws on its canvas: labels, legend, titles and its figures' printed values. */
function chartText(id: string): string {
  const spec = chartById(id);
  const options = { animate: false, devicePixelRatio: 1, font: 'sans-serif', lang: 'zh-CN' as const };
  const figures = FIGURES.filter((figure) => spec.figures.includes(figure.id)).map((figure) => figureText(figure));
  return [...stringsIn(spec.build(options)), ...figures, spec.describe()].join('');
}

/**
 * The characters one built deck page can show: its text, its attributes (aria-label, title,
 * data-* shown by the provenance popover) and what its charts draw. Printable ASCII is added
 * by the subsetter.
 */
export function deckGlyphText(html: string): string {
  const root = parse(html, { comment: false });
  const parts: string[] = [root.querySelector('body')?.textContent ?? root.textContent, root.querySelector('title')?.textContent ?? ''];
  for (const element of root.querySelectorAll('*')) parts.push(...Object.values(element.attributes));
  for (const canvas of root.querySelectorAll('canvas[data-chart-id]')) parts.push(chartText(canvas.getAttribute('data-chart-id') ?? ''));
  return parts.join('');
}

/** Source folders whose string literals the runtime puts on a deck page (buttons, popovers, dialogs). */
const RUNTIME_TEXT = ['slides/runtime', 'charts/plugins'];
const RUNTIME_FILES = ['charts/format.ts'];

/** Every character of the runtime's own source: the UI text it may show on any deck page. */
export function runtimeGlyphText(root: string): string {
  const files = [
    ...RUNTIME_TEXT.flatMap((dir) => readdirSync(join(root, dir)).filter((name) => name.endsWith('.ts')).map((name) => join(root, dir, name))),
    ...RUNTIME_FILES.map((file) => join(root, file)),
  ];
  return files.map((file) => readFileSync(file, 'utf8')).join('');
}
