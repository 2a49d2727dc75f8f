import { type Lang } from '../../contracts/lang.ts';
import { EMBED_LABELS } from '../../common/embed-labels.ts';

/**
 * Copies the textarea's text: the Clipboard API where allowed, otherwise selects it and says how
 * to copy by hand. The status element gets the outcome as text.
 */
export async function copySnippet(code: HTMLTextAreaElement, status: HTMLElement, lang: Lang): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(code.value);
    status.textContent = EMBED_LABELS[lang].copied;
  } catch {
    code.focus();
    code.select();
    status.textContent = EMBED_LABELS[lang].copyManually;
  }
}
