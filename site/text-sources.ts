import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TextSource } from './fonts.ts';

const TEXT_DIRS = ['assets', 'slides', 'charts', 'ledger', 'embed'];
// The presenter view's interface text: the presenter page uses the site-wide subset.
const TEXT_FILES = ['index.html', 'runtime/presenter/labels.ts'];
const TEXT_EXT = /\.(html|ts|txt|css)$/;

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : TEXT_EXT.test(name) ? [path] : [];
  });
}

/** Every file whose text can reach a slide, gallery or embed page: the font is subset to these. */
export function collectTextSources(root: string): TextSource[] {
  const files = [...TEXT_DIRS.flatMap((dir) => walk(join(root, dir))), ...TEXT_FILES.map((file) => join(root, file))];
  return files.flatMap((file) => {
    try {
      return [{ file: relative(root, file), text: readFileSync(file, 'utf8') }];
    } catch {
      return [];
    }
  });
}
