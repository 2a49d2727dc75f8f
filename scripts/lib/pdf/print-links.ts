import type { Page } from 'playwright-core';
import { printLinkTarget } from './link-targets.ts';

export interface LinkRewrite {
  /** Links pointed at the published site. */
  readonly rewritten: number;
  /** Links to the export server left out (their text stays, unlinked). */
  readonly unlinked: number;
}

/**
 * Before page.pdf: every link in the print view that points at the export server (`siteUrl`) is
 * pointed at `base` (the published site) or, without one, turned into plain text. See printLinkTarget.
 */
export async function rewritePrintLinks(page: Page, siteUrl: string, base: URL | undefined): Promise<LinkRewrite> {
  const hrefs = await page.$$eval('a[href], area[href]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
  const absolute = hrefs.map((href) => new URL(href, page.url()).href);
  const targets = absolute.map((href) => printLinkTarget(href, siteUrl, base));
  await page.$$eval(
    'a[href], area[href]',
    (links, targets) => {
      links.forEach((link, index) => {
        const target = targets[index];
        if (target === undefined) return;
        if (target !== null) {
          link.setAttribute('href', target);
          return;
        }
        // Plain text in place of the link: same children and classes (a hidden link stays hidden), no address.
        const text = document.createElement('span');
        text.className = link.className;
        text.setAttribute('data-print-unlinked', '');
        text.append(...link.childNodes);
        link.replaceWith(text);
      });
    },
    targets,
  );
  return {
    rewritten: targets.filter((target, index) => target !== null && target !== absolute[index]).length,
    unlinked: targets.filter((target) => target === null).length,
  };
}
