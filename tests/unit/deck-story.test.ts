import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks.ts';
import type { SiteData } from '../../site/site-data.ts';
import { storyProblems, type StoryProblem } from '../../site/story-rules.ts';
import type { Lang } from '../../ledger/format.ts';
import type { Figure } from '../../ledger/types.ts';

const root = resolve(import.meta.dirname, '../..');

let site: SiteData;
beforeAll(async () => {
  const { loadSiteData } = await import('../../site/site-data.ts');
  site = loadSiteData(root);
}, 120_000);

const EDITIONS = ['zh-CN', 'en'] as const satisfies readonly Lang[];

function problemsOf(deck: string, lang: Lang): StoryProblem[] {
  const rendered = (lang === 'en' ? site.englishDecks : site.decks).get(deck as never);
  if (!rendered) throw new Error(`${deck} (${lang}) was not rendered`);
  return storyProblems(rendered.html, deck, lang);
}

/** A page of slides as the build writes them, for the failing cases below. */
function page(...sections: string[]): string {
  return `<html><body><div class="reveal"><div class="slides">${sections.join('')}</div></div></body></html>`;
}
const slide = (id: string, body: string) => `<section id="${id}"><h2>${id}</h2>${body}<aside class="notes">原文未给出 原文未给出 <span data-figure="honghe-cadres"></span></aside></section>`;
const tile = (figure: string) => `<div class="tiles"><p class="tiles-heading">原文未给出</p><div class="tiles-row"><div class="tile"><span data-figure="${figure}" class="fig fig--omitted"><span class="fig-value">？年</span><span class="fig-gap"><span class="fig-sep">（</span>原文未给出<span class="fig-sep">）</span></span></span></div></div></div>`;
const known = (figure: string) => `<div class="hero"><span data-figure="${figure}" class="fig fig--stated"><span class="fig-value">57名</span></span><span class="hero-label">干部</span></div>`;
const gaps = slide('gaps', '<div data-gap-list><div class="gap-group"><ul class="gap-rows"><li class="gap-item"><span class="gap-label">年份</span><span data-figure="honghe-pu-arrival-year" class="fig fig--omitted"><span class="fig-value">？年</span><span class="fig-gap">原文未给出</span></span></li></ul></div></div>');
const honghe = (id: string): Figure => {
  const figure = { id, deck: 'honghe', label: id, value: 1, unit: '名', status: 'stated', quote: '57名' } as const;
  return figure as unknown as Figure;
};

/**
 * Slides that break a rule for now and are mended elsewhere; each is checked to still break it, so
 * this list fails, and is emptied, as they are mended. Empty since issue-21-visuals redesigned
 * xishuangbanna/jobs-offered (17 marks, the gap said once) and lijiang/expo-sales (the open-ended bar).
 */
const PENDING_ELSEWHERE: Readonly<Record<'tiles' | 'gap-words', readonly string[]>> = {
  tiles: [],
  'gap-words': [],
};

describe('every deck tells a story, in both editions (README: Story and chart rules)', () => {
  for (const deck of DECKS) {
    for (const lang of EDITIONS) {
      it(`${deck.id} (${lang}): at most a third of its content slides carry “？” tiles`, () => {
        const problems = problemsOf(deck.id, lang).filter((problem) => problem.rule === 'tiles');
        if (PENDING_ELSEWHERE.tiles.includes(deck.id)) expect(problems, `${deck.id} keeps the rule now: remove it from PENDING_ELSEWHERE`).toHaveLength(1);
        else expect(problems).toEqual([]);
      });
      it(`${deck.id} (${lang}): no slide says “原文未给出” / “not given in the article” more than once`, () => {
        const problems = problemsOf(deck.id, lang).filter((problem) => problem.rule === 'gap-words');
        const pending = PENDING_ELSEWHERE['gap-words'].filter((slide) => slide.startsWith(`${deck.id}/`)).map((slide) => slide.slice(deck.id.length + 1));
        expect(problems.filter((problem) => !pending.includes(problem.slide))).toEqual([]);
        for (const slide of pending) expect(problems.map((problem) => problem.slide), `${deck.id}/${slide} keeps the rule now: remove it from PENDING_ELSEWHERE`).toContain(slide);
      });
      it(`${deck.id} (${lang}): every figure of its ledger is on a slide or in its gaps list`, () => {
        expect(problemsOf(deck.id, lang).filter((problem) => problem.rule === 'coverage')).toEqual([]);
      });
      it(`${deck.id} (${lang}): a computed figure set large says it is computed`, () => {
        expect(problemsOf(deck.id, lang).filter((problem) => problem.rule === 'computed')).toEqual([]);
      });
    }
  }
});

describe('the story rules fail where they should (built-in failing cases)', () => {
  const figures = [honghe('honghe-cadres'), honghe('honghe-pu-arrival-year')];

  it('tiles: two of three content slides with “？” tiles is more than a third', () => {
    const html = page(slide('title', ''), slide('a', tile('honghe-pu-arrival-year')), slide('b', tile('honghe-pairing-start-year')), slide('c', known('honghe-cadres')), gaps);
    const problems = storyProblems(html, 'honghe', 'zh-CN', figures).filter((problem) => problem.rule === 'tiles');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('2 of 3 content slides');
    // One of three is allowed; a placeholder as a big number counts as a tile too.
    const allowed = page(slide('a', tile('honghe-pu-arrival-year')), slide('b', known('honghe-cadres')), slide('c', known('honghe-cadres')));
    expect(storyProblems(allowed, 'honghe', 'zh-CN', figures).filter((problem) => problem.rule === 'tiles')).toEqual([]);
    const big = page(slide('a', '<div class="big"><span data-figure="honghe-pu-arrival-year"></span></div>'), slide('b', tile('honghe-pairing-start-year')), slide('c', known('honghe-cadres')));
    expect(storyProblems(big, 'honghe', 'zh-CN', figures).filter((problem) => problem.rule === 'tiles')).toHaveLength(1);
  });

  it('gap-words: a slide that says “原文未给出” twice (its text and a chart’s “？” slot) fails; hidden words do not count', () => {
    const twice = page(slide('a', '<p>年份原文未给出。</p><p class="gap-note">金额原文未给出。</p>'));
    expect(storyProblems(twice, 'honghe', 'zh-CN', figures).map((problem) => `${problem.rule} ${problem.slide}`)).toContain('gap-words a');
    const chart = page(slide('a', '<p class="gap-note">年份原文未给出。</p><figure><div class="chart-canvas"><canvas></canvas><script type="application/json" data-chart-config>{"options":{"plugins":{"placeholderMarks":{"marks":[{"text":"原文未给出"}]}}}}</script></div></figure>'));
    expect(storyProblems(chart, 'honghe', 'zh-CN', figures).map((problem) => `${problem.rule} ${problem.slide}`)).toContain('gap-words a');
    const english = page(slide('a', '<p>The year is not given in the article.</p><p>Not given in the article: the amount.</p>'));
    expect(storyProblems(english, 'honghe', 'en', figures).map((problem) => problem.rule)).toContain('gap-words');
    // Once in a tile heading, the tile's own words hidden, and more in the notes: allowed.
    expect(storyProblems(page(slide('a', tile('honghe-pu-arrival-year')), gaps), 'honghe', 'zh-CN', figures).filter((problem) => problem.rule === 'gap-words')).toEqual([]);
  });

  it('coverage: a figure only in the notes, on no slide and in no gaps list, fails', () => {
    const html = page(slide('a', '<p>干部</p>'), gaps);
    const problems = storyProblems(html, 'honghe', 'zh-CN', figures).filter((problem) => problem.rule === 'coverage');
    expect(problems.map((problem) => problem.message)).toEqual(['figure “honghe-cadres” is on no slide and in no gaps list']);
    const inChart = page(slide('a', '<canvas data-figures="honghe-cadres"></canvas>'), gaps);
    expect(storyProblems(inChart, 'honghe', 'zh-CN', figures).filter((problem) => problem.rule === 'coverage')).toEqual([]);
  });

  it('computed: a computed figure set large without “计算值” in its label fails', () => {
    const html = page(slide('a', '<div class="hero"><span data-figure="puer-sugarcane-yield-change"></span><span class="hero-label">亩产变化</span></div>'));
    expect(storyProblems(html, 'puer', 'zh-CN', []).map((problem) => problem.rule)).toEqual(['computed']);
    const said = page(slide('a', '<div class="hero"><span data-figure="puer-sugarcane-yield-change"></span><span class="hero-label">亩产变化（计算值）</span></div>'));
    expect(storyProblems(said, 'puer', 'zh-CN', [])).toEqual([]);
  });
});
