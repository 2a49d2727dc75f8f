import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPptx } from '../../scripts/lib/pptx/build.ts';
import { patchPptx } from '../../scripts/lib/pptx/patch.ts';
import type { SlideModel } from '../../site/model/types.ts';

/** XML 1.0 allows tab, line feed, carriage return and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; anything else makes a part not well-formed. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Every XML part of a PowerPoint file (and of the workbooks embedded in it) that holds a character XML forbids. */
async function partsWithForbiddenCharacters(bytes: Uint8Array): Promise<string[]> {
  const found: string[] = [];
  const visit = async (zip: JSZip, prefix: string): Promise<void> => {
    for (const name of Object.keys(zip.files)) {
      const file = zip.file(name);
      if (!file) continue;
      if (name.endsWith('.xlsx')) await visit(await JSZip.loadAsync(await file.async('uint8array')), `${prefix}${name}!`);
      else if (/\.(?:xml|rels)$/.test(name) && NOT_XML_CHAR.test(await file.async('string'))) found.push(`${prefix}${name}`);
    }
  };
  await visit(await JSZip.loadAsync(bytes), '');
  return found;
}

/** Issue 25, item 3: a label with U+0001 or U+FFFF wrote a notesSlide that is not well-formed XML. */
describe('the PowerPoint export never writes a character XML forbids', () => {
  const label = '累计提供岗位\u0001\uFFFF';
  const slide: SlideModel = {
    id: 'jobs',
    layout: 'numbers',
    title: { text: `岗位\u0001${label}`, figures: [] },
    kicker: '',
    subtitle: '',
    byline: '',
    body: { kind: 'tiles', heading: '原文未给出\u0002', large: false, tiles: [{ label, figure: { id: 'x', value: '？个\uFFFE', gap: '原文未给出', printed: '', status: 'omitted' } }] },
    notes: [`说这个。\u0001`, `${label}：4.88万个。原文：「累计提供岗位4.88万个」\uFFFF`],
    shown: [],
    figures: [],
    supplied: [],
  };

  /** The page's frame (titles, closing slides): the PowerPoint does not read it. */
  const NO_PAGE = { tab: '', headingHtml: '', titleSource: '', supplied: false, damaged: false, notesHeading: '' };

  it('keeps every slide, notes and document part well-formed when such text gets through', async () => {
    const raw = await buildPptx({ id: 'xishuangbanna', lang: 'zh-CN', title: `标题\u0001`, subtitle: '副标题', minutes: 1, credit: '来源\uFFFF', slides: [slide], figures: {}, page: NO_PAGE });
    // The generator writes them as they come: the hazard is real.
    expect(await partsWithForbiddenCharacters(raw)).toEqual(expect.arrayContaining(['ppt/slides/slide1.xml', 'ppt/notesSlides/notesSlide1.xml']));
    const patched = await patchPptx(raw);
    expect(await partsWithForbiddenCharacters(patched)).toEqual([]);
    const zip = await JSZip.loadAsync(patched);
    const notes = (await zip.file('ppt/notesSlides/notesSlide1.xml')?.async('string')) ?? '';
    expect(notes).toContain('累计提供岗位：4.88万个。原文：「累计提供岗位4.88万个」');
    expect(notes).toContain('说这个。');
    expect((await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '').toContain('岗位累计提供岗位');
  });
});
