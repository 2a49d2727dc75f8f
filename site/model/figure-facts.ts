import type { Figure } from '../../ledger/types.ts';
import { english, figureLabel, figureNote, formatValue, isPlaceholder, placeholderText, printedText, type Lang } from '../../ledger/format.ts';
import type { Supplement } from '../../ledger/supplements.ts';
import { suppliedGapWords, supplementLine, supplementMark, supplementSource } from '../../ledger/supplement-text.ts';
import { noteSources } from '../note-sources.ts';
import type { FigureFacts, SuppliedFacts } from './types.ts';

/** A supplied figure's words in an edition, as every output writes them (ledger/supplement-text.ts). */
function suppliedFacts(figure: Figure, supplement: Supplement, lang: Lang): SuppliedFacts {
  return {
    url: supplement.sourceUrl,
    source: supplementSource(supplement, lang),
    mark: supplementMark(figure, supplement, lang),
    publisher: supplement.publisher,
    line: supplementLine(figure, supplement, lang),
    gapWords: `${figure.status === 'omitted' ? placeholderText(figure, lang) : printedText(figure, lang)}${suppliedGapWords(lang)}`,
  };
}

/** What a page writes about a ledger figure in an edition: attributes, popover, value, gap words, label and notes' line. */
export function figureFacts(figure: Figure, lang: Lang, supplement?: Supplement): FigureFacts {
  const note = figureNote(figure, lang);
  return {
    id: figure.id,
    status: figure.status,
    label: figureLabel(figure, lang),
    value: formatValue(figure, lang),
    amount: figure.value,
    quote: figure.quote,
    ...(lang === 'en' ? { quoteEn: english(figure).quote } : {}),
    ...(note ? { note } : {}),
    placeholder: isPlaceholder(figure) ? placeholderText(figure, lang) : '',
    printed: figure.status === 'damaged' ? printedText(figure, lang) : '',
    sourceLine: noteSources([figure], lang)?.lines[0] ?? '',
    ...(supplement ? { supplement: suppliedFacts(figure, supplement, lang) } : {}),
  };
}
