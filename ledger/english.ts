/**
 * The English edition of the ledger: for every figure, its label, its unit in English with the
 * factor that turns the article's number into a plain one (4.88万 ⇒ 48,800), and a translation of
 * its quote. The Chinese quote stays the source; this is only a translation beside it.
 */
export interface FigureEnglish {
  readonly label: string;
  /** English unit written after the number ("jobs", "mu", "yuan"); '' for none. */
  readonly unit: string;
  /** Multiply the article's value by this (10000 for 万). */
  readonly factor?: number;
  readonly quote: string;
  /** For omitted, damaged and derived figures: what is missing or how it is computed. */
  readonly note?: string;
}

const YEAR_MISSING = 'The digits of the year are missing.';
const AMOUNT_MISSING = 'The amount is missing.';

export const FIGURES_EN: Readonly<Record<string, FigureEnglish>> = {
  'overview-distance-km': { label: 'Distance between Shanghai and Yunnan', unit: 'km', quote: 'Shanghai — Yunnan, ? km apart', note: 'The number of kilometres is missing.' },
  'overview-pairing-start-year': { label: 'Year the central government paired Shanghai with Yunnan', unit: '', quote: 'Since ? , when the central government decided that Shanghai would support Yunnan', note: YEAR_MISSING },
  'overview-pairing-years': { label: 'Shanghai–Yunnan partnership', unit: 'years', quote: 'More than 20 years hand in hand' },
  'honghe-pairing-years': { label: 'Xuhui, Changning and other districts paired with Honghe', unit: 'years', quote: 'Xuhui, Changning and other districts paired with Honghe Prefecture for 24 years' },
  'honghe-pu-arrival-year': { label: 'Year Pu Yongkai went to Yunnan', unit: '', quote: 'In June of ?, Pu Yongkai, head of the Honghe team of Shanghai’s 10th group of cadres supporting Yunnan', note: 'Only the month is left; the year is missing.' },
  'honghe-pu-years': { label: 'Pu Yongkai’s years in Honghe', unit: 'years', quote: 'For 3 years he carried a trolley case with a computer and a few clothes' },
  'honghe-pairing-start-year': { label: 'Year Xuhui, Changning and others began pairing with Honghe', unit: '', quote: 'Starting in October of ?, Shanghai’s Xuhui, Changning and other districts paired with Honghe Hani and Yi Autonomous Prefecture', note: 'Only the month is left; the year is missing.' },
  'honghe-cadre-batches': { label: 'Batches of cadres sent by both sides', unit: 'batches', quote: 'In 24 years, 11 batches of 57 cadres from the Party committees and governments of both sides did their utmost' },
  'honghe-cadres': { label: 'Cadres sent by both sides', unit: 'cadres', quote: '11 batches of 57 cadres from the Party committees and governments of both sides' },
  'honghe-changning-jiaogulan-funds': { label: 'Changning’s investment in the jiaogulan project', unit: 'yuan', factor: 10000, quote: 'Changning District invested ? (×10,000) yuan, using a “company + village committee + cooperative + base + farmer” model', note: AMOUNT_MISSING },
  'honghe-shanghai-medical-institutions': { label: 'Medical institutions in the two Shanghai districts', unit: 'institutions', quote: '30 medical institutions of the two districts paired with 50 hospitals and township clinics in the partner counties' },
  'honghe-county-hospitals': { label: 'Hospitals and township clinics in the partner counties', unit: 'hospitals and clinics', quote: 'paired with 50 hospitals and township clinics in the partner counties' },
  'honghe-donated-equipment': { label: 'Equipment sets donated to the “cloud hospital” project', unit: 'sets', quote: 'donated 28 sets of equipment free of charge' },
  'honghe-remote-consultations': { label: 'Remote consultations organised', unit: 'cases', quote: 'organised nearly ? remote consultations', note: 'The number of consultations is missing; only “nearly” is left.' },
  'honghe-shanghai-schools': { label: 'Shanghai schools in pairs', unit: 'schools', quote: '16 schools paired with 23 schools in the partner counties' },
  'honghe-county-schools': { label: 'Partner-county schools in pairs', unit: 'schools', quote: 'paired with 23 schools in the partner counties' },
  'lijiang-hai-monthly-wage': { label: 'Hai Yulan’s monthly wage', unit: 'yuan', quote: 'board and lodging every month plus a wage of 2 yuan', note: 'Printed as “2元”: a monthly wage that small is not credible; digits were probably lost.' },
  'lijiang-hai-dividend': { label: 'Hai Yulan’s dividend last year', unit: 'yuan', quote: 'last year I also received a dividend of ? yuan', note: AMOUNT_MISSING },
  'lijiang-hai-subsidy': { label: 'Hai Yulan’s subsidy last year', unit: 'yuan', quote: 'and a subsidy of ? yuan', note: AMOUNT_MISSING },
  'lijiang-mushroom-project-year': { label: 'Year Yangpu funded the mushroom project', unit: '', quote: 'In ?, Shanghai’s Yangpu District invested ? (×10,000) yuan of Shanghai–Yunnan cooperation project funds', note: YEAR_MISSING },
  'lijiang-yangpu-project-funds': { label: 'Yangpu’s project funds', unit: 'yuan', factor: 10000, quote: 'invested ? (×10,000) yuan of Shanghai–Yunnan cooperation project funds', note: AMOUNT_MISSING },
  'lijiang-yongsheng-matching-funds': { label: 'Yongsheng County’s matching agricultural funds', unit: 'yuan', factor: 10000, quote: 'Yongsheng County’s budget matched ? (×10,000) yuan of agricultural funds', note: AMOUNT_MISSING },
  'lijiang-project-village-committees': { label: 'Village committees of Liude covered by the mushroom project', unit: 'village committees', quote: 'The project covers 8 village committees of Liude Township' },
  'lijiang-project-households': { label: 'Registered poor households covered by the mushroom project', unit: 'households', quote: 'the 0 registered poor households of 8 village committees', note: 'Printed as “0户”: covering no household contradicts “the project covers”; the leading digits were probably cut.' },
  'lijiang-household-annual-income': { label: 'Yearly income per household', unit: 'yuan', quote: 'each household can earn 0 yuan a year', note: 'Printed as “收益0元”: an income of zero contradicts the context; the leading digits were probably cut.' },
  'lijiang-workshop-households': { label: 'Poor households working in the workshop', unit: 'households', quote: 'at present ? poor households work in the poverty-relief workshop', note: 'The number of households is missing.' },
  'lijiang-poverty-projects': { label: 'Poverty-relief projects since Yangpu paired with Lijiang', unit: 'projects', quote: 'carried out ? poverty-relief projects', note: 'The number of projects is missing.' },
  'lijiang-expo-year': { label: 'Year of the sales fair in Shanghai', unit: '', quote: 'to drive production by sales, in July of ?, 18 companies were organised to attend a sales fair in Shanghai', note: 'Only the month is left; the year is missing.' },
  'lijiang-expo-companies': { label: 'Companies at the Shanghai sales fair', unit: 'companies', quote: '18 companies were organised to attend a sales fair in Shanghai' },
  'lijiang-expo-sales': { label: 'Products sold at the fair', unit: 'yuan', factor: 10000, quote: 'sold products worth 94.? (×10,000) yuan', note: 'Printed as “94.万元”: the decimals are lost; {lijiang-expo-sales}.' },
  'lijiang-expo-supply-orders': { label: 'Supply contracts signed', unit: 'contracts', quote: 'signed 13 supply contracts' },
  'lijiang-expo-order-value': { label: 'Value of the supply contracts', unit: 'yuan', factor: 10000, quote: 'signed 13 supply contracts worth ? (×10,000) yuan', note: 'The value of the {lijiang-expo-supply-orders} is missing.' },
  'lijiang-poverty-day-year': { label: 'Year of the “10·17 Poverty Relief Day” fair', unit: '', quote: 'On the “10·17 Poverty Relief Day” of ?, 19 poverty-relief companies were organised', note: YEAR_MISSING },
  'lijiang-poverty-day-companies': { label: 'Poverty-relief companies at the “10·17” fairs', unit: 'companies', quote: '19 poverty-relief companies attended the fairs at Shanghai’s Everbright venue and the Yangpu venue' },
  'lijiang-poverty-day-order-value': { label: 'Orders signed on “10·17” Poverty Relief Day', unit: 'yuan', factor: 10000, quote: 'signed orders worth ? (×10,000) yuan', note: AMOUNT_MISSING },
  'lijiang-consumption-hall-year': { label: 'Year the Lijiang consumption hall opened', unit: '', quote: 'In ?, the Lijiang consumption poverty-relief hall opened in the Guohe 0 community commercial centre in Yangpu', note: YEAR_MISSING },
  'puer-yantui-rubber-area': { label: 'Rubber land Yan Tui’s family manages', unit: 'mu', quote: 'the 60 mu of rubber land his family plants and manages' },
  'puer-yantui-insured-year': { label: 'Year Yan Tui took out insurance', unit: '', quote: 'In ?, Yan Tui learned of the natural-rubber “futures + insurance” support policy', note: YEAR_MISSING },
  'puer-yantui-payout': { label: 'Yan Tui’s payout that year', unit: 'yuan', quote: 'that same year he received ? yuan in compensation', note: AMOUNT_MISSING },
  'puer-ximeng-first-year': { label: 'Year Ximeng’s rubber farmers first joined', unit: '', quote: 'In ?, ? rubber-farming households in Ximeng County joined natural-rubber “insurance + futures”', note: YEAR_MISSING },
  'puer-ximeng-insured-households': { label: 'Rubber-farming households in Ximeng that joined', unit: 'households', quote: '? rubber-farming households in Ximeng County joined', note: 'The number of households is missing.' },
  'puer-ximeng-payout': { label: 'Insurance paid out in Ximeng', unit: 'yuan', factor: 10000, quote: 'insurance payouts totalled ?.1 (×10,000) yuan', note: 'Printed as “.1万元”: the digits before the decimal point are lost; the amount cannot be known.' },
  'puer-rubber-expansion-year': { label: 'Year insured rubber reached {puer-rubber-insured-area}', unit: '', quote: 'In ?, natural-rubber insurance was extended further', note: YEAR_MISSING },
  'puer-rubber-insured-area': { label: 'Insured natural-rubber area', unit: 'mu', factor: 10000, quote: 'the insured area reached 100,000 mu (10万亩)' },
  'puer-coffee-pilot-year': { label: 'Year of the coffee price-insurance pilot in Ning’er', unit: '', quote: 'In ?, a coffee price-insurance pilot was launched in Ning’er County', note: YEAR_MISSING },
  'puer-sugarcane-yield-before': { label: 'Jinggu cane farmers’ usual yield', unit: 't/mu', quote: 'from an average of 5 tonnes per mu in past years down to 3.5 tonnes per mu' },
  'puer-sugarcane-yield-drought': { label: 'Jinggu cane farmers’ yield after the drought', unit: 't/mu', quote: 'down to 3.5 tonnes per mu' },
  'puer-sugarcane-yield-change': { label: 'Change in yield per mu (computed)', unit: '%', quote: 'from an average of 5 tonnes per mu in past years down to 3.5 tonnes per mu', note: 'Computed: ({puer-sugarcane-yield-drought|number} − {puer-sugarcane-yield-before|number}) ÷ {puer-sugarcane-yield-before|number} × 100 = {puer-sugarcane-yield-change}, from the article’s {puer-sugarcane-yield-before|number} and {puer-sugarcane-yield-drought|number} tonnes.' },
  'puer-sugar-insurance-year': { label: 'Year of the sugarcane price-protection insurance', unit: '', quote: 'In ?, Dadi Futures together with Jinrui Futures', note: YEAR_MISSING },
  'puer-sugar-insured-households': { label: 'Insured cane-farming households paid', unit: 'households', quote: 'payouts have been completed for all ? households', note: 'The number of insured households is missing (a number seems lost in “所有户”).' },
  'puer-sugar-insured-poor-households': { label: 'Of which registered poor households', unit: 'households', quote: 'of which ? registered poor households', note: 'The number of households is missing.' },
  'puer-sugar-payout': { label: 'Payouts to insured cane farmers', unit: 'yuan', factor: 10000, quote: 'payouts of nearly ? (×10,000) yuan to insured cane farmers', note: 'The amount is missing; only “nearly” is left.' },
  'xishuangbanna-yang-migration-year': { label: 'Year Yang Xiaoqiang went to work in Songjiang', unit: '', quote: 'In ?, Yang Xiaoqiang, a registered poor resident of Huitang village, Mengwang township, Menghai county', note: YEAR_MISSING },
  'xishuangbanna-labour-start-year': { label: 'Year the count starts', unit: '', quote: 'Since ?, Xishuangbanna Dai Autonomous Prefecture has organised Shanghai–Yunnan labour job fairs', note: 'The starting year is missing.' },
  'xishuangbanna-job-fairs': { label: 'Shanghai–Yunnan labour job fairs', unit: 'job fairs', quote: 'organised 17 Shanghai–Yunnan labour-cooperation job fairs' },
  'xishuangbanna-jobs-offered': { label: 'Jobs offered in total', unit: 'jobs', factor: 10000, quote: 'offering 48,800 jobs in total (4.88万个)' },
  'xishuangbanna-jobs-per-fair': { label: 'Jobs per job fair on average (computed)', unit: 'jobs', quote: '17 job fairs, offering 48,800 jobs in total', note: 'Computed: {xishuangbanna-jobs-offered} ÷ {xishuangbanna-job-fairs} ≈ {xishuangbanna-jobs-per-fair|number}, an average from the article’s two figures.' },
  'xishuangbanna-transferred-workers': { label: 'Poor workers moved into jobs elsewhere', unit: 'people', quote: '? poor workers moved into jobs elsewhere', note: 'The number of people is missing.' },
  'xishuangbanna-public-service-jobs': { label: 'Rural public-service jobs created', unit: 'jobs', quote: 'created ? rural public-service jobs', note: 'The number of jobs is missing.' },
  'xishuangbanna-trained-technicians': { label: 'Technicians trained in Songjiang', unit: 'people', quote: 'in total ? people attended study and training', note: 'The number of people is missing.' },
};
