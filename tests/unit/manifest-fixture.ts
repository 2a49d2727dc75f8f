import type { DeckEntry } from '../../site/manifest.ts';

/** A two-slide Honghe deck entry of decks.json (slides “title” and “pairs”), in either edition. */
export function hongheDeck(lang: 'zh-CN' | 'en', title: string): DeckEntry {
  const url = lang === 'en' ? 'slides/honghe/en.html' : 'slides/honghe/';
  return {
    id: 'honghe',
    title,
    subtitle: '',
    lang,
    minutes: 7,
    url,
    printUrl: `${url}?print-pdf`,
    slideCount: 2,
    slides: ['title', 'pairs'].map((id) => ({ id, title: `${title} ${id}`, url: `${url}#/${id}`, embedUrl: `embed/?deck=honghe&slide=${id}${lang === 'en' ? '&lang=en' : ''}`, figures: [] })),
  };
}
