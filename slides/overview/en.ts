import type { DeckEnglish } from '../english.ts';

export const EN: DeckEnglish = {
  title: 'Shanghai and Yunnan join hands in a new chapter of poverty relief',
  heading: 'Shanghai and Yunnan: a new chapter in poverty-alleviation cooperation',
  subtitle: 'Overview: four regions, and what the figures tell us',
  slides: {
    title: {
      html: `
  <p class="kicker">Shanghai–Yunnan pairing · Overview</p>
  <h1 data-deck-title></h1>
  <p class="subtitle"><span data-figure="overview-pairing-years"></span> of pairing, four regions: what the figures tell</p>
  <p class="byline">From Yunnan Net’s <span lang="zh-CN">《沪滇携手共谱扶贫协作新篇章》</span><span class="screen-only"> · Click or focus an underlined figure to see its sentence in the article</span> · <span class="nobr">1 <span lang="zh-CN">万</span> = 10,000</span></p>`,
      notes: 'These slides are built from one Yunnan Net report on Shanghai’s pairing support for four regions of Yunnan: Honghe, Lijiang, Pu’er and Xishuangbanna. The republished copy lost many digits, so every slide keeps apart the figures the article gives, the ones it omits and the ones printed damaged.',
    },
    pairings: {
      html: `
  <h2>Who pairs with whom: Shanghai districts and four Yunnan prefectures</h2>
  <div class="pairing-map fill" data-pairing-map></div>
  <p class="pairing-caption">As each section of the article names them; each prefecture has a section of its own<span class="screen-only">: choose a name to open it</span></p>
  <p data-source-line></p>`,
      notes: 'Give the audience the map first: the pairings as the article states them. Honghe: <span lang="zh-CN">“上海市徐汇区、长宁区等先后结对帮扶红河哈尼族彝族自治州”</span>, Xuhui and Changning districts “and others”, so not only these two. Lijiang: <span lang="zh-CN">“上海市杨浦区与丽江市结对帮扶以来”</span>, Yangpu district. Pu’er: the article speaks only of the Shanghai–Yunnan cooperation platform and Shanghai’s aid funds and names no district; do not supply one. Xishuangbanna: <span lang="zh-CN">“松江区与西双版纳州携手”</span>, Songjiang district. The four sections follow in this order.',
    },
    intro: {
      html: `
  <h2>Shanghai pairs with Yunnan, “meeting across mountains and seas”</h2>
  <div class="cols fill">
    <div class="hero">
      <span data-figure="overview-pairing-years"></span>
      <span class="hero-label">Shanghai–Yunnan partnership: from housing projects and model villages to industry and jobs together</span>
    </div>
    <div class="stack">
      <blockquote><span class="quote-original" lang="zh-CN">“黄浦江开放包容，金沙江奔腾不息。”</span><span class="translation">“The Huangpu is open and inclusive; the Jinsha surges on without rest.”</span><span class="who">— the article</span></blockquote>
      <p class="gap-note">Not given in the article: the distance apart, <span data-figure="overview-distance-km"></span>; the year the pairing was decided, <span data-figure="overview-pairing-start-year"></span>.</p>
    </div>
  </div>`,
      notes: 'The article opens with the two places “跨越山海来相聚” (“meeting across mountains and seas”), but the republished copy lost both the distance in kilometres and the year the central government decided on the pairing: only “相距多公里” and “年，中央确定……” are left. The one complete figure is <span data-figure="overview-pairing-years"></span>; keep the “more than” (余).',
    },
    'four-sections': {
      html: `
  <h2>Four regions, four kinds of help: cadres, sales fairs, insurance, jobs</h2>
  <div class="cols-4 fill">
    <div class="big key"><h3>Honghe · Xuhui, Changning</h3><span data-figure="honghe-cadres"></span><span class="big-label">Cadres sent by both sides</span></div>
    <div class="big key"><h3>Lijiang · Yangpu</h3><span data-figure="lijiang-expo-sales"></span><span class="big-label">Sold at a fair in Shanghai</span></div>
    <div class="big key"><h3>Pu’er · pairing platform</h3><span data-figure="puer-rubber-insured-area"></span><span class="big-label">Rubber area insured by “insurance + futures”</span></div>
    <div class="big key"><h3>Xishuangbanna · Songjiang</h3><span data-figure="xishuangbanna-jobs-offered"></span><span class="big-label">Jobs offered at job fairs</span></div>
  </div>`,
      notes: 'One figure the article gives for each region: Honghe’s cadres, Lijiang’s sales fair in Shanghai, Pu’er’s rubber price insurance, Xishuangbanna’s labour-cooperation jobs. Lijiang’s sales are printed damaged, so we can only say “at least”. Each region has its own deck.',
    },
    'ledger-status': {
      html: `
  <h2>The article leaves out more figures than it gives</h2>
  <figure data-chart="overview-ledger-status" class="fill"></figure>`,
      notes: 'The chart counts the entries of this project’s figure ledger: for each section, how many figures the article gives, omits or prints damaged. The Honghe section gives the most; Lijiang and Pu’er miss the most. Computed figures (such as Pu’er’s change in yield) are not in the chart: we computed them, the article did not give them.',
    },
    'how-to-read': {
      html: `
  <h2>How to read: “?” is not zero; damaged figures are shown as printed</h2>
  <div class="cols-4 fill legend-cols">
    <div class="big"><h3>Missing</h3><span data-figure="lijiang-yangpu-project-funds"></span><span class="big-label">Grey dashed box and “?”. Example: Yangpu’s mushroom-project funds</span></div>
    <div class="big"><h3>Damaged</h3><span data-figure="lijiang-project-households"></span><span class="big-label">Purple dashed box, copied as printed. Example: households in the project</span></div>
    <div class="big"><h3>Lower bound legible</h3><span data-figure="lijiang-expo-sales"></span><span class="big-label">“At least”, bar open at the end. Example: fair sales</span></div>
    <div class="big"><h3>Computed by us</h3><span data-figure="puer-sugarcane-yield-change"></span><span class="big-label">Marked “computed”, with the formula. Example: cane yield change</span></div>
  </div>
  <p class="note-line screen-only">Click an underlined figure, or focus it with the keyboard, to see its sentence in the article.</p>`,
      notes: 'Examples: for Yangpu’s project funds the article writes only “投入沪滇扶贫协作项目资金万元” (“invested ? (×10,000) yuan of project funds”): the number is missing, so we draw a question mark, not a zero. The households covered by the mushroom project are printed as zero, plainly missing leading digits, so we copy the print and flag it as damaged. Any figure can be opened to see its sentence.',
    },
  },
};
