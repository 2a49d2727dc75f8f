import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DeckId } from '../../../ledger/types.ts';
import type { Lang } from '../../../contracts/lang.ts';
import { requireKnownDecks } from '../deck-ids.ts';
import { UsageError } from './errors.ts';

/**
 * The arguments pdf, pptx and snapshot share, read one way: --deck (repeatable, checked against
 * slides/decks.ts), --lang (the same spellings everywhere), --out, --help. Each command adds its own
 * options; every problem is a UsageError with the command's usage below it.
 */

/** The usage lines of the shared options, so every command describes them in the same words. */
export const DECK_USAGE = '  --deck <id>     only this deck (repeatable; default: every deck)';
export const LANG_USAGE = '  --lang <lang>   only this edition: zh-CN (or zh) or en (default: both)';
export const OUT_USAGE = '  --out <dir>     output directory';

/** The spellings --lang accepts, for the two editions. */
const LANG_SPELLINGS: Readonly<Record<string, Lang>> = { 'zh-CN': 'zh-CN', 'zh-cn': 'zh-CN', zh: 'zh-CN', en: 'en' };

/** The option table node:util parseArgs takes. */
type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with any error turned into a UsageError followed by `usage`. */
export function parseCommandLine<const T extends OptionTable>(argv: readonly string[], options: T, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }
}

/** For a command that takes no positional arguments. */
export function refusePositionals(positionals: readonly string[], usage: string): void {
  const [first] = positionals;
  if (first !== undefined) throw new UsageError(`Unexpected argument '${first}': this command takes options only\n\n${usage}`);
}

/** --deck values: each named, each known (UnknownDeckError lists the known ones), each once, in the order given. */
export function deckOption(values: readonly string[] | undefined, usage: string): DeckId[] {
  const named = values ?? [];
  for (const id of named) if (id.trim() === '') throw new UsageError(`--deck needs a deck id\n\n${usage}`);
  return [...new Set(requireKnownDecks(named))];
}

/** --lang: zh-CN (also zh, zh-cn) or en; undefined when not given. */
export function langOption(value: string | undefined, usage: string): Lang | undefined {
  if (value === undefined) return undefined;
  const lang = LANG_SPELLINGS[value];
  if (!lang) throw new UsageError(`--lang must be zh-CN (or zh) or en, got "${value}"\n\n${usage}`);
  return lang;
}

/** --out as an absolute path (relative to `cwd`); `fallback` when not given. */
export function outOption(value: string | undefined, cwd: string, fallback: string, usage: string): string;
export function outOption(value: string | undefined, cwd: string, fallback: null, usage: string): string | null;
export function outOption(value: string | undefined, cwd: string, fallback: string | null, usage: string): string | null {
  if (value === undefined) return fallback === null ? null : resolve(cwd, fallback);
  if (value.trim() === '') throw new UsageError(`--out needs a directory\n\n${usage}`);
  return resolve(cwd, value);
}
