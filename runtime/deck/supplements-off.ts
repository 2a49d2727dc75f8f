/**
 * `?supplements=off`: the deck as the article alone. Figures supplied from other sources
 * (assets/supplements.csv) are written into the page by the build, each piece marked; this removes
 * every one before anything is shown or drawn: the marks beside the gaps, the gaps slide's “supplied” words,
 * the notes' sources, the figures' data-supplement attributes, and each chart's supplied bars (the
 * chart's article-only configuration, written beside it, replaces the one with supplements).
 */
export { supplementsOff } from './supplements-query.ts';

export function removeSupplements(root: ParentNode): void {
  for (const element of root.querySelectorAll('[data-supplement-only]')) element.remove();
  for (const element of root.querySelectorAll<HTMLElement>('[data-supplement]')) {
    element.removeAttribute('data-supplement');
    element.removeAttribute('data-supplement-source');
    element.classList.remove('fig--supplied');
  }
  for (const article of root.querySelectorAll('script[data-chart-config-article]')) {
    const config = article.parentElement?.querySelector('script[data-chart-config]');
    if (config) config.textContent = article.textContent;
    article.remove();
  }
  for (const item of root.querySelectorAll('.gap-item--supplied')) item.classList.remove('gap-item--supplied');
  // The other edition opens as the article alone too.
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
    const [base = '', hash] = (link.getAttribute('href') ?? '').split('#');
    link.setAttribute('href', `${base}${base.includes('?') ? '&' : '?'}supplements=off${hash === undefined ? '' : `#${hash}`}`);
  }
  // What the page says without supplements, where it says something else with them (the source slide's notes).
  for (const element of root.querySelectorAll<HTMLElement>('[data-supplement-article]')) {
    element.hidden = false;
    element.removeAttribute('data-supplement-article');
  }
}
