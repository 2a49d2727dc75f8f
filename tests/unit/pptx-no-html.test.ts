import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PPTX_DIR = resolve(import.meta.dirname, '../../scripts/lib/pptx');
/** Modules that parse HTML or a DOM: none may be imported by the PowerPoint exporter, which renders from the deck model (site/model/). */
const HTML_PARSERS = ['node-html-parser', 'parse5', 'htmlparser2', 'cheerio', 'jsdom', 'linkedom', 'happy-dom', 'domhandler', 'dom-serializer'];

/** What a source file under scripts/lib/pptx does with HTML: the parsers it imports and the HTML it matches by pattern. */
function htmlUse(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:from\s+|import\(\s*|require\(\s*)['"]([^'"]+)['"]/g)) {
    const name = match[1] ?? '';
    if (HTML_PARSERS.some((parser) => name === parser || name.startsWith(`${parser}/`))) found.push(`imports ${name}`);
    if (/site\/(render-deck|render-figure-html|render-gallery)\.ts$/.test(name)) found.push(`imports ${name}`);
  }
  // A pattern over serialised HTML: a tag or a class attribute written into a regular expression or a selector.
  if (/<span\b|class=\\?"|querySelector/.test(source)) found.push('matches HTML markup');
  return found;
}

describe('the PowerPoint exporter reads no HTML (issue 22)', () => {
  it('finds a parser import and a pattern over markup (the check can fail)', () => {
    expect(htmlUse("import { parse } from 'node-html-parser';")).toEqual(['imports node-html-parser']);
    expect(htmlUse("text.replace(/<span class=\"fig-sep\">[^<]*<\\/span>/g, '')")).toEqual(['matches HTML markup']);
    expect(htmlUse("element.querySelector('.fig-value')")).toEqual(['matches HTML markup']);
    expect(htmlUse("import type { DeckModel } from '../../../site/model/types.ts';")).toEqual([]);
  });

  it('no file under scripts/lib/pptx imports an HTML parser or matches markup', () => {
    const files = readdirSync(PPTX_DIR).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    const problems = files.flatMap((name) => htmlUse(readFileSync(join(PPTX_DIR, name), 'utf8')).map((what) => `scripts/lib/pptx/${name} ${what}`));
    expect(problems).toEqual([]);
  });
});
