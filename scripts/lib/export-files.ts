import { LANGS, type Lang } from '../../contracts/lang.ts';
import { KNOWN_DECKS } from './deck-ids.ts';

/** <id>.pdf for the Chinese deck, <id>.<lang>.pdf for an edition in another language. */
export function pdfFileName(deck: { readonly id: string; readonly lang: string }): string {
  return deck.lang === 'zh-CN' ? `${deck.id}.pdf` : `${deck.id}.${deck.lang}.pdf`;
}

/** <id>.pptx for the Chinese deck, <id>.en.pptx for the English edition. */
export function pptxFileName(deck: string, lang: Lang): string {
  return lang === 'en' ? `${deck}.en.pptx` : `${deck}.pptx`;
}

/**
 * Every file name `npm run pdf` and `npm run pptx` write (each deck in each edition): the only names
 * whose leftover temporary files the exporters remove (atomic-write.ts removeStaleTemporaryFiles).
 */
export function exportFileNames(): readonly string[] {
  return KNOWN_DECKS.flatMap((id) => LANGS.flatMap((lang) => [pdfFileName({ id, lang }), pptxFileName(id, lang)]));
}
