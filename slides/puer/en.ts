import type { DeckEnglish } from '../english.ts';

export const EN: DeckEnglish = {
  title: 'Pu’er City builds on the Shanghai–Yunnan platform',
  subtitle: '“Poverty relief + insurance” secures incomes',
  slides: {
    title: {
      html: `
  <p class="kicker">Shanghai–Yunnan pairing · Pu’er</p>
  <h1 data-deck-title></h1>
  <p class="subtitle">“Poverty relief + insurance” secures incomes</p>
  <p class="byline">From Yunnan Net’s <span lang="zh-CN">《沪滇携手共谱扶贫协作新篇章》</span><span class="screen-only"> · Click or focus an underlined figure to see its sentence in the article</span> · <span class="nobr">1 <span lang="zh-CN">万</span> = 10,000</span> · 1&nbsp;mu&nbsp;≈&nbsp;667&nbsp;m²</p>`,
      notes: 'This part is about Pu’er using Shanghai aid and matching local funds for “insurance + futures” poverty relief in rubber, sugar and other industries. The article gives few figures here: most household counts, payouts and years are missing; say so clearly.',
    },
    yantui: {
      html: `
  <h2>Low rubber prices kept tapping income flat: Yan Tui’s family lives on its rubber land</h2>
  <div class="cols fill">
    <div class="hero">
      <span data-figure="puer-yantui-rubber-area"></span>
      <span class="hero-label">Rubber land Yan Tui’s family plants and manages</span>
      <span class="who">Yan Tui (<span lang="zh-CN">岩退</span>): registered poor household, Nankang village, Lisuo township, Ximeng county</span>
    </div>
    <div class="stack">
      <p>Yan Tui learned of the rubber “futures + insurance” policy and insured at once, with a subsidised premium. The payout he received that same year “strengthened his confidence in growing rubber”.</p>
      <p class="gap-note">Not given in the article: the year he insured, <span data-figure="puer-yantui-insured-year"></span>; the payout, <span data-figure="puer-yantui-payout"></span>.</p>
    </div>
  </div>`,
      notes: 'One rubber farmer: Yan Tui’s family lives mainly on the rubber land they plant and manage; with prices low for years, he had “no idea at all” how to earn more from tapping. After insuring he got a payout that same year, but the amount and the year are missing in the republished copy: say “he received a payout”, not how much.',
    },
    'futures-insurance': {
      html: `
  <h2>“Futures + insurance”: Ximeng signs up to steady rubber farmers’ incomes</h2>
  <p class="layout-note">Rubber prices stayed low; in places farmers even stopped tapping and tending trees.</p>
  <div class="cols-3 fill parties">
    <div class="stack"><h3 class="step">Drawing on Shanghai’s pairing policy</h3><p class="party">Ximeng Wa Autonomous County</p></div>
    <div class="stack"><h3 class="step step--neutral">Insurance</h3><p class="party">Anxin Agricultural Insurance</p></div>
    <div class="stack"><h3 class="step step--neutral">Futures</h3><p class="party">Shanghai Minmetals Jingyi Futures</p></div>
  </div>
  <p class="lede">They signed a rubber futures price-index insurance agreement, letting rubber farmers “taste the sweetness of financial poverty relief”.</p>
  <p class="gap-note">Not given in the article: the year farmers were first insured, <span data-figure="puer-ximeng-first-year"></span>; the households that joined, <span data-figure="puer-ximeng-insured-households"></span>. Of the total payout only <span data-figure="puer-ximeng-payout"></span> is printed.</p>`,
      notes: 'This is all the article says about the model: Ximeng, using Shanghai’s pairing policy, signed with an agricultural insurer and a futures company; farmers insure with a subsidised premium, and price insurance steadies incomes so that price swings do not push them back into poverty. Do not add how futures and insurance work. The number of first-year households is missing; the payout is printed with no digits before the decimal point, so the amount cannot be known.',
    },
    'rubber-area': {
      html: `
  <h2>The insured rubber area kept expanding</h2>
  <div class="cols fill">
    <div class="hero">
      <span data-figure="puer-rubber-insured-area"></span>
      <span class="hero-label">Natural rubber under price insurance</span>
    </div>
    <div class="stack">
      <p>Price insurance steadied incomes and guarded farmers against falling back into poverty when rubber prices swing.</p>
      <div class="tiles"><p class="tiles-heading">Not given in the article</p><div class="tiles-row"><div class="tile"><span data-figure="puer-rubber-expansion-year"></span><span class="tile-label">Year this area was reached</span></div></div></div>
    </div>
  </div>`,
      notes: 'The one complete scale figure of this section: the insured natural-rubber area reached <span data-figure="puer-rubber-insured-area"></span>. The article gives neither the year nor the area before the expansion, so no growth can be computed.',
    },
    'more-products': {
      html: `
  <h2>From a coffee pilot in Ning’er to rubber and sugar “insurance + futures” in many counties</h2>
  <div class="cols cols--wide-right cols--top fill">
    <div class="stack">
      <h3 class="step">First, a pilot</h3>
      <p class="place-list">Ning’er</p>
      <p>A coffee price-insurance pilot.</p>
      <p class="gap-note">The year of the pilot, <span data-figure="puer-coffee-pilot-year"></span>, is not given in the article.</p>
    </div>
    <div class="stack">
      <h3 class="step">Then, more counties</h3>
      <p class="place-list">Ximeng · Jiangcheng · Ning’er · Menglian · Jinggu</p>
      <p>Rubber and sugar “insurance + futures” poverty-relief projects, one county after another.</p>
      <p class="layout-note">Funding: Shanghai aid plus matching local funds, pooling social resources to multiply their effect.</p>
    </div>
  </div>`,
      notes: 'Pu’er first piloted coffee price insurance in Ning’er county, then ran rubber and sugar “insurance + futures” projects in Ximeng, Jiangcheng, Ning’er, Menglian, Jinggu and other counties. The year of the pilot is missing.',
    },
    sugarcane: {
      html: `
  <h2>After the drought, Jinggu cane yields fell from <span data-figure="puer-sugarcane-yield-before"></span> to <span data-figure="puer-sugarcane-yield-drought"></span></h2>
  <div class="cols cols--wide-left fill">
    <figure data-chart="puer-sugarcane-yield"></figure>
    <div class="hero fragment" data-fragment-index="1">
      <span data-figure="puer-sugarcane-yield-change"></span>
      <span class="hero-label">Change in yield per mu (computed)</span>
      <p class="hero-note">From the article’s usual and post-drought yields: (after − usual) ÷ usual. The article says only that “output fell severely”.</p>
    </div>
  </div>`,
      notes: 'Drought left the cane failing to sprout or sprouting poorly; Jinggu cane farmers’ yield fell from a usual average of <span data-figure="puer-sugarcane-yield-before"></span> to <span data-figure="puer-sugarcane-yield-drought"></span>. The change of <span data-figure="puer-sugarcane-yield-change"></span> is our computation from these two figures, not the article’s; say “computed from the article’s figures”.',
    },
    'sugar-insurance': {
      html: `
  <h2>Sugar “insurance + futures”: payouts reached households; counts and amount missing</h2>
  <div class="cols fill">
    <div class="stack">
      <p>Dadi Futures, with Jinrui Futures and Shanghai Dongzheng Futures, gave cane farmers full-coverage insurance protecting the cane price.</p>
      <blockquote><span class="quote-original" lang="zh-CN">“给蔗农吃下了定心丸”</span><span class="translation">The model “set cane farmers’ minds at rest”.</span><span class="who">— the article</span></blockquote>
    </div>
    <div class="tiles"><p class="tiles-heading">Not given in the article</p><div class="tiles-row"><div class="tile"><span data-figure="puer-sugar-insured-households"></span><span class="tile-label">Insured cane households paid</span></div><div class="tile"><span data-figure="puer-sugar-insured-poor-households"></span><span class="tile-label">Of which registered poor</span></div><div class="tile"><span data-figure="puer-sugar-payout"></span><span class="tile-label">Paid out to households</span></div><div class="tile"><span data-figure="puer-sugar-insurance-year"></span><span class="tile-label">Year of the scheme</span></div></div></div>
  </div>`,
      notes: 'The article says payouts to all insured cane farmers are complete, but the number of insured households, the poor households among them and the amount are all missing; only “nearly” is left of the amount. These three are the figures most worth asking the source for.',
    },
  },
};
