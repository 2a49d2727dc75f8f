/**
 * The failures the exporters (pdf, pptx, snapshot) share, each with a message a person can act on.
 * The command prints `<command>: <message>` and exits 2 for a UsageError, 1 for anything else
 * (scripts/lib/cli/run.ts).
 */
export class ExportError extends Error {
  override readonly name: string = 'ExportError';
}

/** Bad arguments: nothing was built, launched or written. */
export class UsageError extends ExportError {
  override readonly name: string = 'UsageError';
}

export class UnknownDeckError extends UsageError {
  override readonly name = 'UnknownDeckError';
  constructor(readonly unknown: readonly string[], readonly known: readonly string[]) {
    super(`Unknown deck id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known decks: ${known.join(', ')}.`);
  }
}

/** A cause's message as the middle of a sentence: without its own closing full stop. */
function clause(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).trim().replace(/\.+$/, '');
}

/**
 * The output directory (--out, or its default) cannot be made or written. `files` names what the
 * command writes: "PDFs", "PowerPoint files", "snapshots".
 */
export class OutputNotWritableError extends ExportError {
  override readonly name = 'OutputNotWritableError';
  constructor(readonly dir: string, cause: unknown, readonly files: string) {
    super(`Cannot write ${files} to ${dir}: ${clause(cause)}. Choose another directory with --out <dir>.`);
  }
}
