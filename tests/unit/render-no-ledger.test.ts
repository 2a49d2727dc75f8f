import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The deck page is rendered from the deck model (issue 22): site/render-deck.ts and the site/
 * modules it calls to write figures, charts, visuals, the gap table and the credit take every
 * figure, chart, pairing and supplement from the model. The model builder (site/model/, and
 * site/slide-references.ts, which checks a slide's ids) is the one place that reads the ledger
 * and the chart catalog by id.
 */
const FORBIDDEN: readonly { readonly path: RegExp; readonly what: string }[] = [
  { path: /^ledger\/lookup\.ts$/, what: 'the ledger lookup' },
  { path: /^ledger\/figures\.ts$/, what: 'the figure ledger' },
  { path: /^ledger\/format\.ts$/, what: 'figure formatting from ledger entries' },
  { path: /^ledger\/pairings\.ts$/, what: 'the pairings' },
  { path: /^ledger\/supplements\.ts$/, what: 'the supplements' },
  { path: /^ledger\/supplement-text\.ts$/, what: 'supplement words from ledger entries' },
  { path: /^charts\/catalog\//, what: 'the chart catalog' },
  { path: /^site\/slide-references\.ts$/, what: 'the slide references (ledger and catalog lookups)' },
  { path: /^site\/model\/(?!types\.ts$)/, what: 'the model builder' },
];

/** The repository paths a TypeScript source imports (relative imports only, type imports included). */
function importsOf(file: string, source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => relative(ROOT, resolve(dirname(resolve(ROOT, file)), match[1] ?? '')));
}

/** Every forbidden import of the renderer and the site/ modules it reaches (the model's types are its boundary). */
function forbiddenImports(start: string, read: (file: string) => string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of importsOf(file, read(file))) {
      const rule = FORBIDDEN.find((candidate) => candidate.path.test(target));
      if (rule) problems.push(`${file} imports ${target} (${rule.what})`);
      else if (target.startsWith('site/') && !target.startsWith('site/model/')) visit(target);
    }
  };
  visit(start);
  return problems;
}

const readRepo = (file: string): string => (existsSync(resolve(ROOT, file)) ? readFileSync(resolve(ROOT, file), 'utf8') : '');

describe('the deck page is rendered from the model alone (issue 22)', () => {
  it('finds a ledger or catalog import, directly or in a helper the renderer calls (the check can fail)', () => {
    const files: Record<string, string> = {
      'site/render-deck.ts': "import { chipHtml } from './helper.ts';\nimport type { DeckModel } from './model/types.ts';",
      'site/helper.ts': "import { figureById } from '../ledger/lookup.ts';\nimport { chartById } from '../charts/catalog/index.ts';\nimport { buildDeckModel } from './model/deck-model.ts';",
    };
    expect(forbiddenImports('site/render-deck.ts', (file) => files[file] ?? '')).toEqual([
      'site/helper.ts imports ledger/lookup.ts (the ledger lookup)',
      'site/helper.ts imports charts/catalog/index.ts (the chart catalog)',
      'site/helper.ts imports site/model/deck-model.ts (the model builder)',
    ]);
  });

  it('site/render-deck.ts and its rendering helpers import neither the ledger lookup nor the chart catalog', () => {
    expect(forbiddenImports('site/render-deck.ts', readRepo)).toEqual([]);
  });
});
