import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { keepQuotedTermsTogether } from '../../site/keep-terms.ts';
import { pruneRevealCss } from '../../site/reveal-css-prune.ts';
import { figureInnerHtml, valueHtml } from '../../site/render-figure.ts';
import { figureFacts } from '../../site/model/figure-facts.ts';
import { figureById } from '../../ledger/lookup.ts';
import { figureText } from '../../ledger/format.ts';
import { FIGURES } from '../../ledger/figures.ts';

describe('quoted terms stay on one line', () => {
  it('wraps short quoted terms in nobr, leaves long quotes, scripts and attributes alone', () => {
    const root = parse('<section><p title="“上海兵”">当好“上海兵”和‘期货+保险’，“这是一句很长很长很长很长的引语不该整体不换行”</p><script>{"a":"“上海兵”"}</script></section>');
    keepQuotedTermsTogether(root);
    const html = root.toString();
    expect(html).toContain('<span class="nobr">“上海兵”</span>');
    expect(html).toContain('<span class="nobr">‘期货+保险’</span>');
    expect(html).not.toContain('<span class="nobr">“这是');
    expect(html).toContain('title="“上海兵”"');
    expect(html).toContain('<script>{"a":"“上海兵”"}</script>');
    expect(root.textContent).toBe('当好“上海兵”和‘期货+保险’，“这是一句很长很长很长很长的引语不该整体不换行”{"a":"“上海兵”"}');
  });
});

describe('figure typesetting', () => {
  it('splits a value into number and affixes without changing its text', () => {
    expect(valueHtml('4.88万个')).toBe('<span class="fig-num">4.88</span><span class="fig-affix">万个</span>');
    expect(valueHtml('about 2,871 jobs')).toBe('<span class="fig-affix">about </span><span class="fig-num">2,871</span><span class="fig-affix fig-unit-word"> jobs</span>');
    expect(valueHtml('？年')).toBe('<span class="fig-num">？</span><span class="fig-affix">年</span>');
  });

  it('flattened to text, every figure reads as figureText: value and printed words keep a separator', () => {
    for (const figure of FIGURES) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const text = parse(figureInnerHtml(figureFacts(figure, lang), lang)).textContent;
        if (figure.status === 'stated' || figure.status === 'derived') expect(text).toBe(figureText(figure, lang));
        else expect(text, figure.id).toMatch(lang === 'en' ? / \(.+\)$/ : /（.+）$/);
      }
    }
    expect(parse(figureInnerHtml(figureFacts(figureById('lijiang-expo-sales'), 'zh-CN'))).textContent).toBe('94万元以上（原文显示“94.万元”）');
    expect(parse(figureInnerHtml(figureFacts(figureById('lijiang-expo-sales'), 'en'), 'en')).textContent).toBe('at least 940,000 yuan (printed as “94.万元”)');
  });
});

describe('reveal.css pruning', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../node_modules/reveal.js/dist/reveal.css'), 'utf8');
  const pruned = pruneRevealCss(css);

  it('drops transitions and effects the decks never use', () => {
    expect(css).toContain('.reveal.convex');
    expect(pruned).not.toContain('.reveal.convex');
    expect(pruned).not.toContain('.fragment.grow');
    expect(pruned).not.toContain('.r-overlay');
    // Phones get the reading view, never reveal's scroll view.
    expect(pruned).not.toContain('.reveal-scroll');
    expect(pruned).not.toContain('.scroll-page');
    expect(pruned.length).toBeLessThan(css.length * 0.6);
  });

  it('keeps what they use: slide and fade transitions, print, overview, controls of a left-to-right deck', () => {
    for (const kept of ['.reveal.slide .slides', 'html.reveal-print', '.reveal.overview', '.reveal .controls .navigate-right', '.reveal:not(.rtl) .controls', '.reveal:not(.has-vertical-slides) .controls .navigate-left', '.reveal .slide-number']) {
      expect(pruned, kept).toContain(kept);
    }
    expect(pruned.split('{').length).toBe(pruned.split('}').length);
  });
});

describe('no unknown on a numeric axis, in any chart of the catalog', () => {
  it('plots exactly the known figures: an omitted or illegible figure is a null, never a 0 or a length', async () => {
    const { CHARTS } = await import('../../charts/catalog/index.ts');
    for (const chart of CHARTS) {
      if (chart.figures.length === 0) continue;
      for (const lang of ['zh-CN', 'en'] as const) {
        const config = chart.build({ font: 'sans-serif', lang });
        const values = config.data.datasets.flatMap((dataset) => dataset.data as (number | null)[]);
        const known = chart.figures.filter((id) => figureById(id).value !== null).length;
        expect(values.filter((value) => value !== null && Number.isFinite(value)).length, `${chart.id} ${lang}`).toBe(known);
        const max = (config.options?.scales?.x as { suggestedMax?: number } | undefined)?.suggestedMax ?? (config.options?.scales?.y as { suggestedMax?: number } | undefined)?.suggestedMax;
        const largest = Math.max(...values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)));
        // The axis is scaled by known values (twice the largest at most, for an open-ended lower bound).
        if (max !== undefined) expect(max, chart.id).toBeLessThanOrEqual(largest * 2 + 1e-9);
      }
    }
  });
});
