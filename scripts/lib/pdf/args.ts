import type { DeckId } from '../../../ledger/types.ts';
import type { Lang } from '../../../contracts/lang.ts';
import { deckOption, DECK_USAGE, langOption, LANG_USAGE, outOption, OUT_USAGE, parseCommandLine, refusePositionals, SUPPLEMENTS_OPTION, SUPPLEMENTS_USAGE, themeOption, THEME_USAGE } from '../cli/args.ts';
import type { Theme } from '../../../charts/palette.ts';
import { UsageError } from '../cli/errors.ts';
import { parseBaseUrl } from './base-url.ts';

export interface PdfCliOptions {
  /** Deck ids in the order given, each known; empty means every deck. */
  readonly decks: readonly DeckId[];
  /** Only this edition (zh-CN, en); undefined means every edition in decks.json. */
  readonly lang: Lang | undefined;
  /** Handout: each slide with its speaker notes below it, on one page. */
  readonly notes: boolean;
  /** One page per fragment step instead of fully built slides. */
  readonly fragments: boolean;
  /** --theme: the slides light (default) or dark. */
  readonly theme: Theme;
  /** Absolute output directory. */
  readonly out: string;
  /** Skip the "build when needed" check and use dist/ as it is. */
  readonly noBuild: boolean;
  /** How long to wait for the print layout and every chart, per deck. */
  readonly timeoutMs: number;
  /** --base-url: the published site; links to the site point there. Undefined: such links are left out. */
  readonly baseUrl: URL | undefined;
  /** false with --no-supplements: the decks without figures supplied from other sources (?supplements=off). */
  readonly supplements: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run pdf -- [--deck <id>]... [--lang <zh-CN|zh|en>] [--notes] [--fragments] [--theme <light|dark>] [--out <dir>] [--timeout <ms>] [--no-build] [--base-url <url>] [--no-supplements]

Writes one PDF per deck to <out>/<deck-id>.pdf (default out: dist/pdf); English editions to <deck-id>.en.pdf.
${DECK_USAGE}
${LANG_USAGE}
  --notes         handout: each slide with its speaker notes below it, one page per slide
  --fragments     one page per fragment step (default: slides fully built)
${THEME_USAGE}
${OUT_USAGE}
  --timeout <ms>  per-deck wait for the print layout and every chart, 1000–600000 (default 30000)
  --no-build      use dist/ as it is (default: run the build when sources are newer)
  --base-url <url>  where the site is published (http or https, e.g. https://example.org/talks/hu-dian/):
                  links to the site (figures.json, figures.csv, other slides) point there;
                  without it they are printed as plain text
${SUPPLEMENTS_USAGE}
Browser: CHROME_PATH, else /usr/bin/chromium.`;

export const DEFAULT_TIMEOUT_MS = 30_000;
/** --timeout bounds: below a second no deck can print; above ten minutes a hung browser only wastes the wait. */
export const MIN_TIMEOUT_MS = 1_000;
export const MAX_TIMEOUT_MS = 600_000;

/** Parses the CLI's arguments (without node and script); throws UsageError on anything unknown, before any work. */
export function parsePdfArgs(argv: readonly string[], cwd: string = process.cwd(), defaultOut = 'dist/pdf'): PdfCliOptions {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      deck: { type: 'string', multiple: true },
      lang: { type: 'string' },
      notes: { type: 'boolean', default: false },
      fragments: { type: 'boolean', default: false },
      theme: { type: 'string' },
      out: { type: 'string' },
      timeout: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'base-url': { type: 'string' },
      ...SUPPLEMENTS_OPTION,
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  refusePositionals(positionals, USAGE);
  const decks = deckOption(values.deck, USAGE);
  const lang = langOption(values.lang, USAGE);
  const theme = themeOption(values.theme, USAGE);
  const timeoutMs = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
    throw new UsageError(`--timeout must be a whole number of milliseconds from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS} (1 s to 10 min), got "${values.timeout ?? ''}"`);
  }
  const out = outOption(values.out, cwd, defaultOut, USAGE);
  const baseUrl = values['base-url'] === undefined ? undefined : parseBaseUrl(values['base-url']);
  return {
    decks,
    lang,
    notes: values.notes,
    fragments: values.fragments,
    theme,
    out,
    noBuild: values['no-build'],
    timeoutMs,
    baseUrl,
    supplements: !values['no-supplements'],
    help: values.help,
  };
}
