/** `npm run snapshot -- <deck-id> [<slide-id>…] [--out <dir>]` */
export interface SnapshotArgs {
  readonly deck: string;
  /** Empty: every slide of the deck. */
  readonly slides: readonly string[];
  /** null: dist/snapshots, which the built gallery then offers. */
  readonly out: string | null;
}

export const SNAPSHOT_USAGE = 'usage: npm run snapshot -- <deck-id> [<slide-id>…] [--out <dir>]';

export class SnapshotUsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${SNAPSHOT_USAGE}`);
    this.name = 'SnapshotUsageError';
  }
}

export function parseSnapshotArgs(argv: readonly string[]): SnapshotArgs {
  const ids: string[] = [];
  let out: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--out') {
      const value = argv[i + 1];
      if (value === undefined || value === '') throw new SnapshotUsageError('--out needs a directory');
      out = value;
      i += 1;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (out === '') throw new SnapshotUsageError('--out needs a directory');
    } else if (arg.startsWith('-')) {
      throw new SnapshotUsageError(`unknown option ${arg}`);
    } else {
      ids.push(arg);
    }
  }
  const [deck, ...slides] = ids;
  if (deck === undefined) throw new SnapshotUsageError('give a deck id');
  return { deck, slides, out };
}
