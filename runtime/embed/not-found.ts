import type { Lang } from '../../contracts/lang.ts';

/** What an embed asked for and what it could have asked for. */
export interface NotFoundInfo {
  readonly deck: string;
  readonly slide: string;
  /** Valid slide ids when the deck exists, else valid deck ids. */
  readonly validKind: 'deck' | 'slide';
  readonly validIds: readonly string[];
  /** Embed URL for a valid id, so each listed id is a working link. */
  readonly linkFor: (id: string) => string;
  readonly galleryHref: string;
  readonly lang: Lang;
}

export const NOT_FOUND_TITLE = '未找到该幻灯片';

const TEXT = {
  'zh-CN': {
    title: NOT_FOUND_TITLE,
    deck: '请求的演示：',
    slide: '　幻灯片：',
    validDecks: '可用的演示编号（deck）：',
    validSlides: '这个演示中可用的幻灯片编号（slide）：',
    gallery: '打开全部幻灯片目录',
    empty: '（空）',
  },
  en: {
    title: `${NOT_FOUND_TITLE} · Slide not found`,
    deck: 'Deck: ',
    slide: '  Slide: ',
    validDecks: 'Valid deck ids: ',
    validSlides: 'Valid slide ids in this deck: ',
    gallery: 'Open the list of all decks',
    empty: '(empty)',
  },
} as const;
const MAX_SHOWN = 80;

function text<K extends keyof HTMLElementTagNameMap>(tag: K, content: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

/** Query values are shown as text only, shortened, never parsed as markup. */
export function shown(value: string, empty: string): string {
  if (value === '') return empty;
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/** Builds the "not found" panel with textContent only: nothing from the query becomes markup. */
export function renderNotFound(info: NotFoundInfo): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'embed-not-found';
  panel.setAttribute('role', 'alert');
  panel.dataset.embedNotFound = '';
  panel.lang = info.lang;
  const words = TEXT[info.lang];
  const asked = document.createElement('p');
  asked.append(words.deck, text('code', shown(info.deck, words.empty)), words.slide, text('code', shown(info.slide, words.empty)));
  const heading = info.validKind === 'deck' ? words.validDecks : words.validSlides;
  const list = document.createElement('ul');
  list.className = 'embed-valid-ids';
  for (const id of info.validIds) {
    const item = document.createElement('li');
    const link = text('a', id);
    link.href = info.linkFor(id);
    item.append(link);
    list.append(item);
  }
  const gallery = text('a', words.gallery);
  gallery.href = info.galleryHref;
  gallery.target = '_blank';
  gallery.rel = 'noopener noreferrer';
  const back = document.createElement('p');
  back.append(gallery);
  // The gallery link before the list: a 320×180 frame still shows it.
  panel.append(text('h1', words.title), asked, back, text('p', heading), list);
  return panel;
}
