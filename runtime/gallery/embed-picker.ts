import { normalizeLang } from '../../contracts/lang.ts';
import '../../assets/theme/embed.css';
import '../../assets/theme/embed-dialog.css';
import { copySnippet } from '../embed/copy.ts';

import { embedSnippet } from '../../common/embed-snippet-text.ts';

/**
 * The gallery's "复制嵌入代码" blocks (site/render-gallery.ts): one snippet per chosen slide, with
 * absolute URLs for wherever this site is served. Each option carries its decks.json URLs.
 */
function bindSnippet(block: HTMLElement, siteRoot: URL): void {
  const select = block.querySelector<HTMLSelectElement>('select[data-embed-slide]');
  const code = block.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
  const copy = block.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = block.querySelector<HTMLElement>('[data-embed-status]');
  if (!select || !code || !copy || !status) return;
  const lang = normalizeLang(block.lang || document.documentElement.lang);
  const update = (): void => {
    const option = select.selectedOptions[0];
    if (!option) return;
    code.value = embedSnippet(
      {
        deckTitle: block.dataset.deckTitle ?? '',
        slideTitle: option.dataset.title ?? option.textContent ?? '',
        embedUrl: option.dataset.embedUrl ?? '',
        deckUrl: option.dataset.url ?? '',
        lang,
      },
      siteRoot,
    );
    status.textContent = '';
  };
  select.addEventListener('change', update);
  copy.addEventListener('click', () => void copySnippet(code, status, lang));
  update();
}

const siteRoot = new URL('./', window.location.href);
for (const block of document.querySelectorAll<HTMLElement>('[data-embed-snippet]')) bindSnippet(block, siteRoot);
