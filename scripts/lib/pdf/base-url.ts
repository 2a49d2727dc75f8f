import { baseUrlProblem, publishedAddress } from '../../../site/site-base-url.ts';
import { UsageError } from '../cli/errors.ts';

/**
 * `--base-url`: where the built site (dist/) is published, e.g. https://example.org/talks/hu-dian/,
 * read as DECKS_BASE_URL is (site/site-base-url.ts publishedAddress): an absolute http(s) address
 * with a host name, without credentials, query or fragment; the path is taken as a folder, so
 * `data/figures.json` lands beside `slides/`. A bad value is a UsageError naming --base-url.
 */
export function parseBaseUrl(value: string): URL {
  return publishedAddress(value, (why) => new UsageError(baseUrlProblem('--base-url', value, why)));
}
