/** The deck runtime's one typed configuration; query parameters win last. */
export interface DeckRuntimeConfig {
  /** ?print-pdf: reveal's print layout, every chart drawn without animation. */
  readonly print: boolean;
  /** ?print-pdf&handout: each slide with its speaker notes below it, one page per slide (handout-layout.ts). */
  readonly handout: boolean;
  /** ?embed=<slide-id>: show that slide alone (see embed-mode.ts). */
  readonly embedSlide: string | null;
  /** prefers-reduced-motion: no transitions, no chart animation. */
  readonly reducedMotion: boolean;
  /** Backing-store multiplier when printing (crisp PDFs). */
  readonly printPixelRatio: number;
}

export function readRuntimeConfig(location: Location, media: (query: string) => MediaQueryList): DeckRuntimeConfig {
  const params = new URLSearchParams(location.search);
  return {
    print: /print-pdf/i.test(location.search),
    handout: /print-pdf/i.test(location.search) && params.has('handout'),
    embedSlide: params.has('embed') ? params.get('embed') ?? '' : null,
    reducedMotion: media('(prefers-reduced-motion: reduce)').matches,
    printPixelRatio: 3,
  };
}
