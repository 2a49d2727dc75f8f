import { escapeHtml } from '../common/escape-html.ts';

/**
 * An address as a reader sees it: without its scheme, a line breaking only after “/”, “.” or “-”
 * (<wbr> there; the stylesheet never breaks inside the rest), so “…/afhpz/3636.html” never splits
 * its number. The link's href keeps the full address.
 */
export function urlTextHtml(url: string): string {
  const shown = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return shown
    .split(/(?<=[/.-])/)
    .map((part) => escapeHtml(part))
    .join('<wbr>');
}
