import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly creator: string;
  readonly keywords: readonly string[];
  readonly language: string;
}

export const ARTICLE_TITLE = '沪滇携手共谱扶贫协作新篇章';
export const SOURCE_CREDIT = '云南网 (source)';

/** What a deck's PDF says about itself: the deck's title, the article as subject, 云南网 as source, its language. */
export function deckMetadata(deck: { readonly id: string; readonly lang: string; readonly title: string; readonly subtitle?: string }): PdfMetadata {
  const title = deck.subtitle ? `${deck.title} · ${deck.subtitle}` : deck.title;
  const subject = deck.lang === 'zh-CN'
    ? `《${ARTICLE_TITLE}》（云南网）数据演示：${deck.title}`
    : `Data story from 《${ARTICLE_TITLE}》 (云南网, Yunnan Net): ${deck.title}`;
  return {
    title,
    subject,
    author: SOURCE_CREDIT,
    creator: `${SOURCE_CREDIT}; slides: hu-dian-decks`,
    keywords: ['沪滇', '扶贫协作', '云南网', deck.id],
    language: deck.lang,
  };
}

/** Returns the PDF with title, subject, author, creator, keywords and document language set. */
export async function applyMetadata(bytes: Uint8Array, metadata: PdfMetadata, now: Date = new Date()): Promise<Uint8Array> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setSubject(metadata.subject);
  document.setAuthor(metadata.author);
  document.setCreator(metadata.creator);
  document.setProducer('Chromium (Skia/PDF) via playwright-core, pdf-lib');
  document.setKeywords([...metadata.keywords]);
  document.setLanguage(metadata.language);
  document.setCreationDate(now);
  document.setModificationDate(now);
  return document.save({ useObjectStreams: false });
}

/** Page count of a PDF, for the one-page-per-slide check. */
export async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}
