import type { HTMLElement } from 'node-html-parser';
import type { Lang } from '../contracts/lang.ts';
import { DECK_IDS, type DeckId } from '../ledger/types.ts';
import { CLOSING } from '../slides/closing.ts';

/** Where a deck page puts its gaps and source slides: `<div data-closing-slides></div>` inside .slides. */
const MARKER = 'data-closing-slides';

/** The words every deck's closing slides share, in each language; slides/closing.ts holds the rest. */
const SHARED = {
  'zh-CN': {
    gapsHeading: (section: string) => `${section}原文未给出的数字`,
    legend: '灰框“？”：原文没有这个数字',
    legendDamaged: '灰框“？”：原文没有这个数字 · 紫框：原文印坏，照录原文',
    regionsHeading: '各地区的清单',
    sourceHeading: '出处与数据',
    sourceNotes: '所有数字都来自这篇文章的转载稿；本项目没有补充任何原文以外的数字。数据下载中列出了每个数字的原文句子。',
    /** When the speaker supplied figures from other sources (assets/supplements.csv): said, not hidden. */
    sourceNotesSupplied: '原文给出的数字都来自这篇文章的转载稿。标“补充”的数字不是原文的，是讲者从其他公开来源补充的，每个都注明了来源、日期、网址和来源原文；原文的空缺照样标出。数据下载中列出了每个数字的原文句子和补充来源。',
    legendSupplied: '绿框“补充”：讲者从其他来源补充，注明出处',
  },
  en: {
    gapsHeading: (section: string) => `${section}: figures the article does not give`,
    legend: 'Grey “?”: not given in the article',
    legendDamaged: 'Grey “?”: not given in the article · purple: damaged, as printed',
    regionsHeading: 'Each region’s list',
    sourceHeading: 'Source and data',
    sourceNotes: 'Every figure comes from the republished copy of this article; this project adds no figure from elsewhere. The data download gives the article sentence of every figure.',
    sourceNotesSupplied: 'The article’s figures come from its republished copy. Figures marked “added” are not the article’s: the speaker added them from other public sources, each with its source, date, address and the source’s own words; the article’s gaps are still shown. The data download gives the article sentence of every figure and the source of every added one.',
    legendSupplied: 'Green “added”: from another source, cited',
  },
} as const satisfies Record<Lang, unknown>;

/**
 * A deck's gaps and source slides as HTML, in the same shape as the hand-written slides: the gap
 * list and the source credit are filled from the deck model like any slide's.
 */
/** What the closing slides say about the deck's figures (from its model): shown supplied figures, damaged figures. */
export interface ClosingFacts {
  /** The deck shows figures supplied from other sources; its legend and source notes say so. */
  readonly supplied: boolean;
  /** The deck has damaged figures; its legend explains them. */
  readonly damaged: boolean;
}

export function closingSlidesHtml(deck: DeckId, lang: Lang, { supplied, damaged }: ClosingFacts): string {
  const words = CLOSING[deck][lang];
  const shared = SHARED[lang];
  const gaps = [
    '<section id="gaps" data-layout="gaps">',
    `  <h2>${shared.gapsHeading(words.section)}</h2>`,
    '  <div class="gaps-body fill">',
    '    <div data-gap-list></div>',
    ...(words.regionLists ? [regionListsHtml(deck, lang)] : []),
    '  </div>',
    `  <p class="gaps-legend">${damaged ? shared.legendDamaged : shared.legend}${supplied ? `<span data-supplement-only> · ${shared.legendSupplied}</span>` : ''}</p>`,
    `  <aside class="notes">${words.gapsNotes}</aside>`,
    '</section>',
  ];
  const source = [
    '<section id="source" data-layout="source">',
    `  <h2>${shared.sourceHeading}</h2>`,
    '  <div data-source-credit class="fill"></div>',
    ...(words.sourceNote ? [`  <p class="note-line">${words.sourceNote}</p>`] : []),
    `  <aside class="notes">${supplied ? `<span data-supplement-only>${shared.sourceNotesSupplied}</span><span data-supplement-article hidden>${shared.sourceNotes}</span>` : shared.sourceNotes}</aside>`,
    '</section>',
  ];
  return `${gaps.join('\n')}\n\n${source.join('\n')}`;
}

/** Where each deck's own gaps slide is, from another deck's page in the same edition. */
function gapsSlideHref(deck: DeckId, lang: Lang): string {
  return `../${deck}/${lang === 'en' ? 'en.html' : ''}#/gaps`;
}

/** The other decks' gaps slides, each a link (the overview: each region's list is at the end of its own deck). */
function regionListsHtml(deck: DeckId, lang: Lang): string {
  const links = DECK_IDS.filter((id) => id !== deck).map((id) => `<li><a href="${gapsSlideHref(id, lang)}">${CLOSING[id][lang].section}</a></li>`);
  return `    <nav class="gap-regions" aria-label="${SHARED[lang].regionsHeading}"><h3 class="gap-group-title">${SHARED[lang].regionsHeading}</h3><ul>${links.join('')}</ul></nav>`;
}

/** The page's closing-slides marker, checked (one at most, empty, directly inside .slides), or null when it has none. */
export function closingMarker(root: HTMLElement, file: string): HTMLElement | null {
  const markers = root.querySelectorAll(`[${MARKER}]`);
  const [marker] = markers;
  if (!marker) return null;
  if (markers.length > 1) throw new Error(`${file}: ${markers.length} elements carry ${MARKER}; one marks where the gaps and source slides go`);
  if (!marker.parentNode?.classList.contains('slides')) throw new Error(`${file}: <div ${MARKER}> must sit directly inside .slides, between slides`);
  if (marker.innerHTML.trim() !== '') throw new Error(`${file}: <div ${MARKER}> has content; leave it empty (the slides' words are in slides/closing.ts)`);
  return marker;
}

/** A deck page's closing-slides marker: a page with none is refused, naming the file. */
export function requireClosingMarker(root: HTMLElement, file: string): HTMLElement {
  const marker = closingMarker(root, file);
  if (!marker) throw new Error(`${file}: needs <div ${MARKER}></div> inside .slides where the gaps and source slides go; site/closing-slides.ts writes them`);
  return marker;
}

/**
 * Replaces the page's closing-slides marker with the deck's gaps and source slides. A fragment
 * without the marker is left alone; every deck page has one (requireDeckMarkers in site-data.ts).
 */
export function insertClosingSlides(root: HTMLElement, deck: DeckId, lang: Lang, file: string, facts: ClosingFacts): void {
  closingMarker(root, file)?.replaceWith(closingSlidesHtml(deck, lang, facts));
}
