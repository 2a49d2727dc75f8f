import type { DeckId } from '../ledger/types.ts';

/** A deck's titles in the English edition (the Chinese ones are in slides/decks.ts). */
export interface DeckTitlesText {
  /** The deck's title: decks.json, the gallery, the page's <title>, and the title slide's h1 unless `heading` says otherwise. */
  readonly title: string;
  /**
   * The title slide's h1 (HTML, may hold data-figure elements) where it is not the title word for word;
   * the title slide writes `<h1 data-deck-title></h1>` either way (site/deck-title.ts fills it).
   */
  readonly heading?: string;
  /** May hold figure tokens ({ledger-id}). */
  readonly subtitle: string;
}

/**
 * Every deck's English titles: the type requires one per deck. Metadata only: the English slides
 * are slides/<deck>/en.html, written like index.html.
 */
export const ENGLISH_DECKS: Readonly<Record<DeckId, DeckTitlesText>> = {
  overview: {
    title: 'Shanghai and Yunnan join hands in a new chapter of poverty relief',
    heading: 'Shanghai and Yunnan: a new chapter in poverty-alleviation cooperation',
    subtitle: 'Overview: four regions, and what the figures tell us',
  },
  honghe: {
    title: 'Xuhui, Changning and other districts pair with Honghe',
    heading: 'Xuhui, Changning and other districts paired with Honghe for <span data-figure="honghe-pairing-years"></span>',
    subtitle: 'Mountains and sea build the road out of poverty',
  },
  lijiang: {
    title: 'Yangpu District supports Lijiang City',
    heading: 'Yangpu District supports <span class="nobr">Lijiang City</span>',
    subtitle: 'Growing local specialty industries',
  },
  puer: { title: 'Pu’er City builds on the Shanghai–Yunnan platform', subtitle: '“Poverty relief + insurance” secures incomes' },
  xishuangbanna: { title: 'Songjiang District and Xishuangbanna Prefecture join hands', subtitle: 'Leaving the mountains, seeing hope of prosperity' },
};
