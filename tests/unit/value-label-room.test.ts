import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { chartById } from '../../charts/catalog/index.ts';
import { makeRoomForLabels } from '../../charts/plugins/value-labels.ts';
import type { ValueLabelsOptions } from '../../charts/plugins/types.ts';
import { breakLines } from '../../charts/plugins/text-lines.ts';

/**
 * Issue 22 (PDF): the English honghe “pairs” chart printed “Honghe / 50 hospitals and / clinics” with its
 * top line cut off: on a short chart the wrapped label ran past the canvas top. The value labels plugin
 * now raises the value axis's suggested top before each layout so every label fits above its bar.
 * A stand-in chart (the built configuration, its geometry, a canvas that measures text as 0.55 em per
 * character) checks the arithmetic: where each label's top line would be, with the built top and after.
 */
const SIZE = 22;
function standIn(height: number) {
  const config = chartById('honghe-pairs').build({ font: 'sans-serif', lang: 'en' });
  const options = config.options?.plugins?.valueLabels as ValueLabelsOptions;
  const width = 1091;
  const top = 36;
  const area = { left: 8, right: width - 48, top, bottom: height - 70 };
  const chart = {
    config: { options: config.options },
    data: config.data,
    chartArea: area,
    width,
    height,
    ctx: { font: '', save() {}, restore() {}, measureText: (text: string) => ({ width: text.length * SIZE * 0.55 }) },
  } as unknown as Chart<'bar'>;
  /** The top of each label's first line, in canvas pixels, with the value axis up to `max`. */
  const labelTops = (max: number): number[] =>
    config.data.datasets.flatMap((dataset, d) =>
      dataset.data.map((value, i) => {
        const text = options.labels[d]?.[i] ?? '';
        const room = ((area.right - area.left) / 4) * 0.8;
        const measure = (part: string) => part.length * SIZE * 0.55;
        const lines = measure(text) > room ? breakLines(text, room, measure).length : 1;
        const barTop = area.bottom - ((value as number) / max) * (area.bottom - area.top);
        return barTop - 8 - (lines - 1) * SIZE * 1.2 - SIZE;
      }),
    );
  return { config, options, chart, labelTops };
}

describe('room above upright bars for their labels', () => {
  it('a short English pairs chart: with the built top a label runs past the canvas; after, every label is inside', () => {
    const { config, options, chart, labelTops } = standIn(300);
    const built = Number(config.options?.scales?.y?.suggestedMax);
    expect(Math.min(...labelTops(built))).toBeLessThan(0);
    makeRoomForLabels(chart, options);
    const raised = Number(config.options?.scales?.y?.suggestedMax);
    expect(raised).toBeGreaterThan(built);
    expect(Math.min(...labelTops(raised))).toBeGreaterThanOrEqual(0);
  });

  it('a tall chart whose labels fit keeps the built top', () => {
    const { config, options, chart } = standIn(700);
    const built = config.options?.scales?.y?.suggestedMax;
    makeRoomForLabels(chart, options);
    expect(config.options?.scales?.y?.suggestedMax).toBe(built);
  });
});
