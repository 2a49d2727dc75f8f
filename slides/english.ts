/** One slide of the English edition: the section's inner HTML (same data-figure and data-chart tags as the Chinese) and its notes. */
export interface SlideEnglish {
  readonly html: string;
  readonly notes: string;
}

/** A deck's English edition: one typed place per deck, keyed by the Chinese deck's slide ids. */
export interface DeckEnglish {
  readonly title: string;
  readonly subtitle: string;
  readonly slides: Readonly<Record<string, SlideEnglish>>;
}
