import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Which top-level folders each folder may import from. Data flows one way:
 * contracts/common ◄ ledger ◄ charts ◄ runtime (browser) and site (Node); scripts drive site and the built pages.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  contracts: ['contracts'],
  common: ['common', 'contracts'],
  ledger: ['ledger', 'contracts'],
  charts: ['charts', 'ledger', 'contracts'],
  slides: ['slides', 'ledger', 'contracts'],
  runtime: ['runtime', 'charts', 'ledger', 'common', 'contracts', 'slides', 'assets'],
  site: ['site', 'charts', 'ledger', 'common', 'contracts', 'slides'],
  scripts: ['scripts', 'site', 'charts', 'ledger', 'common', 'contracts', 'slides'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mjs)$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(ROOT, folder, name));
}

/** Top-level folders a file imports from (relative specifiers only; packages are not folders of ours). */
function importedFolders(file: string): { specifier: string; folder: string }[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '');
  return specifiers.map((specifier) => ({ specifier, folder: relative(ROOT, resolve(dirname(file), specifier)).split(/[\\/]/)[0] ?? '' }));
}

describe('imports run one way', () => {
  for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
    it(`${folder}/ imports only from ${allowed.join(', ')}`, () => {
      const wrong = sourceFiles(folder).flatMap((file) =>
        importedFolders(file)
          .filter((edge) => !allowed.includes(edge.folder))
          .map((edge) => `${relative(ROOT, file)} imports ${edge.specifier}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('sees the imports it checks (the rule can fail)', () => {
    const edges = importedFolders(join(ROOT, 'runtime/deck/boot.ts')).map((edge) => edge.folder);
    expect(edges).toContain('runtime');
    expect(edges).toContain('contracts');
  });
});
