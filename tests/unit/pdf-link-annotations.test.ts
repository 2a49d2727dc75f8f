import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfLinks } from '../../scripts/lib/pdf/link-annotations.ts';

/** A PDF with the given URI links on each page, as Chromium writes them (Annots → Link → A → URI). */
async function pdfWithLinks(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (const uris of pages) {
    const page = document.addPage([960, 540]);
    if (uris.length === 0) continue;
    const annots = uris.map((uri, index) =>
      document.context.register(
        document.context.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [10, 10 + index * 20, 200, 25 + index * 20],
          A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) },
        }),
      ),
    );
    page.node.set(PDFName.of('Annots'), document.context.obj(annots));
  }
  return document.save();
}

describe('pdfLinks', () => {
  it('lists every URI link with its page', async () => {
    const bytes = await pdfWithLinks([[], ['http://www.180woai.com/afhpz/3636.html', 'http://127.0.0.1:39477/data/figures.json'], ['https://example.org/a']]);
    expect(await pdfLinks(bytes)).toEqual([
      { page: 2, uri: 'http://www.180woai.com/afhpz/3636.html' },
      { page: 2, uri: 'http://127.0.0.1:39477/data/figures.json' },
      { page: 3, uri: 'https://example.org/a' },
    ]);
  });

  it('is empty for a PDF without links', async () => {
    expect(await pdfLinks(await pdfWithLinks([[], []]))).toEqual([]);
  });
});
