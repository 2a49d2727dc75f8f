import { parse } from 'node-html-parser';
import type { DeckEnglish } from '../slides/english.ts';

/**
 * Builds the English deck's source from the Chinese one: same sections, same ids and classes,
 * each section's content replaced by its English HTML and notes. Throws naming the file and
 * the slide when a translation is missing or left over.
 */
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
    section.set_content(`${slide.html}\n  <aside class="notes">${slide.notes}</aside>\n`);
  }
  const extra = Object.keys(english.slides).filter((id) => !ids.has(id));
  if (extra.length > 0) throw new Error(`${file}: English slides with no Chinese slide: ${extra.join(', ')}`);
  root.querySelector('html')?.setAttribute('lang', 'en');
  const title = root.querySelector('title');
  if (title) title.set_content(`${english.title} · ${english.subtitle}`);
  return root.toString();
}
