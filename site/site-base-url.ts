import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireScannableQrCodes } from './qr-fit.ts';

/** The environment variable that names where the built site is published (QR codes, oEmbed). */
export const BASE_URL_ENV = 'DECKS_BASE_URL';
/** The package.json field that does the same when the variable is not set. */
export const BASE_URL_FIELD = 'decksBaseUrl';

/**
 * Where the built site is published, e.g. https://example.org/talks/hu-dian/, as an absolute http(s)
 * folder URL: from DECKS_BASE_URL, else package.json's "decksBaseUrl"; undefined when neither is set
 * (the site itself needs none: every link in it is relative). Throws naming the source when malformed
 * or too long for the QR codes.
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
  const source = `package.json "${BASE_URL_FIELD}"`;
  if (typeof field !== 'string') throw new Error(`${source} must be a URL string`);
  return parseSiteBaseUrl(field, source);
}

/** DECKS_BASE_URL (or package.json "decksBaseUrl"): a published address (publishedAddress) whose QR codes scan (qr-fit.ts). */
export function parseSiteBaseUrl(value: string, source: string): URL {
  const url = publishedAddress(value, (why) => new Error(baseUrlProblem(source, value, why)));
  requireScannableQrCodes(url, source);
  return url;
}

/** The message for a value that is not a published address, naming where it came from. */
export function baseUrlProblem(source: string, value: string, why: string): string {
  return `${source} must be the published site's address, an absolute http:// or https:// URL such as https://example.org/talks/hu-dian/ (${why}), got "${value}"`;
}

/** A DNS name (each label letters, digits and inner hyphens; IDNs arrive as xn--…): what URL accepts beyond it (quotes, <, {, …) is no host. */
const HOST_NAME = /^(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))*\.?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The one reading of a published address, for DECKS_BASE_URL at build and `npm run pdf --base-url`:
 * an absolute http(s) URL with a real host name (or IP address), without user name, password, query
 * or fragment — not even an empty `?` or `#` at the end, which URL would silently drop — and without
 * spaces, control characters or backslashes, which URL would silently remove or turn into “/”. The
 * path is taken as a folder (“…/hu-dian” and “…/hu-dian/” are the same). `fail` makes the error from
 * the reason.
 */
export function publishedAddress(value: string, fail: (why: string) => Error): URL {
  const text = value.trim();
  if (/[\u0000-\u0020\u007f\\]/.test(text)) throw fail('no spaces, control characters or backslashes');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail('not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail(`${url.protocol} is not http or https`);
  if (url.username !== '' || url.password !== '') throw fail('no user name or password in it');
  if (/[?#]/.test(text)) throw fail('no ?query or #fragment');
  const host = url.hostname;
  if (!(host.startsWith('[') || IPV4.test(host) || HOST_NAME.test(host))) throw fail(`"${host}" is not a host name`);
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}
