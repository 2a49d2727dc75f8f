import type { ChartData } from '../../charts/catalog/chart-data.ts';
import type { DeckId, FigureStatus } from '../../ledger/types.ts';
import type { Lang } from '../../ledger/format.ts';
import type { GapKind } from '../gap-table.ts';
import type { ChartTable } from '../chart-table.ts';
import type { StepMask } from '../../charts/steps.ts';

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
  /** Every figure the deck's slides show or cite, by ledger id, with all a page writes about it (site/render-deck.ts reads no ledger). */
  readonly figures: Readonly<Record<string, FigureFacts>>;
  /** What the page's frame takes from the deck: its <title> and title heading, and what its closing slides say. */
  readonly page: PageModel;
}

/** The page's titles and closing slides as the model knows them (site/deck-title.ts, site/closing-slides.ts write them). */
export interface PageModel {
  /** The browser tab's title (“title · subtitle lead”). */
  readonly tab: string;
  /** The title slide's h1 as HTML: the title, a figure it prints as an empty data-figure slot filled like every figure. */
  readonly headingHtml: string;
  /** Where the titles are written (“slides/decks.ts, deck “puer”, title”), for errors. */
  readonly titleSource: string;
  /** The deck shows figures supplied from other sources: its gaps legend and source notes say so. */
  readonly supplied: boolean;
  /** The deck has damaged figures: its gaps legend explains them. */
  readonly damaged: boolean;
  /** The heading over the notes' list of where each figure comes from. */
  readonly notesHeading: string;
}

/** A supplied figure (assets/supplements.csv) as every output writes it. */
export interface SuppliedFacts {
  readonly url: string;
  /** Its source in words (“新华社, 2019-…”). */
  readonly source: string;
  /** The mark beside the gap (“补充 1996年”). */
  readonly mark: string;
  readonly publisher: string;
  /** The value as added, in a sentence (notes). */
  readonly line: string;
  /** The gap table's words: “原文未给出 · 已补充”. */
  readonly gapWords: string;
}

/** A figure with everything a page writes about it: element attributes, popover, value, gap words, label, notes' source line. */
export interface FigureFacts {
  readonly id: string;
  readonly status: FigureStatus;
  readonly label: string;
  /** The value as written (“4.88万个”, “？年”). */
  readonly value: string;
  /** The ledger's number (null for a gap without one). */
  readonly amount: number | null;
  /** The article sentence, and its English rendering in the English edition. */
  readonly quote: string;
  readonly quoteEn?: string;
  /** The ledger's caveat in the edition's words, when it has one. */
  readonly note?: string;
  /** For a gap: “原文未给出”, or what a damaged figure prints with its doubt; '' otherwise. */
  readonly placeholder: string;
  /** For a damaged figure: what the text prints (“原文显示“0户””); '' otherwise. */
  readonly printed: string;
  /** The speaker notes' line: label, value and the article sentence. */
  readonly sourceLine: string;
  readonly supplement?: SuppliedFacts;
}

/** A chart as the screen draws it: the prepared Chart.js configuration and what stands beside it. */
export interface ChartScreen {
  /** The serialized Chart.js configuration (charts/config-json.ts), supplied values in. */
  readonly config: string;
  /** The article alone when supplied values change the chart (drawn under ?supplements=off); '' otherwise. */
  readonly articleConfig: string;
  /** A chart built in steps: its masks; null otherwise. */
  readonly steps: readonly StepMask[] | null;
  readonly height: number;
  /** The ledger ids the chart plots (data-figures). */
  readonly figures: readonly string[];
  /** The printed words under the chart: a figure chip (by id) or a line of its own. */
  readonly chips: readonly ({ readonly figure: string } | { readonly line: string })[];
  /** Its data as a table (the “数据” toggle and CSV download). */
  readonly table: ChartTable;
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
  readonly screen: ChartScreen;
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
  | { readonly kind: 'pairing-map'; readonly heads: readonly [string, string]; readonly rows: readonly PairingRow[] }
  /** The gaps slide's table: groups of gaps by kind (years, amounts …). */
  | { readonly kind: 'gaps'; readonly groups: readonly { readonly kind: GapKind; readonly title: string; readonly items: readonly Tile[] }[] }
  /** Links to the other decks' gaps slides (the overview). */
  | { readonly kind: 'deck-links'; readonly heading: string; readonly links: readonly { readonly text: string; readonly deck: DeckId; readonly url?: string }[] }
  /** The source slide's credit; QR codes when the site's address is known. */
  | { readonly kind: 'source'; readonly title: string; readonly lines: readonly string[]; readonly qr: readonly SourceQr[]; readonly article: SourceArticle; readonly downloads: readonly { readonly label: string; readonly file: string }[] };

/** A pairing as the map shows it: the Shanghai side (its article sentence on hover) joined to the Yunnan side's deck. */
export interface PairingRow {
  readonly shanghai: string;
  readonly named: boolean;
  readonly yunnan: string;
  readonly deck: DeckId;
  readonly url?: string;
  readonly quote: string;
  readonly quoteEn?: string;
}

/** A QR code on the source slide: where it points, its caption and its spoken label. */
export interface SourceQr {
  readonly kind: 'deck' | 'data';
  readonly url: string;
  readonly caption: string;
  readonly aria: string;
}

/** The article the deck is made from, as the source slide credits it. */
export interface SourceArticle {
  readonly title: string;
  readonly source: string;
  readonly url: string;
}

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
