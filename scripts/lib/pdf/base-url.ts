import { UsageError } from './errors.ts';

/**
 * `--base-url`: where the built site (dist/) is published, e.g. https://example.org/talks/hu-dian/.
 * Must be an absolute http(s) address without credentials, query or fragment; the path is taken as a
 * folder ("…/hu-dian" and "…/hu-dian/" are the same), so `data/figures.json` lands beside `slides/`.
 */
export function parseBaseUrl(value: string): URL {
  const problem = (why: string): UsageError =>
    new UsageError(`--base-url must be the published site's address, an absolute http:// or https:// URL such as https://example.org/talks/hu-dian/ (${why}), got "${value}"`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw problem('not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw problem(`${url.protocol} is not http or https`);
  if (url.username !== '' || url.password !== '') throw problem('no user name or password in it');
  if (url.search !== '' || url.hash !== '') throw problem('no ?query or #fragment');
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}
