import { parse, type HTMLElement } from 'node-html-parser';
import type { DeckEnglish } from '../slides/english.ts';

/**
 * Builds the English deck's source from the Chinese one: same sections, same ids and classes,
 * each section's content replaced by its English HTML and notes. Throws naming the file and
 * the slide when a translation is missing or left over.
 */
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

export function englishSource(chineseSource: string, english: DeckEnglish, file: string): string {
  const root = parse(chineseSource, { comment: false });
  const sections = root.querySelectorAll('.slides > section');
  const ids = new Set<string>();
  for (const section of sections) {
    const id = section.getAttribute('id') ?? '';
    ids.add(id);
    const slide = english.slides[id];
    if (!slide) throw new Error(`${file}: slide “${id}”: no English translation (add it to the deck’s en.ts)`);
    if (slide.notes.trim() === '') throw new Error(`${file}: slide “${id}”, notes: empty English notes`);
    const chinese = parse(section.innerHTML);
    section.set_content(`${slide.html}\n  <aside class="notes">${slide.notes}</aside>\n`);
    assertSameReferences(chinese, section, file, id);
  }
  const extra = Object.keys(english.slides).filter((id) => !ids.has(id));
  if (extra.length > 0) throw new Error(`${file}: English slides with no Chinese slide: ${extra.join(', ')}`);
  // The <title>, the h1 and the closing slides are written by renderDeck, as for the Chinese page.
  root.querySelector('html')?.setAttribute('lang', 'en');
  return root.toString();
}
