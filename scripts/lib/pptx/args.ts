import type { DeckId } from '../../../ledger/types.ts';
import type { Lang } from '../../../contracts/lang.ts';
import { KNOWN_DECKS } from '../deck-ids.ts';
import { deckOption, DECK_USAGE, langOption, LANG_USAGE, outOption, OUT_USAGE, parseCommandLine, refusePositionals, SUPPLEMENTS_OPTION, SUPPLEMENTS_USAGE } from '../cli/args.ts';

export interface PptxCliOptions {
  /** Deck ids in the order given; every deck when none was given. */
  readonly decks: readonly DeckId[];
  /** Editions to write, in order. */
  readonly langs: readonly Lang[];
  /** Absolute output directory. */
  readonly out: string;
  /** false with --no-supplements: the decks without figures supplied from other sources. */
  readonly supplements: boolean;
  readonly help: boolean;
}

export const PPTX_USAGE = `Usage: npm run pptx -- [--deck <id>]... [--lang <zh-CN|zh|en>] [--out <dir>] [--no-supplements]

Writes one editable PowerPoint file per deck to <out>/<deck-id>.pptx (default out: dist/pptx);
English editions to <deck-id>.en.pptx. Built from the ledger, the chart catalog and the slides
(no browser, no build needed): text stays text, every chart is a native chart with its data.
${DECK_USAGE}
${LANG_USAGE}
${OUT_USAGE}
${SUPPLEMENTS_USAGE}`;

/** Parses `npm run pptx` arguments; throws UsageError (UnknownDeckError for a deck) before any work is done. */
export function parsePptxArgs(argv: readonly string[], cwd: string = process.cwd(), defaultOut = 'dist/pptx'): PptxCliOptions {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      deck: { type: 'string', multiple: true },
      lang: { type: 'string' },
      out: { type: 'string' },
      ...SUPPLEMENTS_OPTION,
      help: { type: 'boolean', short: 'h', default: false },
    },
    PPTX_USAGE,
  );
  refusePositionals(positionals, PPTX_USAGE);
  const named = deckOption(values.deck, PPTX_USAGE);
  const lang = langOption(values.lang, PPTX_USAGE);
  return {
    decks: named.length === 0 ? [...KNOWN_DECKS] : named,
    langs: lang === undefined ? ['zh-CN', 'en'] : [lang],
    out: outOption(values.out, cwd, defaultOut, PPTX_USAGE),
    supplements: !values['no-supplements'],
    help: values.help,
  };
}
