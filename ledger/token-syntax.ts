/**
 * The figure token syntax for hand-written text: `{ledger-id}`, `{ledger-id|number}`,
 * `{ledger-id|printed}`. ledger/format.ts renders tokens; ledger/typed-digits.ts skips them.
 */
export const FIGURE_TOKEN_SOURCE = String.raw`\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|(number|printed))?\}`;

const WHOLE_TOKEN = new RegExp(`^${FIGURE_TOKEN_SOURCE}$`);
const OPEN = new Set(['{', '｛']);
const CLOSE = new Set(['}', '｝']);

/** A brace span in text: a valid token (id and form), or something that looks like one and is not. */
export type TokenSpan =
  | { readonly kind: 'token'; readonly token: string; readonly id: string; readonly form: 'number' | 'printed' | undefined }
  | { readonly kind: 'malformed'; readonly token: string; readonly problem: string };

/** Why a brace span that is not a valid token is wrong, in words a writer can act on. */
function diagnose(span: string, nested: boolean): string {
  if (nested) return 'braces inside a token; a token is one {ledger-id}, {ledger-id|number} or {ledger-id|printed}, never nested';
  if (/[｛｝]/.test(span)) return 'full-width braces; a token is written with ASCII braces, {ledger-id}';
  if (!span.startsWith('{')) return 'a closing brace with no token before it';
  if (!span.endsWith('}')) return 'an opening brace that is never closed';
  const inner = span.slice(1, -1);
  if (inner.trim() === '') return 'an empty token';
  if (/\s/.test(inner)) return 'white space inside a token; write {ledger-id} with nothing around the id';
  const [id = '', ...forms] = inner.split('|');
  if (/[A-Z]/.test(id)) return `ids are lower-case kebab-case: “${id.toLowerCase()}”, not “${id}”`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return `“${id}” is not a ledger id (lower-case kebab-case ASCII: a-z, 0-9, -)`;
  if (forms.length > 1) return 'more than one “|” in a token';
  return `unknown form “|${forms[0] ?? ''}”; the forms are {${id}} (the figure as a slide shows it), {${id}|number} and {${id}|printed}`;
}

/**
 * Every brace span of a text, in order: valid figure tokens, and anything else written with a
 * brace (`{id|num}`, `{ id }`, `{Xishuangbanna-…}`, `{a-{b|number}}`, `｛id｝`, a lone `{` or `}`),
 * each with the reason it is not a token. Hand-written text has no other use for braces.
 */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let depth = 0;
  let start = 0;
  let nested = false;
  const add = (token: string, isNested: boolean): void => {
    const match = isNested ? null : WHOLE_TOKEN.exec(token);
    if (match) spans.push({ kind: 'token', token, id: match[1] ?? '', form: match[2] as 'number' | 'printed' | undefined });
    else spans.push({ kind: 'malformed', token, problem: diagnose(token, isNested) });
  };
  [...text].forEach((char, index, chars) => {
    if (OPEN.has(char)) {
      if (depth === 0) {
        start = index;
        nested = false;
      } else nested = true;
      depth += 1;
    } else if (CLOSE.has(char)) {
      if (depth === 0) return add(char, false);
      depth -= 1;
      if (depth === 0) add(chars.slice(start, index + 1).join(''), nested);
    }
  });
  if (depth > 0) add([...text].slice(start, start + 40).join(''), nested);
  return spans;
}

/**
 * What is wrong with the figure tokens of a text where tokens are rendered (titles, labels, notes,
 * subtitles), one line each: a malformed token, a token naming no entry, `|printed` on a figure
 * that has no printed text. `lookup` finds an entry by id (undefined when there is none).
 */
export function figureTokenProblems(text: string, lookup: (id: string) => { readonly printed?: string } | undefined): string[] {
  return tokenSpans(text).flatMap((span) => {
    if (span.kind === 'malformed') return [`“${span.token}” is not a figure token: ${span.problem}`];
    const figure = lookup(span.id);
    if (!figure) return [`token “${span.token}” names no ledger entry`];
    if (span.form === 'printed' && figure.printed === undefined) return [`token “${span.token}”: “${span.id}” is not a damaged figure and has no printed text`];
    return [];
  });
}

const TOKEN_ELSEWHERE = 'on a slide write <span data-figure="ledger-id"></span>, elsewhere take the number out of this text';

/** Where figure tokens are not rendered (slide HTML, units, quotes …) a token would show literally: every brace span is a problem. */
export function unrenderedTokenProblems(text: string): string[] {
  return tokenSpans(text).map((span) =>
    span.kind === 'token'
      ? `“${span.token}”: figure tokens are not rendered here and would show literally; ${TOKEN_ELSEWHERE}`
      : `“${span.token}” looks like a figure token and is not one (${span.problem}); ${TOKEN_ELSEWHERE}`,
  );
}

