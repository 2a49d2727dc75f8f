import type { Controller } from './controller.ts';
import type { Lang } from '../../contracts/lang.ts';

/**
 * The PNG and CSV buttons under each chart's data table (site/chart-table.ts): one delegated click
 * listener on the element holding the slides; the code that draws and saves the files
 * (shared/chart-download.ts) loads with import() on first use.
 */
export class ChartDownloads implements Controller {
  private readonly onClick = (event: Event): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-chart-download]') : null;
    const kind = button?.dataset.chartDownload;
    const figure = button?.closest<HTMLElement>('figure.chart');
    if (!button || !figure || (kind !== 'png' && kind !== 'csv')) return;
    event.preventDefault();
    void import('../shared/chart-download.ts').then(({ downloadChart }) => downloadChart(figure, kind, this.lang));
  };

  constructor(
    private readonly element: HTMLElement,
    /** The page's edition (config.ts): English files are named <chart>.en.png / .csv. */
    private readonly lang: Lang,
  ) {}

  bind(): void {
    this.element.addEventListener('click', this.onClick);
  }

  unbind(): void {
    this.element.removeEventListener('click', this.onClick);
  }
}
