import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';

/** The Content-Security-Policy the hosted site must work under (issue 7), unrelaxed. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors *; object-src 'none'; base-uri 'self'";

/**
 * reveal.js's print view (?print-pdf) writes these two <style> elements itself, and there is no
 * option to stop it: the page size for printing and a cap on media size. Their text is fixed by
 * our 1280×720 slides with margin 0, so style-src allows exactly them by hash, nothing else inline.
 */
export const REVEAL_PRINT_STYLES: readonly string[] = [
  '@page{size:1280px 720px; margin: 0px;}',
  '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}',
];

export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The policy the site is served with: STRICT_CSP with style-src relaxed by the two hashes above only. */
export const SITE_CSP = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${REVEAL_PRINT_STYLES.map(styleHash).join(' ')}`);

interface ViolationWindow {
  reportCspViolation?: (text: string) => void;
}

/**
 * Watches every page, popup and frame of a context and lists what must never happen: a CSP
 * violation, a request outside `siteUrl` (aborted as well), an HTTP error such as a 404,
 * a console error or an uncaught exception.
 */
export async function guardContext(context: BrowserContext, siteUrl: string): Promise<string[]> {
  const problems: string[] = [];
  await context.exposeBinding('reportCspViolation', ({ frame }, text: string) => {
    problems.push(`CSP violation on ${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as ViolationWindow).reportCspViolation;
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const onSite = (url: string): boolean => url.startsWith(siteUrl) || /^(data|blob|about):/.test(url);
  await context.route(
    (url) => !onSite(url.href),
    async (route) => {
      problems.push(`request off the site: ${route.request().url()}`);
      await route.abort();
    },
  );
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  return problems;
}

/** Links leaving the page in a new window or to another site that lack rel="noopener noreferrer". */
export async function unsafeLinks(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (anchors) =>
    anchors
      .filter((a) => {
        const anchor = a as HTMLAnchorElement;
        const external = /^https?:/.test(anchor.getAttribute('href') ?? '') && anchor.origin !== window.location.origin;
        const newWindow = anchor.target !== '' && anchor.target !== '_self';
        const rel = anchor.rel.split(/\s+/);
        return (external || newWindow) && !(rel.includes('noopener') && rel.includes('noreferrer'));
      })
      .map((a) => a.outerHTML.slice(0, 160)),
  );
}
