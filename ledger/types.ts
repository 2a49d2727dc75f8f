/** The five decks, one per section of the article. */
export const DECK_IDS = ['overview', 'honghe', 'lijiang', 'puer', 'xishuangbanna'] as const;
export type DeckId = (typeof DECK_IDS)[number];

export const STATUSES = ['stated', 'omitted', 'damaged', 'derived'] as const;
export type FigureStatus = (typeof STATUSES)[number];

/** How a derived figure is computed from its inputs. */
export type Derivation =
  /** (to − from) ÷ from × 100, in percent. */
  | { readonly kind: 'percent-change'; readonly from: string; readonly to: string }
  /**
   * numerator ÷ denominator, each taken at its unit's scale (4.88万个 ÷ 17场 = 48,800 ÷ 17): the
   * scale follows from the inputs' units (ledger/units.ts) and is never typed.
   */
  | { readonly kind: 'ratio'; readonly numerator: string; readonly denominator: string };

/** One figure of the article: a number it prints, a number it leaves out, or one it prints damaged. */
export interface Figure {
  /** Stable, kebab-case ASCII. Public: slides, charts and tools refer to it. */
  readonly id: string;
  readonly deck: DeckId;
  /** Short Chinese label. */
  readonly label: string;
  /** The number as the article writes it (4.88 for 4.88万个); null when omitted or illegible. */
  readonly value: number | null;
  /** The unit as the article writes it (万个, 万亩, 吨/亩 …). */
  readonly unit: string;
  readonly status: FigureStatus;
  /** A verbatim substring of the article body containing the figure or the gap; found exactly once. */
  readonly quote: string;
  /** For omitted, damaged and derived figures: what is missing or how it is made, in plain Chinese. */
  readonly note?: string;
  /** "近", "余", "约" as the article prints them; kept in every label. */
  readonly approx?: '近' | '余' | '约';
  /** Damaged only: the text exactly as printed ("94.万元"). */
  readonly printed?: string;
  /** Damaged only: the legible value is a lower bound (94.万元 ⇒ at least 94万元). */
  readonly bound?: 'lower';
  /** Derived only: how the value is computed. */
  readonly derivation?: Derivation;
  /** Derived only: decimals the value is rounded to. */
  readonly decimals?: number;
}

/** A digit run in the article body that is not a figure, with the reason. */
export interface CoverageExclusion {
  /** A verbatim substring of the body containing the digits; every occurrence is excluded. */
  readonly quote: string;
  readonly reason: string;
}
