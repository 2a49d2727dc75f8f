import { deckOption, DECK_USAGE, outOption, OUT_USAGE, parseCommandLine } from './cli/args.ts';
import { UsageError } from './cli/errors.ts';
import { SLIDE_SIZE } from '../../contracts/slide-size.ts';

/** `npm run snapshot -- <deck-id> [<slide-id>…] [--out <dir>]` or `npm run snapshot -- --all [--size WxH] [--out <dir>]` */
export interface SnapshotArgs {
  readonly deck: string;
  /** Empty: every slide of the deck. */
  readonly slides: readonly string[];
  /** Absolute; null: dist/snapshots, which the built gallery then offers. */
  readonly out: string | null;
}

/** `--all`: every slide of every deck and edition, photographed in the deck page, on one contact sheet. */
export interface ContactSheetArgs {
  readonly all: true;
  readonly width: number;
  readonly height: number;
  /** Absolute; null: dist/contact-sheet/<width>x<height>. */
  readonly out: string | null;
  /** --deck <id> (repeatable): only these decks; empty: all. */
  readonly decks: readonly string[];
}

export const SNAPSHOT_USAGE = `Usage: npm run snapshot -- <deck-id> [<slide-id>…] [--out <dir>]
       npm run snapshot -- --all [--size 1280x720|1920x1080] [--deck <id>]... [--out <dir>]

PNGs of slides at 2× (2560×1440), as embedded (default out: dist/snapshots/<deck>/<slide>.png);
with --all, every slide of every deck and edition as the deck page shows it, on one contact sheet
(default out: dist/contact-sheet/<size>/index.html).
  --all           every deck and edition, on a contact sheet
  --size <WxH>    with --all: the browser window (default 1280x720)
${DECK_USAGE}, with --all
${OUT_USAGE}`;

/** `--help` */
export interface SnapshotHelp {
  readonly help: true;
}

function parseSize(text: string): { width: number; height: number } {
  const match = /^(\d{3,4})x(\d{3,4})$/.exec(text);
  if (!match) throw new UsageError(`--size must be WIDTHxHEIGHT such as 1920x1080, not “${text}”\n\n${SNAPSHOT_USAGE}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Parses and checks the arguments, deck ids included, before anything is built (the same parser as pdf and pptx). */
export function parseSnapshotArgs(argv: readonly string[], cwd: string = process.cwd()): SnapshotArgs | ContactSheetArgs | SnapshotHelp {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      all: { type: 'boolean', default: false },
      size: { type: 'string' },
      deck: { type: 'string', multiple: true },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    SNAPSHOT_USAGE,
  );
  if (values.help) return { help: true };
  const usage = (problem: string): UsageError => new UsageError(`${problem}\n\n${SNAPSHOT_USAGE}`);
  const out = outOption(values.out, cwd, null, SNAPSHOT_USAGE);
  if (values.all) {
    if (positionals.length > 0) throw usage('--all photographs every deck: give no deck or slide ids with it');
    const decks = deckOption(values.deck, SNAPSHOT_USAGE);
    const size = values.size === undefined ? SLIDE_SIZE : parseSize(values.size);
    return { all: true, width: size.width, height: size.height, out, decks };
  }
  if (values.size !== undefined || values.deck !== undefined) throw usage('--size and --deck go with --all');
  const [deck, ...slides] = positionals;
  if (deck === undefined) throw usage('give a deck id, or --all');
  const [known] = deckOption([deck], SNAPSHOT_USAGE);
  return { deck: known ?? deck, slides, out };
}
