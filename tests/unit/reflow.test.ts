import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD_OPTIONS } from '../../charts/builders/options.ts';
import { CHARTS } from '../../charts/catalog/index.ts';
import { breakLines } from '../../charts/plugins/placeholder-marks.ts';
import { PHRASE_BREAK, withoutPhraseBreaks } from '../../charts/phrases.ts';
import { markPhrases } from '../../charts/builders/phrases.ts';
import { wrapLabel } from '../../charts/builders/wrap-label.ts';
import { chooseView, COMPACT_EMBED_MAX_WIDTH, READ_VIEW_MAX_WIDTH, requestedView } from '../../runtime/deck/view-mode.ts';
import { currentIndex, hashFor, slideFromHash } from '../../runtime/read/position.ts';
import { MIN_CHART_TEXT, reflowChartConfig, reflowChartHeight, rewrapLabel } from '../../runtime/read/reflow-chart-config.ts';

const base = { search: '', print: false, embedSlide: null, preview: false } as const;

describe('which view a deck page shows (view-mode.ts)', () => {
  it('reads ?view=read and ?view=slides, nothing else', () => {
    expect(requestedView('?view=read')).toBe('read');
    expect(requestedView('?a=1&view=slides')).toBe('slides');
    expect(requestedView('?view=print')).toBeNull();
    expect(requestedView('')).toBeNull();
  });

  it('a phone in portrait reads, a phone in landscape and a desktop get slides', () => {
    expect(chooseView({ ...base, width: 360 })).toBe('read');
    expect(chooseView({ ...base, width: 414 })).toBe('read');
    expect(chooseView({ ...base, width: READ_VIEW_MAX_WIDTH - 1 })).toBe('read');
    expect(chooseView({ ...base, width: READ_VIEW_MAX_WIDTH })).toBe('slides');
    expect(chooseView({ ...base, width: 844 })).toBe('slides');
    expect(chooseView({ ...base, width: 1280 })).toBe('slides');
  });

  it('the URL wins over the width; print and presenter previews are always slides', () => {
    expect(chooseView({ ...base, search: '?view=read', width: 1920 })).toBe('read');
    expect(chooseView({ ...base, search: '?view=slides', width: 360 })).toBe('slides');
    expect(chooseView({ ...base, print: true, search: '?view=read', width: 360 })).toBe('slides');
    expect(chooseView({ ...base, preview: true, width: 300 })).toBe('slides');
  });

  it('an embed is compact below 800 px, the slide from 800 px, whatever ?view says', () => {
    for (const width of [320, 360, 480, 600, COMPACT_EMBED_MAX_WIDTH - 1]) expect(chooseView({ ...base, embedSlide: 'x', width })).toBe('compact-embed');
    for (const width of [800, 1920]) expect(chooseView({ ...base, embedSlide: 'x', width, search: '?view=read' })).toBe('slides');
  });
});

describe('the reader’s position (read-view-position.ts)', () => {
  const ids = ['title', 'expo-sales', 'gaps'];
  it('finds the slide a hash names, by id or reveal index', () => {
    expect(slideFromHash('#/expo-sales', ids)).toBe('expo-sales');
    expect(slideFromHash('#/2', ids)).toBe('gaps');
    expect(slideFromHash('#/expo-sales/1', ids)).toBe('expo-sales');
    expect(slideFromHash('#/nope', ids)).toBeNull();
    expect(slideFromHash('#/9', ids)).toBeNull();
    expect(slideFromHash('', ids)).toBeNull();
    expect(slideFromHash('#/%E0%A4%A', ids)).toBeNull();
    expect(hashFor('expo-sales')).toBe('#/expo-sales');
  });

  it('the current slide is the last whose top passed a third of the screen; the last at the end of the page', () => {
    expect(currentIndex([0, 700, 1400], 900, false)).toBe(0);
    expect(currentIndex([-500, 200, 900], 900, false)).toBe(1);
    expect(currentIndex([-500, 350, 900], 900, false)).toBe(0);
    expect(currentIndex([-1500, -800, 100], 900, true)).toBe(2);
    expect(currentIndex([], 900, false)).toBe(-1);
  });
});

describe('charts reflowed for a phone column (reflow-chart-config.ts)', () => {
  for (const spec of CHARTS) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${spec.id} (${lang}): text ≥ ${MIN_CHART_TEXT} px and ≤ 14 px, data and marks untouched, no label line starting with closing punctuation`, () => {
        const slide = spec.build({ ...DEFAULT_BUILD_OPTIONS, lang });
        const reflowed = reflowChartConfig(slide, { width: 320, lang });
        // The figures are the slide's (the ledger's): only presentation changes.
        expect(reflowed.data.datasets.map((dataset) => dataset.data)).toEqual(slide.data.datasets.map((dataset) => dataset.data));
        expect(reflowed.options?.plugins?.placeholderMarks?.marks).toEqual(slide.options?.plugins?.placeholderMarks?.marks);
        expect(reflowed.options?.plugins?.valueLabels?.labels).toEqual(slide.options?.plugins?.valueLabels?.labels);
        const joined = (label: unknown): string => withoutPhraseBreaks(Array.isArray(label) ? label.join('') : String(label)).replace(/\s/g, '');
        expect((reflowed.data.labels ?? []).map(joined)).toEqual((slide.data.labels ?? []).map(joined));
        for (const label of reflowed.data.labels ?? []) {
          for (const line of Array.isArray(label) ? label : [label]) expect(String(line)).not.toMatch(/^[”’」』）》，。、：；！？]/u);
        }
        for (const axis of Object.values(reflowed.options?.scales ?? {})) {
          const size = (axis as { ticks?: { font?: { size?: number } } }).ticks?.font?.size ?? 0;
          expect(size).toBeGreaterThanOrEqual(MIN_CHART_TEXT);
          expect(size).toBeLessThanOrEqual(14);
        }
        const scale = reflowed.options?.plugins?.valueLabels?.scale ?? 1;
        expect(Math.round(22 * scale)).toBeGreaterThanOrEqual(MIN_CHART_TEXT);
        expect(reflowChartHeight(reflowed, 320)).toBeGreaterThanOrEqual(200);
        expect(reflowChartHeight(reflowed, 320)).toBeLessThanOrEqual(560);
        // The slide's own configuration is not changed.
        expect(JSON.stringify(slide)).toEqual(JSON.stringify(spec.build({ ...DEFAULT_BUILD_OPTIONS, lang })));
      });
    }
  }

  it('re-wraps category labels without starting a line with closing punctuation', () => {
    expect(rewrapLabel('“10·17”展销订单', 'zh-CN', 5)).toEqual(['“10·17”', '展销订单']);
    expect(rewrapLabel('短', 'zh-CN', 5)).toBe('短');
  });

  it('re-wraps a label the build marked only between its phrases, the same places as the slide and the PowerPoint', () => {
    const slide = wrapLabel('宁洱县咖啡价格保险试点的年份', 'zh-CN', 8);
    const lines = rewrapLabel(slide, 'zh-CN', 5) as string[];
    const phrases = markPhrases('宁洱县咖啡价格保险试点的年份').split(PHRASE_BREAK);
    // Every line is whole phrases: no line ends or starts inside one.
    for (const line of lines) expect(phrases).toEqual(expect.arrayContaining(line.split(PHRASE_BREAK)));
    expect(lines.map(withoutPhraseBreaks).join('')).toBe('宁洱县咖啡价格保险试点的年份');
    expect(lines.map(withoutPhraseBreaks)).not.toContain('宁');
  });
});

describe('placeholder words broken into lines (placeholder-marks.ts)', () => {
  const measure = (text: string): number => [...text].length * 10;
  it('breaks Chinese between characters, never inside a quoted term or a number, nor before closing punctuation', () => {
    const lines = breakLines('94万元以上（原文显示“94.万元”）', 60, measure);
    expect(lines.join('')).toBe('94万元以上（原文显示“94.万元”）');
    expect(lines.some((line) => line.includes('“94.万元”'))).toBe(true);
    expect(lines.every((line) => !/^[）”]/u.test(line))).toBe(true);
  });
  it('moves the unit before closing punctuation down with it rather than overflow', () => {
    const lines = breakLines('原文显示“0户”）', 80, measure);
    expect(lines.every((line) => measure(line) <= 80)).toBe(true);
    expect(lines.join('')).toBe('原文显示“0户”）');
    expect(lines.at(-1)).toBe('“0户”）');
  });
  it('breaks English between words', () => {
    expect(breakLines('not given in the article', 100, measure)).toEqual(['not given', 'in the', 'article']);
  });
});
