import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const MIME: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv;charset=utf-8',
};

export function dataUrl(bytes: Uint8Array, mime: string): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

export function fileDataUrl(path: string): string {
  return dataUrl(readFileSync(path), MIME[extname(path)] ?? 'application/octet-stream');
}

/** Keeps inlined code from closing its <script> or <style> element early. */
export function escapeForElement(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

const ENTRY = '\0offline-entry';

/**
 * One ES module with the page's module scripts and everything they import, statically or
 * dynamically, folded in: under file:// a module script may not load other files, so the offline
 * page needs a single inline one. Scripts run in page order; shared chunks are included once.
 */
export async function bundleScripts(scripts: readonly string[]): Promise<string> {
  const bundle = await rolldown({
    input: ENTRY,
    logLevel: 'silent',
    plugins: [
      {
        name: 'offline-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? scripts.map((path) => `import ${JSON.stringify(path)};`).join('\n') : null),
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es', codeSplitting: false, minify: true });
    const [chunk] = output;
    if (!chunk || chunk.type !== 'chunk') throw new Error(`offline: bundling ${scripts.join(', ')} produced no chunk`);
    return chunk.code;
  } finally {
    await bundle.close();
  }
}

/** Drops @font-face rules already seen in an earlier stylesheet of the page (each inlined font only once). */
export function dropRepeatedFontFaces(css: string, seen: Set<string>): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
    const key = rule.replace(/\s+/g, '');
    if (seen.has(key)) return '';
    seen.add(key);
    return rule;
  });
}

/**
 * A stylesheet with its url(...) references made data: URLs. `replace` may supply the bytes of
 * a reference (a per-deck font subset); otherwise the file next to the stylesheet is inlined.
 */
export function inlineCssUrls(css: string, cssPath: string, replace: (path: string) => string | null): string {
  return css.replace(/url\((['"]?)([^'")]+)\1\)/g, (whole, _quote: string, reference: string) => {
    if (/^(data:|#)/.test(reference)) return whole;
    const path = resolve(dirname(cssPath), reference.split(/[?#]/)[0] ?? reference);
    const swapped = replace(path);
    if (swapped !== null) return `url(${swapped})`;
    if (!existsSync(path)) throw new Error(`offline: ${cssPath} refers to missing ${reference}`);
    return `url(${fileDataUrl(path)})`;
  });
}
