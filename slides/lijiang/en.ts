import type { DeckEnglish } from '../english.ts';

export const EN: DeckEnglish = {
  title: 'Yangpu District supports Lijiang City',
  heading: 'Yangpu District supports <span class="nobr">Lijiang City</span>',
  subtitle: 'Growing local specialty industries',
  slides: {
    title: {
      html: `
  <p class="kicker">Shanghai–Yunnan pairing · Lijiang</p>
  <h1 data-deck-title></h1>
  <p class="subtitle">Growing local specialty industries</p>
  <p class="byline">From Yunnan Net’s <span lang="zh-CN">《沪滇携手共谱扶贫协作新篇章》</span><span class="screen-only"> · Click or focus an underlined figure to see its sentence in the article</span> · <span class="nobr">1 <span lang="zh-CN">万</span> = 10,000</span></p>`,
      notes: 'This part is about Shanghai’s Yangpu District supporting Lijiang: a mushroom project in Liude township, Yongsheng county, and “consumption poverty relief” through sales fairs and group buying. This section misses the most figures, and several printed figures are plainly wrong (a wage of a few yuan, zero households, zero income); say so clearly.',
    },
    'hai-yulan': {
      html: `
  <h2>Hai Yulan’s income: no figure can be used</h2>
  <div class="cols fill">
    <blockquote><span class="quote-original" lang="zh-CN">“我能到中源公司上班多亏了上海来的帮扶干部。”</span><span class="translation">“I owe my job at Zhongyuan to the support cadres from Shanghai.”</span><span class="who">— Hai Yulan (<span lang="zh-CN">海玉兰</span>), villager, Sanbanqiao, Liude township, Yongsheng county</span></blockquote>
    <div class="tiles">
      <p class="tiles-heading">Not given or damaged in the article</p>
      <div class="tiles-row">
        <div class="tile"><span data-figure="lijiang-hai-monthly-wage"></span><span class="tile-label">Monthly wage</span></div>
        <div class="tile"><span data-figure="lijiang-hai-dividend"></span><span class="tile-label">Dividend last year</span></div>
        <div class="tile"><span data-figure="lijiang-hai-subsidy"></span><span class="tile-label">Subsidy last year</span></div>
      </div>
    </div>
  </div>`,
      notes: 'Hai Yulan bags mushroom substrate in the poverty-relief workshop of Lijiang Zhongyuan Green Food Co.; she says the job comes with board and lodging, and last year she also got a dividend and a subsidy. But her monthly wage is printed as a single-digit number of yuan, plainly missing digits, and the dividend and subsidy amounts are missing entirely. Tell her story, not her income figures.',
    },
    'mushroom-project': {
      html: `
  <h2>Mushroom project: Yangpu funds, Yongsheng matches, a local company lifts the poor</h2>
  <div class="cols fill">
  <div class="stack">
    <p class="lede">Yangpu District put in project funds and Yongsheng County matched them with farm funds; together with Lijiang Zhongyuan Green Food Co. they ran the Liude mushroom project.</p>
    <p class="gap-note">Not given in the article: Yangpu’s funds, <span data-figure="lijiang-yangpu-project-funds"></span>; Yongsheng’s matching funds, <span data-figure="lijiang-yongsheng-matching-funds"></span>; the year, <span data-figure="lijiang-mushroom-project-year"></span>.</p>
  </div>
  <blockquote class="from-shanghai"><span class="quote-original" lang="zh-CN">“结对帮扶永胜以来，通过实施沪滇扶贫协作项目，有效带动当地食用菌、软籽石榴、肉牛等种养业发展，本土企业不断发展壮大增强带贫能力……”</span><span class="translation">“Since pairing with Yongsheng, our projects have boosted local mushrooms, pomegranates, beef cattle and more; local firms grow and lift more of the poor…”</span><span class="who">— Wang Chen (<span lang="zh-CN">王晨</span>), Shanghai cadre, deputy head of Yongsheng county</span></blockquote>
  </div>`,
      notes: 'Yangpu District put in project funds and Yongsheng County matched agricultural funds for the Liude mushroom project, but both amounts and the year are missing in the republished copy. Wang Chen’s words give the idea: local companies lift poor households, who then leave poverty for good through industry.',
    },
    coverage: {
      html: `
  <h2>The villages covered are clear; households and income are damaged</h2>
  <div class="cols fill">
    <div class="hero">
      <span data-figure="lijiang-project-village-committees"></span>
      <span class="hero-label">Village committees of Liude covered by the mushroom project</span>
    </div>
    <div class="tiles">
      <p class="tiles-heading">Damaged or not given</p>
      <div class="tiles-row">
        <div class="tile"><span data-figure="lijiang-project-households"></span><span class="tile-label">Registered poor households covered</span></div>
        <div class="tile"><span data-figure="lijiang-household-annual-income"></span><span class="tile-label">Yearly income per household</span></div>
        <div class="tile"><span data-figure="lijiang-workshop-households"></span><span class="tile-label">Poor households working in the workshop</span></div>
      </div>
    </div>
  </div>`,
      notes: 'Liude’s Party secretary Zi Wenchao says the project covers <span data-figure="lijiang-project-village-committees"></span>. In the same sentence the households and the income per household are printed as zero, which contradicts “covers” and “income”: leading digits were cut, so do not read them as zero. The number of households working in the workshop is missing too.',
    },
    expo: {
      html: `
  <h2>Lijiang companies went to a sales fair in Shanghai and signed supply contracts</h2>
  <div class="cols fill">
    <div class="big"><span data-figure="lijiang-expo-companies"></span><span class="big-label">Companies at the fair in Shanghai</span></div>
    <div class="big key"><span data-figure="lijiang-expo-supply-orders"></span><span class="big-label">Supply contracts signed</span></div>
  </div>
  <p class="note-line">Consumption poverty relief: <span lang="zh-CN">“展销平台+组团采购”</span> (“sales-fair platform + group purchasing”), driving production by sales.</p>
  <p class="gap-note">The fair was in July of a year the article does not give: <span data-figure="lijiang-expo-year"></span>.</p>`,
      notes: 'After the sales, how they were made: Yangpu District took Lijiang companies to a sales fair in Shanghai, using a “sales-fair platform + group purchasing” to drive production by sales. The numbers of companies and contracts are clear; the year of the fair is missing, only “年7月” (July of ?) is left.',
    },
    'expo-sales': {
      html: `
  <h2>How much did the fair sell? Only a lower bound is legible</h2>
  <div class="open-bound fill" data-open-bound="lijiang-expo-sales"></div>
  <p class="note-line">Value of the supply contracts signed at the fair: <span data-figure="lijiang-expo-order-value"></span></p>
  <p data-source-line></p>`,
      notes: 'The sales are printed as “94.万元”: a decimal point before “万元” and the digits after it lost, so we can only say <span data-figure="lijiang-expo-sales"></span>. The bar runs up to that bound, then fades out into an arrow: the real amount can only be larger, by how much we do not know. The value of the <span data-figure="lijiang-expo-supply-orders"></span> and of the orders signed on “10·17 Poverty Relief Day” are written only as “万元” (×10,000 yuan): the numbers are missing.',
    },
    'poverty-day': {
      html: `
  <h2>Poverty Relief Day fairs in Shanghai; a Lijiang sales hall opened in Yangpu</h2>
  <div class="cols fill">
    <div class="hero">
      <span data-figure="lijiang-poverty-day-companies"></span>
      <span class="hero-label">Poverty-relief companies at the Shanghai fairs on “10·17 Poverty Relief Day”</span>
    </div>
    <div class="stack">
      <p>The Lijiang consumption poverty-relief hall opened in Yangpu, a steady sales channel into Shanghai: chicken, ham, walnuts and mushrooms now reach Shanghai and national markets.</p>
      <p class="gap-note">Not given in the article: the orders signed that day, <span data-figure="lijiang-poverty-day-order-value"></span>; the year of that day, <span data-figure="lijiang-poverty-day-year"></span>; the year the hall opened, <span data-figure="lijiang-consumption-hall-year"></span>; the projects Yangpu has run since pairing, <span data-figure="lijiang-poverty-projects"></span>.</p>
    </div>
  </div>`,
      notes: 'On “10·17 Poverty Relief Day”, <span data-figure="lijiang-poverty-day-companies"></span> joined the fairs, but the year and the order value are missing. The year the consumption hall opened and the number of projects Yangpu has run since pairing are not given either.',
    },
  },
};
