import type { DeckEnglish } from '../english.ts';

export const EN: DeckEnglish = {
  title: 'Songjiang District and Xishuangbanna Prefecture join hands',
  subtitle: 'Leaving the mountains, seeing hope of prosperity',
  slides: {
    title: {
      html: `
  <p class="kicker">Shanghai–Yunnan pairing · Xishuangbanna</p>
  <h1 data-deck-title></h1>
  <p class="subtitle">Leaving the mountains, seeing hope of prosperity</p>
  <p class="byline">From Yunnan Net’s <span lang="zh-CN">《沪滇携手共谱扶贫协作新篇章》</span><span class="screen-only"> · Click or focus an underlined figure to see its sentence in the article</span> · <span class="nobr">1 <span lang="zh-CN">万</span> = 10,000</span></p>`,
      notes: 'This part is about labour cooperation between Shanghai’s Songjiang District and Xishuangbanna: job fairs, jobs, and poor workers helped out of the mountains. Many of this section’s figures are missing in the article; say clearly which ones we have and which we do not.',
    },
    'yang-xiaoqiang': {
      html: `
  <h2>Yang Xiaoqiang: from Huitang village in Menghai to Songjiang, Shanghai</h2>
  <div class="cols fill">
    <div class="stack">
      <p>Yang Xiaoqiang (<span lang="zh-CN">杨小强</span>), registered as poor in Huitang village, Menghai county, went to work for a company in Shanghai’s Songjiang District through a labour-cooperation project.</p>
      <p class="gap-note">The year he left is not given in the article: only “年” is left of it, <span data-figure="xishuangbanna-yang-migration-year"></span>.</p>
    </div>
    <blockquote><span class="quote-original" lang="zh-CN">“沪滇劳务协作转移就业，让这位贫困青年走出大山，不仅看到了脱贫致富的希望，更深切地感受到国家扶贫政策带来的红利。”</span><span class="translation">“Labour cooperation led this poor young man out of the mountains; he saw hope of prosperity and felt the benefits of the national poverty-relief policy.”</span><span class="who">— the article</span></blockquote>
  </div>`,
      notes: 'After the jobs, one person: Yang Xiaoqiang, a registered poor young man who went to work in Songjiang through Shanghai–Yunnan labour cooperation. The article’s sentence says he “left the mountains”, the section’s own headline. The article does not give the year he went; do not supply one.',
    },
    'jobs-offered': {
      html: `
  <h2><span data-figure="xishuangbanna-job-fairs"></span> offered <span data-figure="xishuangbanna-jobs-offered"></span></h2>
  <div class="unit-marks fill">
    <p class="unit-marks-each"><span data-figure="xishuangbanna-jobs-per-fair"></span><span class="computed-tag">computed</span><span class="unit-marks-each-label">per fair on average: jobs ÷ fairs</span></p>
    <div class="unit-marks-row-holder" data-unit-marks="xishuangbanna-job-fairs" data-unit-words="job fair"></div>
    <p class="unit-marks-key"><span class="unit-marks-swatch" aria-hidden="true"></span><span>one mark = one job fair</span><span class="unit-marks-gap">Counted since: <span data-figure="xishuangbanna-labour-start-year"></span></span></p>
    <p data-source-line></p>
  </div>`,
      notes: 'The one complete large figure of this section: <span data-figure="xishuangbanna-jobs-offered"></span> from <span data-figure="xishuangbanna-job-fairs"></span>, one mark per fair. <span data-figure="xishuangbanna-jobs-per-fair"></span> per fair is our computed average, not the article’s figure; the article does not give the fairs one by one. The article says “since ? year”: the start year is missing, so we cannot say how many per year. The rural public-service jobs are missing too; they are in the list of gaps at the end of this section.',
    },
    people: {
      html: `
  <h2>How many people left the mountains? The article does not say</h2>
  <div class="stack fill">
    <div class="tiles tiles--large"><p class="tiles-heading">Not given in the article</p><div class="tiles-row"><div class="tile"><span data-figure="xishuangbanna-transferred-workers"></span><span class="tile-label">Poor workers moved into jobs</span></div><div class="tile"><span data-figure="xishuangbanna-trained-technicians"></span><span class="tile-label">Technicians trained in Songjiang</span></div></div></div>
    <p class="note-line">The article also mentions an “Internet + public employment and entrepreneurship service” platform built across the prefecture.</p>
  </div>`,
      notes: 'We have the jobs but not the people: the number of poor workers moved into jobs and of technicians trained in Songjiang are both missing. These are the figures to ask the author or Yunnan Net for.',
    },
  },
};
