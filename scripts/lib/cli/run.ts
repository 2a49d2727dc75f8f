import { UsageError } from './errors.ts';

/** Exit codes of a command stopped by a signal, as a shell reports them (128 + the signal's number). */
const SIGNAL_EXIT: Readonly<Partial<Record<NodeJS.Signals, number>>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Runs one exporter command (pdf, pptx, snapshot) the same way for all three:
 *
 * - a failure prints `<name>: <message>` and exits 2 for bad arguments (UsageError), 1 otherwise;
 * - Ctrl-C (SIGINT), SIGTERM or SIGHUP prints `<name>: interrupted` and exits 130 (143, 129) at once.
 *   Without this, Playwright's own handler closed the browser under the running export and the
 *   command reported the browser's complaint ("Printing failed", "Target page … has been closed")
 *   as a failure. Registered before the command starts, this listener runs before any a library adds
 *   later, and exiting closes the browser (Playwright kills it on exit). Files are written to a
 *   temporary name and renamed in one synchronous step, so an interruption leaves no half file.
 */
export function runCommand(name: string, main: () => Promise<void>): void {
  let interrupted = false;
  const stop = (signal: NodeJS.Signals): void => {
    interrupted = true;
    console.error(`${name}: interrupted${signal === 'SIGINT' ? '' : ` (${signal})`}`);
    process.exit(SIGNAL_EXIT[signal] ?? 1);
  };
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) process.once(signal, stop);
  main().catch((error: unknown) => {
    // A Ctrl-C in a terminal reaches the browser too, and its failure can arrive in the same turn as
    // the signal: report it only once pending signals have been handled, and not at all after one.
    setImmediate(() => {
      if (interrupted) return;
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = error instanceof UsageError ? 2 : 1;
    });
  });
}
