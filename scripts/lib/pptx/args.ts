import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KNOWN_DECKS, requireKnownDecks } from '../deck-ids.ts';
import type { DeckId } from '../../../ledger/types.ts';
import type { Lang } from '../../../ledger/format.ts';
import { UsageError } from '../pdf/errors.ts';

export interface PptxCliOptions {
  /** Deck ids in the order given; every deck when none was given. */
  readonly decks: readonly DeckId[];
  /** Editions to write, in order. */
  readonly langs: readonly Lang[];
  /** Absolute output directory. */
  readonly out: string;
  readonly help: boolean;
}

export const PPTX_USAGE = `Usage: npm run pptx -- [--deck <id>]... [--lang <zh-CN|en>] [--out <dir>]

Writes one editable PowerPoint file per deck to <out>/<deck-id>.pptx (default out: dist/pptx);
English editions to <deck-id>.en.pptx. Built from the ledger, the chart catalog and the slides
(no browser, no build needed): text stays text, every chart is a native chart with its data.
  --deck <id>     export only this deck (repeatable; default: all decks)
  --lang <lang>   only this edition: zh-CN (or zh) or en (default: both)
  --out <dir>     output directory`;

const LANG_ALIASES: Readonly<Record<string, Lang>> = { 'zh-CN': 'zh-CN', zh: 'zh-CN', 'zh-cn': 'zh-CN', en: 'en' };

/** Parses `npm run pptx` arguments; throws UsageError or UnknownDeckError before any work is done. */
export function parsePptxArgs(argv: readonly string[], cwd: string = process.cwd(), defaultOut = 'dist/pptx'): PptxCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        deck: { type: 'string', multiple: true },
        lang: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${PPTX_USAGE}`);
  }
  const { values } = parsed;
  const requested = values.deck ?? [];
  for (const id of requested) if (id.trim() === '') throw new UsageError(`--deck needs a deck id\n\n${PPTX_USAGE}`);
  const named = requireKnownDecks(requested);
  const decks = named.length === 0 ? [...KNOWN_DECKS] : [...new Set(named)];
  let langs: readonly Lang[] = ['zh-CN', 'en'];
  if (values.lang !== undefined) {
    const lang = LANG_ALIASES[values.lang];
    if (!lang) throw new UsageError(`--lang must be zh-CN (or zh) or en, got "${values.lang}"\n\n${PPTX_USAGE}`);
    langs = [lang];
  }
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError(`--out needs a directory\n\n${PPTX_USAGE}`);
  return { decks, langs, out: resolve(cwd, values.out ?? defaultOut), help: values.help ?? false };
}

/** dist/pptx/<deck>.pptx, or <deck>.en.pptx for the English edition. */
export function pptxFileName(deck: DeckId, lang: Lang): string {
  return lang === 'en' ? `${deck}.en.pptx` : `${deck}.pptx`;
}
