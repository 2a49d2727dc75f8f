import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that names where the built site is published (QR codes, oEmbed). */
export const BASE_URL_ENV = 'DECKS_BASE_URL';
/** The package.json field that does the same when the variable is not set. */
export const BASE_URL_FIELD = 'decksBaseUrl';

/**
 * Where the built site is published, e.g. https://example.org/talks/hu-dian/, as an absolute http(s)
 * folder URL: from DECKS_BASE_URL, else package.json's "decksBaseUrl"; undefined when neither is set
 * (the site itself needs none: every link in it is relative). Throws naming the source when malformed.
 */
export function siteBaseUrl(root: string, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const fromEnv = env[BASE_URL_ENV]?.trim();
  if (fromEnv) return parseSiteBaseUrl(fromEnv, BASE_URL_ENV);
  let field: unknown;
  try {
    field = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>)[BASE_URL_FIELD];
  } catch {
    return undefined;
  }
  if (field === undefined || field === '') return undefined;
  if (typeof field !== 'string') throw new Error(`package.json: "${BASE_URL_FIELD}" must be a URL string`);
  return parseSiteBaseUrl(field, `package.json "${BASE_URL_FIELD}"`);
}

export function parseSiteBaseUrl(value: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${source}: not a URL: "${value}" (expected e.g. https://example.org/talks/hu-dian/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${source}: must be http or https, got "${value}"`);
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') throw new Error(`${source}: no user, ?query or #fragment, got "${value}"`);
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}
