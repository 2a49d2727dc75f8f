import type { Chart as ChartInstance } from 'chart.js';
import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';
import type { DeckRuntimeConfig } from './config.ts';
import { isPrintLayoutReady } from './print-mode.ts';
import { chartConfigBeside, drawChart, sizeChartHolder } from '../shared/draw-chart.ts';
import { currentMask } from '../shared/chart-steps.ts';
import { maskedConfig } from '../../charts/steps.ts';
import { chartTextLayer, recordDrawnText } from './chart-text-layer.ts';

/**
 * The charts of the print view (?print-pdf): every chart of the deck drawn at once, without
 * animation (a chart built in steps at the step of its page), at a backing store sharp enough for a PDF, as soon as reveal has laid out its pages
 * ('pdf-ready', or already done when this binds). A canvas gets data-chart-ready once drawn.
 * Over each canvas lies the text the chart drew, transparent (chart-text-layer.ts): the PDF's text
 * holds the chart's values where they are drawn, and nothing is printed twice.
 */
export class PrintCharts implements Controller {
  private readonly charts = new Map<HTMLCanvasElement, ChartInstance<'bar'>>();
  private readonly layers: HTMLElement[] = [];
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
    for (const layer of this.layers.splice(0)) layer.remove();
  }

  private drawAll(): void {
    const pixelRatio = Math.max(this.config.printPixelRatio, window.devicePixelRatio || 1);
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.reveal canvas[data-chart-id]')) {
      if (this.charts.has(canvas)) continue;
      // A chart built in steps prints the step its page shows: the last one, or each in turn with --fragments.
      const { mask, label } = currentMask(canvas);
      const config = chartConfigBeside(canvas);
      sizeChartHolder(canvas);
      const chart = drawChart(canvas, mask ? maskedConfig(config, mask) : config, false, pixelRatio);
      this.charts.set(canvas, chart);
      if (label !== null) canvas.dataset.chartStep = label;
      // Drawn once more, the same pixels, to note where each text went.
      const layer = chartTextLayer(recordDrawnText(canvas, () => chart.draw()));
      canvas.after(layer);
      this.layers.push(layer);
    }
  }
}
