import type { DeckEnglish } from '../english.ts';

export const EN: DeckEnglish = {
  title: 'Pu’er City builds on the Shanghai–Yunnan platform',
  subtitle: '“Poverty relief + insurance” secures incomes',
  slides: {
    title: {
      html: `
  <p class="kicker">Shanghai–Yunnan pairing · Pu’er</p>
  <h1>Pu’er City builds on the Shanghai–Yunnan platform</h1>
  <p class="subtitle">“Poverty relief + insurance” secures incomes <span lang="zh-CN">（“扶贫+保险”收益有保障）</span></p>
  <p class="byline">From Yunnan Net’s <span lang="zh-CN">《沪滇携手共谱扶贫协作新篇章》</span> · Click or focus an underlined figure to see its sentence in the article · 1 万 = 10,000</p>`,
      notes: 'This part is about Pu’er using Shanghai aid and matching local funds for “insurance + futures” poverty relief in rubber, sugar and other industries. The article gives few figures here: most household counts, payouts and years are missing; say so clearly.',
    },
    yantui: {
      html: `
  <h2>Yan Tui’s family relies on <span data-figure="puer-yantui-rubber-area"></span> of rubber; low prices kept tapping income flat</h2>
  <div class="cols">
    <div class="big">
      <span class="big-label">Rubber land Yan Tui’s family plants and manages</span>
      <span data-figure="puer-yantui-rubber-area"></span>
      <span class="big-label">Payout received the year he insured</span>
      <span data-figure="puer-yantui-payout"></span>
    </div>
    <div>
      <p>In <span data-figure="puer-yantui-insured-year"></span>, Yan Tui learned of the natural-rubber “futures + insurance” policy and insured at once, with a government subsidy for the premium.</p>
      <p>He got a payout that year, which <span lang="zh-CN">“坚定了岩退种植橡胶的信心”</span> (“strengthened Yan Tui’s confidence in growing rubber”).</p>
      <p class="small">Yan Tui <span lang="zh-CN">（岩退）</span>: registered poor household, Pake group, Nankang village, Lisuo township, Ximeng county · 1 亩 (mu) ≈ 667 m²</p>
    </div>
  </div>`,
      notes: 'Yan Tui’s family lives mainly on the rubber land they plant and manage; with prices low for years, he had “no idea at all” how to earn more from tapping. After insuring he got a payout that same year, but the amount and the year are missing in the republished copy: say “he received a payout”, not how much.',
    },
    'futures-insurance': {
      html: `
  <h2>“Futures + insurance”: Ximeng signs up to steady rubber farmers’ incomes</h2>
  <div class="cols">
    <div>
      <p>Background: rubber prices stayed low; in places farmers even stopped tapping and tending trees <span lang="zh-CN">（“弃割”“弃管”）</span>.</p>
      <p>Ximeng Wa Autonomous County, drawing on Shanghai’s pairing policy, signed a “natural-rubber futures price-index poverty-relief insurance” agreement with Anxin Agricultural Insurance and Shanghai Minmetals Jingyi Futures.</p>
    </div>
    <div>
      <div class="big">
        <span class="big-label">First insured in which year?</span>
        <span data-figure="puer-ximeng-first-year"></span>
        <span class="big-label">Rubber-farming households in Ximeng that joined</span>
        <span data-figure="puer-ximeng-insured-households"></span>
      </div>
      <p><span class="small">Insurance paid out in total</span><br><span data-figure="puer-ximeng-payout"></span></p>
    </div>
  </div>`,
      notes: 'This is all the article says about the model: Ximeng, using Shanghai’s pairing policy, signed with an agricultural insurer and a futures company; farmers insure with a subsidised premium, and price insurance steadies incomes so that price swings do not push them back into poverty. Do not add how futures and insurance work. The number of first-year households is missing; the payout is printed with no digits before the decimal point, so the amount cannot be known.',
    },
    'rubber-area': {
      html: `
  <h2>Insured natural rubber reached <span data-figure="puer-rubber-insured-area"></span></h2>
  <figure data-chart="puer-rubber-insured-area"></figure>
  <p>The article: the insured range <span lang="zh-CN">“继续扩大”</span> (“kept expanding”); price insurance steadied incomes and guarded farmers against falling back into poverty. In which year was this area reached? <span data-figure="puer-rubber-expansion-year"></span></p>`,
      notes: 'The one complete scale figure of this section: the insured natural-rubber area reached <span data-figure="puer-rubber-insured-area"></span>. The article gives neither the year nor the area before the expansion, so no growth can be computed.',
    },
    'more-products': {
      html: `
  <h2>From a coffee pilot in Ning’er to rubber and sugar “insurance + futures” in many counties</h2>
  <div class="cols">
    <div>
      <p>First a pilot: coffee price insurance in Ning’er county.</p>
      <div class="big">
        <span class="big-label">Year of the pilot</span>
        <span data-figure="puer-coffee-pilot-year"></span>
      </div>
    </div>
    <div>
      <p>Then rubber and sugar “insurance + futures” poverty-relief projects in Ximeng, Jiangcheng, Ning’er, Menglian, Jinggu and other counties.</p>
      <p class="small">Funding: Shanghai aid plus matching local budget funds, pooling social resources to multiply the money’s effect.</p>
    </div>
  </div>`,
      notes: 'Pu’er first piloted coffee price insurance in Ning’er county, then ran rubber and sugar “insurance + futures” projects in Ximeng, Jiangcheng, Ning’er, Menglian, Jinggu and other counties. The year of the pilot is missing.',
    },
    sugarcane: {
      html: `
  <h2>After the drought, Jinggu cane yields fell from <span data-figure="puer-sugarcane-yield-before"></span> to <span data-figure="puer-sugarcane-yield-drought"></span></h2>
  <div class="cols">
    <figure data-chart="puer-sugarcane-yield"></figure>
    <div class="big">
      <span class="big-label">Change in yield per mu (computed)</span>
      <span data-figure="puer-sugarcane-yield-change"></span>
      <span class="big-label">Computed from the article’s usual and post-drought yields: (after − usual) ÷ usual. The article says only <span lang="zh-CN">“产量减产情况严重”</span> (“output fell severely”).</span>
    </div>
  </div>`,
      notes: 'Drought left the cane failing to sprout or sprouting poorly; Jinggu cane farmers’ yield fell from a usual average of <span data-figure="puer-sugarcane-yield-before"></span> to <span data-figure="puer-sugarcane-yield-drought"></span>. The change of <span data-figure="puer-sugarcane-yield-change"></span> is our computation from these two figures, not the article’s; say “computed from the article’s figures”.',
    },
    'sugar-insurance': {
      html: `
  <h2>Sugar “insurance + futures”: payouts reached households; counts and amount missing</h2>
  <div class="cols">
    <div>
      <p>In <span data-figure="puer-sugar-insurance-year"></span>, Dadi Futures, with Jinrui Futures and Shanghai Dongzheng Futures, gave cane farmers full-coverage planting insurance protecting the cane price.</p>
      <p class="small">The article: the model <span lang="zh-CN">“给蔗农吃下了定心丸”</span> (“set cane farmers’ minds at rest”).</p>
    </div>
    <div class="big">
      <span class="big-label">Insured cane-farming households paid</span>
      <span data-figure="puer-sugar-insured-households"></span>
      <span class="big-label">Of which registered poor households</span>
      <span data-figure="puer-sugar-insured-poor-households"></span>
      <span class="big-label">Paid out to households</span>
      <span data-figure="puer-sugar-payout"></span>
    </div>
  </div>`,
      notes: 'The article says payouts to all insured cane farmers are complete, but the number of insured households, the poor households among them and the amount are all missing; only “nearly” is left of the amount. These three are the figures most worth asking the source for.',
    },
    gaps: {
      html: `
  <h2>Figures the article does not give</h2>
  <ul data-gap-list="puer"></ul>`,
      notes: 'This slide lists the figures missing or damaged in this section: nearly every year, household count and payout is missing, and Ximeng’s payout shows only one digit after the decimal point. A speaker can take this list to the source to check.',
    },
    source: {
      html: `
  <h2>Source and data</h2>
  <div data-source-credit></div>`,
      notes: 'Every figure comes from the republished copy of this article; this project adds no figure from elsewhere. The data download gives the article sentence of every figure.',
    },
  },
};
