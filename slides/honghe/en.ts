import type { DeckEnglish } from '../english.ts';

export const EN: DeckEnglish = {
  title: 'Xuhui, Changning and other districts pair with Honghe',
  heading: 'Xuhui, Changning and other districts paired with Honghe for <span data-figure="honghe-pairing-years"></span>',
  subtitle: 'Mountains and sea build the road out of poverty',
  slides: {
    title: {
      html: `
  <p class="kicker">Shanghai–Yunnan pairing · Honghe</p>
  <h1 data-deck-title></h1>
  <p class="subtitle">Mountains and sea build the road out of poverty</p>
  <p class="byline">From Yunnan Net’s <span lang="zh-CN">《沪滇携手共谱扶贫协作新篇章》</span><span class="screen-only"> · Click or focus an underlined figure to see its sentence in the article</span></p>`,
      notes: 'This part is about Shanghai’s Xuhui, Changning and other districts pairing with Honghe Hani and Yi Autonomous Prefecture: cadres sent to Yunnan, industry that “makes blood”, and health and school pairs. This section gives more figures than most, but several years and amounts are missing; say so clearly.',
    },
    'pu-yongkai': {
      html: `
  <h2>Pu Yongkai: one trolley case, and a “Shanghai soldier” on the poverty front</h2>
  <div class="cols cols--wide-right fill">
    <div class="hero">
      <span data-figure="honghe-pu-years"></span>
      <span class="hero-label">Working in Honghe</span>
      <p class="hero-note">He set off for Yunnan in June of <span data-figure="honghe-pu-arrival-year"></span>.</p>
    </div>
    <blockquote class="from-shanghai"><span class="quote-original" lang="zh-CN">“我将努力当好云南扶贫战线上的‘上海兵’，为云南的脱贫攻坚贡献力量！”</span><span class="translation">“I will strive to be a good ‘Shanghai soldier’ on Yunnan’s poverty-relief front and give my strength to Yunnan’s fight against poverty!”</span><span class="who">— Pu Yongkai (<span lang="zh-CN">蒲永锴</span>), head of the Honghe team, Shanghai’s 10th group of cadres in Yunnan</span></blockquote>
  </div>`,
      notes: 'One of these cadres: Pu Yongkai, head of the Honghe team, worked in Honghe for <span data-figure="honghe-pu-years"></span> with one trolley case. The article says he left in “年6月” (June of ?): the digits of the year are missing; do not supply a year.',
    },
    cadres: {
      html: `
  <h2>Both sides’ Party committees and governments sent cadres, group after group</h2>
  <div class="cols-3 fill">
    <div class="big"><span data-figure="honghe-pairing-years"></span><span class="big-label">Pairing with Honghe</span></div>
    <div class="big"><span data-figure="honghe-cadre-batches"></span><span class="big-label">Groups of cadres</span></div>
    <div class="big key"><span data-figure="honghe-cadres"></span><span class="big-label">Cadres sent by both sides</span></div>
  </div>
  <blockquote><span class="quote-original" lang="zh-CN">“用奋斗定义时间，用真情、出真招、真帮扶，在贫困地区绘就出一幅翻天覆地的壮美画卷。”</span><span class="translation">“Defining time by striving, with true feeling, real measures and real help, they painted a picture of sweeping change.”</span><span class="who">— the article</span></blockquote>
  <p class="gap-note">The pairing began in October of a year the article does not give: <span data-figure="honghe-pairing-start-year"></span>.</p>`,
      notes: 'Start with the scale: paired for <span data-figure="honghe-pairing-years"></span>, the Party committees and governments of both sides sent <span data-figure="honghe-cadre-batches"></span> of <span data-figure="honghe-cadres"></span> in all. The pairing began in “年10月” (October of ?): the year is missing in the republished copy. Do not work a start year back from the number of years and put it on a slide.',
    },
    jiaogulan: {
      html: `
  <h2>Jiaogulan in Dalaotang: Shanghai builds local capacity, not just “money and goods”</h2>
  <div class="cols fill">
    <div class="stack">
      <p class="lede">Model: <span lang="zh-CN" class="nobr">“公司+村委会+合作社+基地+农户”</span> (company + village committee + cooperative + base + farmers), taking Honghe’s produce out of the mountains.</p>
      <p class="gap-note">Changning District’s investment in the project, <span data-figure="honghe-changning-jiaogulan-funds"></span>, is not given in the article.</p>
    </div>
    <blockquote><span class="quote-original" lang="zh-CN">“援滇干部带来的不仅仅是资金、技术和项目，还有发展理念的更新。”</span><span class="translation">“The cadres brought not only funds, technology and projects, but also new ideas of development.”</span><span class="who">— Yang Jinjun (<span lang="zh-CN">杨进军</span>), director of Dalaotang village committee</span></blockquote>
  </div>`,
      notes: 'The article stresses that Shanghai did not treat cooperation as simply “giving money and goods” but as “making blood”, helping Honghe’s farm products out of the mountains. Changning District backed jiaogulan (a herbal tea plant) in Dalaotang village, but the amount invested, in 万 yuan (1 万 = 10,000), is missing. Village director Yang Jinjun’s words show that it was not only money.',
    },
    pairs: {
      html: `
  <h2>Health and school pairs: few on the Shanghai side, many in the counties</h2>
  <figure data-chart="honghe-pairs" class="fill"></figure>`,
      notes: 'Health: the two districts’ <span data-figure="honghe-shanghai-medical-institutions"></span> paired with <span data-figure="honghe-county-hospitals"></span> in the partner counties. Schools: <span data-figure="honghe-shanghai-schools"></span> paired with <span data-figure="honghe-county-schools"></span>. Both times the Shanghai side is smaller; the article does not say how one is matched to many, so do not explain it for the article.',
    },
    'cloud-hospital': {
      html: `
  <h2>An internet “cloud hospital”: Shanghai donated equipment to the partner counties</h2>
  <div class="cols fill">
    <div class="hero">
      <span data-figure="honghe-donated-equipment"></span>
      <span class="hero-label">Equipment donated free to the internet “cloud hospital” project</span>
    </div>
    <div class="stack">
      <p class="layout-note">In education, the “Changning–Jinping cloud classroom” brings Shanghai’s best courses to the border region online.</p>
      <p class="gap-note">Remote consultations organised: <span data-figure="honghe-remote-consultations"></span>; the number is not given in the article, only “nearly” is left.</p>
    </div>
  </div>`,
      notes: 'Shanghai ran an internet “cloud hospital” project in the partner counties and donated <span data-figure="honghe-donated-equipment"></span> of equipment free of charge. For remote consultations the article prints “近例” (nearly ? cases): only “nearly” is left, so do not estimate a number. In education, the “Changning–Jinping cloud classroom” takes Shanghai courses to the border online.',
    },
  },
};
