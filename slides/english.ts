/** One slide of the English edition: the section's inner HTML (same data-figure and data-chart tags as the Chinese) and its notes. */
export interface SlideEnglish {
  readonly html: string;
  readonly notes: string;
}

/** A deck's English edition: one typed place per deck, keyed by the Chinese deck's slide ids. */
export interface DeckEnglish {
  /** The deck's title: decks.json, the gallery, the page's <title>, and the title slide's h1 unless `heading` says otherwise. */
  readonly title: string;
  /**
   * The title slide's h1 (HTML, may hold data-figure elements) where it is not the title word for word;
   * the title slide writes `<h1 data-deck-title></h1>` either way (site/deck-title.ts fills it).
   */
  readonly heading?: string;
  readonly subtitle: string;
  /** Every hand-written slide; the gaps and source slides are written by site/closing-slides.ts from slides/closing.ts. */
  readonly slides: Readonly<Record<string, SlideEnglish>>;
}
