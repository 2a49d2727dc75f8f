import type { ChartData } from '../../charts/catalog/chart-data.ts';
import type { DeckId, FigureStatus } from '../../ledger/types.ts';
import type { Lang } from '../../ledger/format.ts';
import type { GapKind } from '../gap-table.ts';

/**
 * One deck in one edition as data: slides, their blocks, the figures (ledger ids) and charts
 * (catalog ids) they show. Built once in site/ from the slide sources, the ledger and the chart
 * catalog (site/model/deck-model.ts); the PowerPoint export renders from it and never reads HTML.
 */
export interface DeckModel {
  readonly id: DeckId;
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly minutes: number;
  /** The source line under every visual (“来源：云南网《…》”). */
  readonly credit: string;
  readonly slides: readonly SlideModel[];
}

/** A figure as a slide shows it. */
export interface FigureRef {
  readonly id: string;
  readonly status: FigureStatus;
  /** The value as written (“4.88万个”, “？年”, “94万元以上”). */
  readonly value: string;
  /** For a gap: its words (“原文未给出”, “原文显示“94.万元””); '' for a stated or derived figure. */
  readonly gap: string;
  /** For a damaged figure: what the text prints, in words (“原文显示“0户””); else ''. */
  readonly printed: string;
}

/** A piece of text as the slide shows it, figures written in; `figures` are the ledger ids it prints. */
export interface Rich {
  readonly text: string;
  readonly figures: readonly string[];
}

export interface Tile {
  readonly figure: FigureRef;
  readonly label: string;
}

export interface ChartModel {
  readonly id: string;
  readonly title: string;
  /** “单位：…”, shown under the chart when the screen shows it; '' otherwise. */
  readonly unitLine: string;
  /** The unit alone (the name of a single series in the sheet). */
  readonly unit: string;
  readonly description: string;
  readonly data: ChartData;
}

export type Block =
  | { readonly kind: 'row'; readonly weights: readonly number[]; readonly children: readonly Block[] }
  | { readonly kind: 'column'; readonly children: readonly Block[] }
  | { readonly kind: 'hero'; readonly figure: FigureRef; readonly label: string; readonly note: string }
  | { readonly kind: 'big'; readonly heading: string; readonly figure: FigureRef; readonly label: string; readonly key: boolean }
  | { readonly kind: 'tiles'; readonly heading: string; readonly tiles: readonly Tile[]; readonly large: boolean }
  | { readonly kind: 'chart'; readonly chart: ChartModel; readonly missing: Rich }
  | { readonly kind: 'quote'; readonly original: string; readonly text: string; readonly who: string; readonly large: boolean }
  /** body: a paragraph; small: a note line or legend; gap-note: a gap said once in words. */
  | { readonly kind: 'text'; readonly text: Rich; readonly role: 'body' | 'small' | 'gap-note' }
  /** A line of parts set apart (the per-unit figure, its 计算值 tag, its words). */
  | { readonly kind: 'parts'; readonly parts: readonly Rich[]; readonly role: 'each' | 'key' }
  /** A row of equal marks, one per unit of a stated count (17 job fairs ⇒ 17 marks). */
  | { readonly kind: 'unit-marks'; readonly figure: string; readonly count: number; readonly words: string; readonly label: string }
  /** A lower bound as an open-ended bar: the figure above a bar that fades into an arrow. */
  | { readonly kind: 'open-bound'; readonly figure: FigureRef }
  /** The overview's pairing map: Shanghai side → Yunnan side, each Yunnan side a deck. */
  | { readonly kind: 'pairing-map'; readonly heads: readonly [string, string]; readonly rows: readonly { readonly shanghai: string; readonly named: boolean; readonly yunnan: string; readonly deck: DeckId; readonly url?: string }[] }
  /** The gaps slide's table: groups of gaps by kind (years, amounts …). */
  | { readonly kind: 'gaps'; readonly groups: readonly { readonly kind: GapKind; readonly title: string; readonly items: readonly Tile[] }[] }
  /** Links to the other decks' gaps slides (the overview). */
  | { readonly kind: 'deck-links'; readonly heading: string; readonly links: readonly { readonly text: string; readonly deck: DeckId; readonly url?: string }[] }
  /** The source slide's credit; QR codes when the site's address is known. */
  | { readonly kind: 'source'; readonly title: string; readonly lines: readonly string[]; readonly qr: readonly { readonly url: string; readonly caption: string }[] };

/** A slide's blocks in reading order, rows and columns opened (each nested block once). */
export function slideBlocks(body: Block | null): Block[] {
  if (!body) return [];
  return [body, ...(body.kind === 'row' || body.kind === 'column' ? body.children.flatMap(slideBlocks) : [])];
}

export interface SlideModel {
  readonly id: string;
  readonly layout: string;
  readonly title: Rich;
  /** Title slide: the line above the title, the subtitle and the byline (screen-only hints left out). */
  readonly kicker: string;
  readonly subtitle: string;
  readonly byline: string;
  readonly body: Block | null;
  /** Speaker notes as lines: what to say, then each figure's article sentence. */
  readonly notes: readonly string[];
  /** Ledger ids the slide's title and body show, in order, without repeats (not the notes'). */
  readonly shown: readonly string[];
  /** Every ledger id of the slide, notes included (as the rendered page's slide list). */
  readonly figures: readonly string[];
  /** Figures the slide shows that the speaker supplied from another source (assets/supplements.csv), never the article's. */
  readonly supplied: readonly SuppliedOnSlide[];
}

/** A supplied figure as a slide shows it: “补充 1996年（publisher）” beside its gap, and its source in the notes. */
export interface SuppliedOnSlide {
  readonly figure: string;
  readonly label: string;
  readonly source: string;
}
