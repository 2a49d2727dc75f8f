/**
 * Okabe–Ito colours, chosen for colour-blind safety and at least 3:1 against the slide background.
 * Shanghai and Yunnan keep the same two colours in every deck.
 */
export const PALETTE = {
  shanghai: '#0072B2',
  yunnan: '#C4501A',
  neutral: '#3E4A56',
  placeholder: '#5F6670',
  /** Omitted entries in the ledger-status bars: lighter than text, still ≥ 3:1 on the background, white labels on it ≥ 3:1. */
  placeholderLight: '#7D858D',
  damaged: '#8A3F73',
  /** A value supplied from another source (补充 / added), never in the article's colours; ≥ 4.5:1 on the background. */
  supplement: '#00735A',
  background: '#FBFAF7',
  text: '#1D232A',
  muted: '#4B5560',
  grid: '#D9D6CE',
} as const;

export type Side = 'shanghai' | 'yunnan' | 'neutral';

export const FONT_FAMILY = '"Noto Sans SC Deck", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
