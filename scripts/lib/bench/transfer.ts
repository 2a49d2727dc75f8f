import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from 'playwright-core';

export interface FirstLoadBytes {
  /** gzip -9 bytes of every script, stylesheet and font the page loaded. */
  readonly js: number;
  readonly css: number;
  readonly fonts: number;
  /** Script URLs, to see which chunks decks share. */
  readonly scripts: readonly string[];
}

function kindOf(response: Response): 'js' | 'css' | 'fonts' | null {
  const type = response.request().resourceType();
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  if (type === 'font') return 'fonts';
  return null;
}

/** Starts recording a context's responses; call the returned function to total them once loaded. */
export function recordTransfer(context: BrowserContext): () => Promise<FirstLoadBytes> {
  const pending: Promise<{ kind: 'js' | 'css' | 'fonts'; url: string; bytes: number }>[] = [];
  context.on('response', (response) => {
    const kind = kindOf(response);
    if (!kind || response.url().startsWith('data:')) return;
    pending.push(response.body().then((body) => ({ kind, url: response.url(), bytes: gzipSync(body, { level: 9 }).length })));
  });
  return async () => {
    const all = await Promise.all(pending);
    const sum = (kind: string): number => all.filter((entry) => entry.kind === kind).reduce((total, entry) => total + entry.bytes, 0);
    return { js: sum('js'), css: sum('css'), fonts: sum('fonts'), scripts: all.filter((entry) => entry.kind === 'js').map((entry) => entry.url) };
  };
}
