import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { applyMetadata, deckMetadata, pageCount, SOURCE_CREDIT } from '../../scripts/lib/pdf/metadata.ts';

async function blankPdf(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) document.addPage([960, 540]);
  return document.save();
}

describe('deckMetadata', () => {
  it('titles the PDF after the deck, credits 云南网 as source, sets the language', () => {
    const metadata = deckMetadata({ id: 'puer', lang: 'zh-CN', title: '普洱市依托沪滇合作平台', subtitle: '“扶贫+保险”收益有保障' });
    expect(metadata.title).toBe('普洱市依托沪滇合作平台 · “扶贫+保险”收益有保障');
    expect(metadata.subject).toContain('沪滇携手共谱扶贫协作新篇章');
    expect(metadata.author).toBe(SOURCE_CREDIT);
    expect(metadata.author).toContain('云南网');
    expect(metadata.language).toBe('zh-CN');
    expect(deckMetadata({ id: 'puer', lang: 'en', title: 'Pu’er' }).language).toBe('en');
  });
});

describe('applyMetadata', () => {
  it('writes title, subject, author, creator, keywords and /Lang, keeping the pages', async () => {
    const now = new Date('2026-01-02T03:04:05Z');
    const bytes = await applyMetadata(await blankPdf(3), deckMetadata({ id: 'lijiang', lang: 'zh-CN', title: '杨浦区帮扶丽江市' }), now);
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(document.getTitle()).toBe('杨浦区帮扶丽江市');
    expect(document.getSubject()).toContain('云南网');
    expect(document.getAuthor()).toBe('云南网 (source)');
    expect(document.getCreator()).toContain('云南网');
    expect(document.getKeywords()).toContain('lijiang');
    expect(document.getCreationDate()?.toISOString()).toBe(now.toISOString());
    expect(document.catalog.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText()).toBe('zh-CN');
    expect(await pageCount(bytes)).toBe(3);
  });
});
