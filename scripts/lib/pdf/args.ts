import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBaseUrl } from './base-url.ts';
import { UsageError } from './errors.ts';

export interface PdfCliOptions {
  /** Deck ids in the order given; empty means every deck. */
  readonly decks: readonly string[];
  /** Only this edition (zh-CN, en); undefined means every edition in decks.json. */
  readonly lang: string | undefined;
  /** Handout: each slide with its speaker notes below it, on one page. */
  readonly notes: boolean;
  /** One page per fragment step instead of fully built slides. */
  readonly fragments: boolean;
  /** Absolute output directory. */
  readonly out: string;
  /** Skip the "build when needed" check and use dist/ as it is. */
  readonly noBuild: boolean;
  /** How long to wait for the print layout and every chart, per deck. */
  readonly timeoutMs: number;
  /** --base-url: the published site; links to the site point there. Undefined: such links are left out. */
  readonly baseUrl: URL | undefined;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run pdf -- [--deck <id>]... [--lang <zh-CN|en>] [--notes] [--fragments] [--out <dir>] [--timeout <ms>] [--no-build] [--base-url <url>]

Writes one PDF per deck to <out>/<deck-id>.pdf (default out: dist/pdf); English editions to <deck-id>.en.pdf.
  --deck <id>     export only this deck (repeatable; default: all decks in decks.json)
  --lang <lang>   only this edition: zh-CN or en (default: both)
  --notes         handout: each slide with its speaker notes below it, one page per slide
  --fragments     one page per fragment step (default: slides fully built)
  --out <dir>     output directory
  --timeout <ms>  per-deck wait for the print layout and every chart, 1000–600000 (default 30000)
  --no-build      use dist/ as it is (default: run the build when sources are newer)
  --base-url <url>  where the site is published (http or https, e.g. https://example.org/talks/hu-dian/):
                  links to the site (figures.json, figures.csv, other slides) point there;
                  without it they are printed as plain text
Browser: CHROME_PATH, else /usr/bin/chromium.`;

export const DEFAULT_TIMEOUT_MS = 30_000;
/** --timeout bounds: below a second no deck can print; above ten minutes a hung browser only wastes the wait. */
export const MIN_TIMEOUT_MS = 1_000;
export const MAX_TIMEOUT_MS = 600_000;

/** Parses the CLI's arguments (without node and script); throws UsageError on anything unknown. */
export function parsePdfArgs(argv: readonly string[], cwd: string = process.cwd(), defaultOut = 'dist/pdf'): PdfCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        deck: { type: 'string', multiple: true },
        lang: { type: 'string' },
        notes: { type: 'boolean', default: false },
        fragments: { type: 'boolean', default: false },
        out: { type: 'string' },
        timeout: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values } = parsed;
  const decks = values.deck ?? [];
  for (const id of decks) if (id.trim() === '') throw new UsageError(`--deck needs a deck id\n\n${USAGE}`);
  const timeoutMs = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
    throw new UsageError(`--timeout must be a whole number of milliseconds from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS} (1 s to 10 min), got "${values.timeout ?? ''}"`);
  }
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError(`--out needs a directory\n\n${USAGE}`);
  const baseUrl = values['base-url'] === undefined ? undefined : parseBaseUrl(values['base-url']);
  return {
    decks: [...new Set(decks)],
    lang: values.lang,
    notes: values.notes ?? false,
    fragments: values.fragments ?? false,
    out: resolve(cwd, values.out ?? defaultOut),
    noBuild: values['no-build'] ?? false,
    timeoutMs,
    baseUrl,
    help: values.help ?? false,
  };
}
