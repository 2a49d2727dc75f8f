import type { DeckEnglish } from '../english.ts';

export const EN: DeckEnglish = {
  title: 'Yangpu District supports Lijiang City',
  subtitle: 'Growing local specialty industries',
  slides: {
    title: {
      html: `
  <p class="kicker">Shanghai–Yunnan pairing · Lijiang</p>
  <h1>Yangpu District supports Lijiang City</h1>
  <p class="subtitle">Growing local specialty industries <span lang="zh-CN">（培育壮大特色产业）</span></p>
  <p class="byline">From Yunnan Net’s <span lang="zh-CN">《沪滇携手共谱扶贫协作新篇章》</span> · Click or focus an underlined figure to see its sentence in the article · 1 万 = 10,000</p>`,
      notes: 'This part is about Shanghai’s Yangpu District supporting Lijiang: a mushroom project in Liude township, Yongsheng county, and “consumption poverty relief” through sales fairs and group buying. This section misses the most figures, and several printed figures are plainly wrong (a wage of a few yuan, zero households, zero income); say so clearly.',
    },
    'hai-yulan': {
      html: `
  <h2>Hai Yulan’s income: no figure can be used</h2>
  <blockquote><span lang="zh-CN">“我能到中源公司上班多亏了上海来的帮扶干部。”</span><span class="translation">“I owe my job at Zhongyuan to the support cadres from Shanghai.”</span><span class="who">— Hai Yulan <span lang="zh-CN">（海玉兰）</span>, villager, Sanbanqiao, Liude township, Yongsheng county</span></blockquote>
  <figure data-chart="lijiang-hai-income"></figure>`,
      notes: 'Hai Yulan bags mushroom substrate in the poverty-relief workshop of Lijiang Zhongyuan Green Food Co.; she says the job comes with board and lodging, and last year she also got a dividend and a subsidy. But her monthly wage is printed as a single-digit number of yuan, plainly missing digits, and the dividend and subsidy amounts are missing entirely. Tell her story, not her income figures.',
    },
    'mushroom-project': {
      html: `
  <h2>Mushroom project: neither funding amount is given</h2>
  <div class="cols">
    <figure data-chart="lijiang-project-funds"></figure>
    <div>
    <p class="small">In <span data-figure="lijiang-mushroom-project-year"></span>, Yangpu District and Yongsheng County funded a mushroom project in Liude with Lijiang Zhongyuan Green Food Co., lifting the poor “off-site” <span lang="zh-CN">（异地带贫）</span>.</p>
    <blockquote class="from-shanghai"><span lang="zh-CN">“结对帮扶永胜以来，通过实施沪滇扶贫协作项目，有效带动当地食用菌、软籽石榴、肉牛等种养业发展，本土企业不断发展壮大增强带贫能力……”</span><span class="translation">“Since pairing with Yongsheng, our projects have boosted local mushrooms, pomegranates, beef cattle and more; local firms grow and lift more of the poor…”</span><span class="who">— Wang Chen <span lang="zh-CN">（王晨）</span>, Shanghai cadre, deputy head of Yongsheng county</span></blockquote>
    </div>
  </div>`,
      notes: 'Yangpu District put in project funds and Yongsheng County matched agricultural funds for the Liude mushroom project, but both amounts and the year are missing in the republished copy. Wang Chen’s words give the idea: local companies lift poor households, who then leave poverty for good through industry.',
    },
    coverage: {
      html: `
  <h2>The project covers <span data-figure="lijiang-project-village-committees"></span>; households and income per household are damaged</h2>
  <div class="cols">
    <div class="big">
      <span class="big-label">Village committees of Liude covered</span>
      <span data-figure="lijiang-project-village-committees"></span>
      <span class="big-label">Registered poor households covered</span>
      <span data-figure="lijiang-project-households"></span>
      <span class="big-label">Yearly income per household</span>
      <span data-figure="lijiang-household-annual-income"></span>
    </div>
    <div>
      <p>Zi Wenchao <span lang="zh-CN">（子文超）</span>, Party secretary of Liude township: poor households can also work in Zhongyuan’s poverty-relief workshop.</p>
      <div class="big">
        <span class="big-label">Poor households now working in the workshop</span>
        <span data-figure="lijiang-workshop-households"></span>
      </div>
    </div>
  </div>`,
      notes: 'Liude’s Party secretary Zi Wenchao says the project covers <span data-figure="lijiang-project-village-committees"></span>. In the same sentence the households and the income per household are printed as zero, which contradicts “covers” and “income”: leading digits were cut, so do not read them as zero. The number of households working in the workshop is missing too.',
    },
    expo: {
      html: `
  <h2><span data-figure="lijiang-expo-companies"></span> went to a sales fair in Shanghai and signed <span data-figure="lijiang-expo-supply-orders"></span> to supply goods</h2>
  <p>Consumption poverty relief: <span lang="zh-CN">“展销平台+组团采购”</span> (“sales-fair platform + group purchasing”), driving production by sales.</p>
  <div class="cols-3">
    <div class="big">
      <span class="big-label">Companies at the fair in Shanghai</span>
      <span data-figure="lijiang-expo-companies"></span>
    </div>
    <div class="big">
      <span class="big-label">Supply contracts signed</span>
      <span data-figure="lijiang-expo-supply-orders"></span>
    </div>
    <div class="big">
      <span class="big-label">In which year? The article has only “年7月” (July of ?)</span>
      <span data-figure="lijiang-expo-year"></span>
    </div>
  </div>`,
      notes: 'Yangpu District took Lijiang companies to a sales fair in Shanghai, using a “sales-fair platform + group purchasing” to drive production by sales. The numbers of companies and contracts are clear; the year of the fair is missing, only “年7月” (July of ?) is left.',
    },
    'expo-sales': {
      html: `
  <h2>Fair sales: <span data-figure="lijiang-expo-sales"></span>; order values missing</h2>
  <figure data-chart="lijiang-expo-sales"></figure>`,
      notes: 'The sales are printed with a decimal point before “万元” and the digits after it lost, so we can only say <span data-figure="lijiang-expo-sales"></span>: the bar is a lower bound with an open end. The value of the <span data-figure="lijiang-expo-supply-orders"></span> and of the orders signed on “10·17 Poverty Relief Day” are written only as “万元” (×10,000 yuan): the numbers are missing.',
    },
    'poverty-day': {
      html: `
  <h2><span data-figure="lijiang-poverty-day-companies"></span> joined Shanghai fairs; a Lijiang sales hall opened in Yangpu</h2>
  <div class="cols">
    <div class="big">
      <span class="big-label">Poverty-relief companies at the Everbright and Yangpu venues on “10·17 Poverty Relief Day”</span>
      <span data-figure="lijiang-poverty-day-companies"></span>
      <span class="big-label">Orders signed</span>
      <span data-figure="lijiang-poverty-day-order-value"></span>
      <span class="big-label">Poverty Relief Day of which year?</span>
      <span data-figure="lijiang-poverty-day-year"></span>
    </div>
    <div>
      <p>The Lijiang consumption poverty-relief hall opened in Yangpu District: a steady sales channel for Lijiang products in Shanghai.</p>
      <div class="big">
        <span class="big-label">Year it opened</span>
        <span data-figure="lijiang-consumption-hall-year"></span>
      </div>
      <p class="small">Lijiang chicken, ham, walnuts, mushrooms and other specialties are reaching Shanghai and national markets. Poverty-relief projects Yangpu has run since pairing: <span data-figure="lijiang-poverty-projects"></span>.</p>
    </div>
  </div>`,
      notes: 'On “10·17 Poverty Relief Day”, <span data-figure="lijiang-poverty-day-companies"></span> joined the fairs, but the year and the order value are missing. The year the consumption hall opened and the number of projects Yangpu has run since pairing are not given either.',
    },
    gaps: {
      html: `
  <h2>Figures the article does not give</h2>
  <ul data-gap-list="lijiang"></ul>`,
      notes: 'This slide lists the figures missing or damaged in this section: most years, amounts and household counts are missing, and four printed figures are plainly damaged (wage, households, income per household, sales). A speaker can take this list to the source to check.',
    },
    source: {
      html: `
  <h2>Source and data</h2>
  <div data-source-credit></div>`,
      notes: 'Every figure comes from the republished copy of this article; this project adds no figure from elsewhere. The data download gives the article sentence of every figure.',
    },
  },
};
