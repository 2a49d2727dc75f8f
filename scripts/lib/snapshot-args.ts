import { DECKS } from '../../slides/decks.ts';
import { SLIDE_SIZE } from '../../contracts/slide-size.ts';

/** `npm run snapshot -- <deck-id> [<slide-id>…] [--out <dir>]` or `npm run snapshot -- --all [--size WxH] [--out <dir>]` */
export interface SnapshotArgs {
  readonly deck: string;
  /** Empty: every slide of the deck. */
  readonly slides: readonly string[];
  /** null: dist/snapshots, which the built gallery then offers. */
  readonly out: string | null;
}

/** `--all`: every slide of every deck and edition, photographed in the deck page, on one contact sheet. */
export interface ContactSheetArgs {
  readonly all: true;
  readonly width: number;
  readonly height: number;
  /** null: dist/contact-sheet/<width>x<height>. */
  readonly out: string | null;
  /** --deck <id> (repeatable): only these decks; empty: all. */
  readonly decks: readonly string[];
}

export const SNAPSHOT_USAGE =
  'usage: npm run snapshot -- <deck-id> [<slide-id>…] [--out <dir>]\n' +
  '       npm run snapshot -- --all [--size 1280x720|1920x1080] [--deck <id>…] [--out <dir>]';

export class SnapshotUsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${SNAPSHOT_USAGE}`);
    this.name = 'SnapshotUsageError';
  }
}

function parseSize(text: string): { width: number; height: number } {
  const match = /^(\d{3,4})x(\d{3,4})$/.exec(text);
  if (!match) throw new SnapshotUsageError(`--size must be WIDTHxHEIGHT such as 1920x1080, not “${text}”`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

function checkDecks(ids: readonly string[], known: readonly string[]): void {
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new SnapshotUsageError(`unknown deck ${unknown.map((id) => `“${id}”`).join(', ')}; decks: ${known.join(', ')}`);
}

/** Parses and checks the arguments, deck ids included, before anything is built. */
export function parseSnapshotArgs(argv: readonly string[], knownDecks: readonly string[] = DECKS.map((deck) => deck.id)): SnapshotArgs | ContactSheetArgs {
  const ids: string[] = [];
  let out: string | null = null;
  let all = false;
  let size: { width: number; height: number } | null = null;
  const decks: string[] = [];
  const valueOf = (name: string, inline: string | undefined, next: string | undefined): string => {
    const value = inline ?? next;
    if (value === undefined || value === '') throw new SnapshotUsageError(name === '--out' ? '--out needs a directory' : `${name} needs a value`);
    return value;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--out' || name === '--size' || name === '--deck') {
      const value = valueOf(name, inline, inline === undefined ? argv[i + 1] : undefined);
      if (inline === undefined) i += 1;
      if (name === '--out') out = value;
      else if (name === '--deck') decks.push(value);
      else size = parseSize(value);
    } else if (arg === '--all') {
      all = true;
    } else if (arg.startsWith('-')) {
      throw new SnapshotUsageError(`unknown option ${arg}`);
    } else {
      ids.push(arg);
    }
  }
  if (all) {
    if (ids.length > 0) throw new SnapshotUsageError('--all photographs every deck: give no deck or slide ids with it');
    checkDecks(decks, knownDecks);
    return { all: true, width: size?.width ?? SLIDE_SIZE.width, height: size?.height ?? SLIDE_SIZE.height, out, decks };
  }
  if (size !== null || decks.length > 0) throw new SnapshotUsageError('--size and --deck go with --all');
  const [deck, ...slides] = ids;
  if (deck === undefined) throw new SnapshotUsageError('give a deck id, or --all');
  checkDecks([deck], knownDecks);
  return { deck, slides, out };
}
