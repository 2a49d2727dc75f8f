import type { DeckEntry } from '../../site/manifest.ts';

/**
 * A small Honghe deck entry of decks.json (by default slides “title” and “pairs”), in either edition.
 * A gallery rendered from it needs the slide its thumbnail shows (site/thumbnail/choices.ts), so those tests pass `ids`.
 */
export function hongheDeck(lang: 'zh-CN' | 'en', title: string, ids: readonly string[] = ['title', 'pairs']): DeckEntry {
  const url = lang === 'en' ? 'slides/honghe/en.html' : 'slides/honghe/';
  return {
    id: 'honghe',
    title,
    subtitle: '',
    lang,
    minutes: 7,
    url,
    printUrl: `${url}?print-pdf`,
    slideCount: ids.length,
    slides: ids.map((id) => ({ id, title: `${title} ${id}`, url: `${url}#/${id}`, embedUrl: `embed/?deck=honghe&slide=${id}${lang === 'en' ? '&lang=en' : ''}`, figures: [] })),
  };
}
