import type { Chart as ChartInstance } from 'chart.js';
import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';
import type { DeckRuntimeConfig } from './config.ts';
import { isPrintLayoutReady } from './print-mode.ts';
import { drawChartBeside } from '../shared/draw-chart.ts';

/**
 * The charts of the print view (?print-pdf): every chart of the deck drawn at once, without
 * animation, at a backing store sharp enough for a PDF, as soon as reveal has laid out its pages
 * ('pdf-ready', or already done when this binds). A canvas gets data-chart-ready once drawn.
 */
export class PrintCharts implements Controller {
  private readonly charts = new Map<HTMLCanvasElement, ChartInstance<'bar'>>();
  private readonly onPdfReady = (): void => this.drawAll();

  constructor(
    private readonly deck: Pick<RevealApi, 'on' | 'off'>,
    private readonly config: Pick<DeckRuntimeConfig, 'printPixelRatio'>,
  ) {}

  bind(): void {
    this.deck.on('pdf-ready', this.onPdfReady);
    if (isPrintLayoutReady()) this.drawAll();
  }

  unbind(): void {
    this.deck.off('pdf-ready', this.onPdfReady);
    for (const chart of this.charts.values()) chart.destroy();
    this.charts.clear();
  }

  private drawAll(): void {
    const pixelRatio = Math.max(this.config.printPixelRatio, window.devicePixelRatio || 1);
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.reveal canvas[data-chart-id]')) {
      if (!this.charts.has(canvas)) this.charts.set(canvas, drawChartBeside(canvas, false, pixelRatio));
    }
  }
}
