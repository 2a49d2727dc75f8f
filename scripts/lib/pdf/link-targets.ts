/**
 * Where a link in the print view points in the PDF. The exporter serves dist/ at `siteUrl` (a
 * temporary 127.0.0.1 address), so a link to the site itself (data downloads, another slide or deck)
 * would be dead in the PDF. With the published site's address (`base`) it is rewritten to the same
 * path there; without one it is left out (null: the link's text stays, unlinked). Links elsewhere
 * (the article's URL, mailto:) stay as they are.
 */
export function printLinkTarget(href: string, siteUrl: string, base: URL | undefined): string | null {
  const site = new URL(siteUrl);
  let target: URL;
  try {
    target = new URL(href, site);
  } catch {
    return null;
  }
  if (target.origin !== site.origin) return target.href;
  if (!base) return null;
  const sitePath = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  // Outside the served folder nothing is published: no address to point at.
  if (!target.pathname.startsWith(sitePath)) return null;
  const published = new URL(target.pathname.slice(sitePath.length), base);
  published.search = target.search;
  published.hash = target.hash;
  return published.href;
}

/** True for an address on this machine (the export server, or anything else local): never in a PDF. */
export function isLocalAddress(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0';
}
