import '../../assets/theme/embed.css';
import { copySnippet } from './embed-copy.ts';
import { embedSnippet } from './embed-snippet-text.ts';

/** The gallery's "复制嵌入代码" blocks: absolute URLs for this site, one snippet per chosen slide. */
function bindSnippet(block: HTMLElement, siteRoot: URL): void {
  const select = block.querySelector<HTMLSelectElement>('select[data-embed-slide]');
  const code = block.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
  const copy = block.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = block.querySelector<HTMLElement>('[data-embed-status]');
  if (!select || !code || !copy || !status) return;
  const update = (): void => {
    const option = select.selectedOptions[0];
    if (!option) return;
    code.value = embedSnippet(
      {
        deckId: block.dataset.deckId ?? '',
        deckTitle: block.dataset.deckTitle ?? '',
        slideId: option.value,
        slideTitle: option.dataset.title ?? option.textContent ?? '',
      },
      siteRoot,
    );
    status.textContent = '';
  };
  select.addEventListener('change', update);
  copy.addEventListener('click', () => void copySnippet(code, status));
  update();
}

const siteRoot = new URL('./', window.location.href);
for (const block of document.querySelectorAll<HTMLElement>('[data-embed-snippet]')) bindSnippet(block, siteRoot);
