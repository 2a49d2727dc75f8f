import type { Lang } from '../ledger/format.ts';

/** The gallery's own words in both languages (the decks' words live with the decks). */
export const GALLERY_TEXT = {
  'zh-CN': {
    pageTitle: '沪滇携手：数据故事幻灯片',
    heading: '沪滇携手：数据故事幻灯片',
    kicker: '沪滇对口帮扶 · 五套数据故事',
    intro: '根据云南网《沪滇携手共谱扶贫协作新篇章》制作。每个数字都能追溯到原文句子；原文缺失或残缺的数字如实标出，不补、不猜。',
    downloads: '<a href="data/figures.json" download>全部数字 JSON</a> · <a href="data/figures.csv" download>CSV（可用表格软件打开）</a>',
    pdf: 'PDF：打开演示的“打印版”，用浏览器的“打印 → 另存为 PDF”（勾选“背景图形”），每页一张幻灯片。',
    switchLabel: 'English',
    switchHref: 'en.html',
    slides: (count: number) => `${count}页`,
    minutes: (minutes: number) => `约${minutes}分钟`,
    present: '放映',
    print: '打印版 / PDF',
    data: '数据（CSV）',
    dataHref: 'data/figures.csv',
    otherEdition: 'English edition',
    offline: '离线单文件',
  },
  en: {
    pageTitle: 'Shanghai and Yunnan hand in hand: data-story slides',
    heading: 'Shanghai and Yunnan hand in hand: data-story slides',
    kicker: 'Shanghai–Yunnan pairing · five data stories',
    intro:
      'Made from Yunnan Net’s article <span lang="zh-CN">《沪滇携手共谱扶贫协作新篇章》</span>. Every figure traces to a sentence of the article; figures the article leaves out or prints damaged are shown as such, never filled in or guessed. 1 万 = 10,000; 1 亩 (mu) ≈ 667 m².',
    downloads: '<a href="data/figures.json" download>All figures (JSON)</a> · <a href="data/figures-en.csv" download>CSV in English</a>',
    pdf: 'PDF: open a deck’s print version and use the browser’s Print → Save as PDF (with background graphics), a page per slide.',
    switchLabel: '中文',
    switchHref: './',
    slides: (count: number) => `${count} slides`,
    minutes: (minutes: number) => `about ${minutes} min`,
    present: 'Present',
    print: 'Print / PDF',
    data: 'Data (CSV)',
    dataHref: 'data/figures-en.csv',
    otherEdition: '中文版',
    offline: 'Offline file',
  },
} as const satisfies Record<Lang, unknown>;
