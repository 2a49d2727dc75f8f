import { parse, type HTMLElement } from 'node-html-parser';

/** The ledger and catalog references a slide carries, attribute by attribute, sorted. */
const REFERENCE_ATTRIBUTES = ['data-figure', 'data-chart', 'data-gap-list', 'data-source-credit', 'data-deck-title'] as const;

function references(section: HTMLElement, attribute: string): string[] {
  return section.querySelectorAll(`[${attribute}]`).map((element) => element.getAttribute(attribute) ?? '').sort();
}

function difference(from: readonly string[], minus: readonly string[]): string[] {
  const rest = [...minus];
  return from.filter((item) => {
    const at = rest.indexOf(item);
    if (at < 0) return true;
    rest.splice(at, 1);
    return false;
  });
}

/**
 * The English slide must show the same figures and charts as the Chinese one (same data-figure,
 * data-chart, data-gap-list and data-source-credit, as many times, and the title marker
 * data-deck-title): a drift is an error naming the file, the slide, the attribute and the ids.
 */
export function assertSameReferences(chinese: HTMLElement, english: HTMLElement, file: string, slide: string): void {
  for (const attribute of REFERENCE_ATTRIBUTES) {
    const zh = references(chinese, attribute);
    const en = references(english, attribute);
    const missing = difference(zh, en);
    const extra = difference(en, zh);
    if (missing.length === 0 && extra.length === 0) continue;
    const parts = [
      missing.length > 0 ? `the Chinese slide has ${missing.map((id) => `“${id}”`).join(', ')} and the English does not` : '',
      extra.length > 0 ? `the English slide has ${extra.map((id) => `“${id}”`).join(', ')} and the Chinese does not` : '',
    ].filter(Boolean);
    throw new Error(`${file}: slide “${slide}”, ${attribute}: ${parts.join('; ')}`);
  }
}

function slidesOf(source: string): HTMLElement[] {
  return parse(source, { comment: false }).querySelectorAll('.slides > section');
}

/**
 * A deck's two editions, slides/<deck>/index.html and slides/<deck>/en.html, are written the same
 * way: the same slides (ids, in the same order), each with the same references (above). The English
 * page says lang="en". Throws naming the English file, the slide and the attribute.
 */
export function assertSameSlides(chineseSource: string, chineseFile: string, englishSource: string, englishFile: string): void {
  const lang = parse(englishSource, { comment: false }).querySelector('html')?.getAttribute('lang');
  if (lang !== 'en') throw new Error(`${englishFile}: <html lang="${lang ?? ''}">: the English page needs <html lang="en">`);
  const chinese = slidesOf(chineseSource);
  const english = slidesOf(englishSource);
  const englishIds = english.map((section) => section.getAttribute('id') ?? '');
  const chineseIds = chinese.map((section) => section.getAttribute('id') ?? '');
  const missing = chineseIds.filter((id) => !englishIds.includes(id));
  if (missing.length > 0) throw new Error(`${englishFile}: no English slide for ${missing.map((id) => `“${id}”`).join(', ')} of ${chineseFile} (add the section, same id, in the same place)`);
  const extra = englishIds.filter((id) => !chineseIds.includes(id));
  if (extra.length > 0) throw new Error(`${englishFile}: slide ${extra.map((id) => `“${id}”`).join(', ')} has no Chinese slide in ${chineseFile} (add it there too, same id, in the same place)`);
  chinese.forEach((section, index) => {
    const id = chineseIds[index] ?? '';
    const other = english[index];
    if (!other || englishIds[index] !== id) {
      throw new Error(`${englishFile}: slide “${englishIds[index] ?? ''}”, id: is slide ${index + 1}, where ${chineseFile} has “${id}”; both editions keep the slides in the same order`);
    }
    assertSameReferences(section, other, englishFile, id);
  });
}
