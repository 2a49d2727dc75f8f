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
}

export const NOT_FOUND_TITLE = '未找到该幻灯片';
const MAX_SHOWN = 80;

function text<K extends keyof HTMLElementTagNameMap>(tag: K, content: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

/** Query values are shown as text only, shortened, never parsed as markup. */
function shown(value: string): string {
  if (value === '') return '（空）';
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/** Builds the "not found" panel with textContent only: nothing from the query becomes markup. */
export function renderNotFound(info: NotFoundInfo): HTMLElement {
  const panel = document.createElement('div');
  panel.className = 'embed-not-found';
  panel.setAttribute('role', 'alert');
  panel.dataset.embedNotFound = '';
  const asked = document.createElement('p');
  asked.append('请求的演示：', text('code', shown(info.deck)), '　幻灯片：', text('code', shown(info.slide)));
  const heading = info.validKind === 'deck' ? '可用的演示编号（deck）：' : '这个演示中可用的幻灯片编号（slide）：';
  const list = document.createElement('ul');
  list.className = 'embed-valid-ids';
  for (const id of info.validIds) {
    const item = document.createElement('li');
    const link = text('a', id);
    link.href = info.linkFor(id);
    item.append(link);
    list.append(item);
  }
  const gallery = text('a', '打开全部幻灯片目录');
  gallery.href = info.galleryHref;
  gallery.target = '_blank';
  gallery.rel = 'noopener';
  const back = document.createElement('p');
  back.append(gallery);
  panel.append(text('h1', NOT_FOUND_TITLE), asked, text('p', heading), list, back);
  return panel;
}
