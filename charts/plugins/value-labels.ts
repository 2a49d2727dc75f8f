import type { Plugin } from 'chart.js';
import type { ValueLabelsOptions } from './types.ts';

/** Writes each bar's value at its end, so no one has to read it off an axis. */
export const valueLabelsPlugin: Plugin<'bar', ValueLabelsOptions> = {
  id: 'valueLabels',
  defaults: { labels: [], color: '#1D232A', font: 'sans-serif' },
  afterDatasetsDraw(chart, _args, options) {
    const horizontal = chart.options.indexAxis === 'y';
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.font = `700 22px ${options.font}`;
    chart.data.datasets.forEach((_dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      meta.data.forEach((element, index) => {
        const text = options.labels[datasetIndex]?.[index];
        if (!text) return;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, x + 10, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, y - 8);
        }
      });
    });
    ctx.restore();
  },
};
