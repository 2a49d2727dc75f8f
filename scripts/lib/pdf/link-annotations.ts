import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export interface PdfLink {
  /** 1-based page number. */
  readonly page: number;
  readonly uri: string;
}

/** Every URI link annotation in a PDF, page by page: what a reader can click. */
export async function pdfLinks(bytes: Uint8Array): Promise<PdfLink[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  return document.getPages().flatMap((page, index) => {
    const annots = page.node.Annots();
    if (!annots) return [];
    return annots.asArray().flatMap((ref) => {
      const annot = document.context.lookupMaybe(ref, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
      return uri ? [{ page: index + 1, uri: uri.decodeText() }] : [];
    });
  });
}
