import '../../assets/theme/embed-dialog.css';
import { DECKS } from '../../slides/decks.ts';
import { copySnippet } from './copy.ts';
import type { EMBED_LABELS } from '../../common/embed-labels.ts';
import type { DeckRuntimeConfig } from '../deck/config.ts';
import { publicEmbedUrl } from './lookup.ts';
import { embedSnippet, type SnippetSlide } from '../../common/embed-snippet-text.ts';

type EmbedLabels = (typeof EMBED_LABELS)[DeckRuntimeConfig['lang']];

/** The “嵌入 / Embed” dialog: a ready <iframe> snippet for the current slide and a button that copies it. */
export class EmbedSnippetDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly siteRoot = new URL('../../', window.location.href);

  constructor(
    private readonly labels: EmbedLabels,
    private readonly page: Pick<DeckRuntimeConfig, 'deckId' | 'lang'>,
    private readonly returnFocus: HTMLElement,
  ) {
    this.dialog = this.create();
  }

  open(slide: HTMLElement | undefined): void {
    const info = this.describe(slide);
    if (!info) return;
    const code = this.dialog.querySelector<HTMLTextAreaElement>('textarea');
    const status = this.dialog.querySelector<HTMLElement>('[data-embed-status]');
    if (!code || !status) return;
    code.value = embedSnippet(info, this.siteRoot);
    status.textContent = '';
    if (!this.dialog.open) this.dialog.showModal();
    code.focus();
    code.select();
  }

  remove(): void {
    this.dialog.remove();
  }

  private describe(slide: HTMLElement | undefined): SnippetSlide | null {
    const { deckId } = this.page;
    if (!slide || !slide.id || !deckId) return null;
    const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
    // The title slide's h1 is the deck title in either language; the registry is the fallback.
    const deckTitle = clean(document.querySelector('.reveal .slides > section h1')?.textContent) || (DECKS.find((deck) => deck.id === deckId)?.title ?? deckId);
    return {
      deckTitle,
      slideTitle: clean(slide.querySelector('h1, h2')?.textContent) || slide.id,
      embedUrl: publicEmbedUrl(deckId, slide.id, this.siteRoot, this.page.lang).href,
      deckUrl: new URL(`${window.location.pathname}#/${encodeURIComponent(slide.id)}`, window.location.origin).href,
      lang: this.page.lang,
    };
  }
  private create(): HTMLDialogElement {
    const dialog = document.createElement('dialog');
    dialog.className = 'embed-dialog';
    dialog.dataset.embedDialog = '';
    dialog.setAttribute('aria-labelledby', 'embed-dialog-title');
    const title = document.createElement('h2');
    title.id = 'embed-dialog-title';
    title.textContent = this.labels.dialogTitle;
    const help = document.createElement('p');
    help.textContent = this.labels.dialogHelp;
    const code = document.createElement('textarea');
    code.className = 'embed-code';
    code.readOnly = true;
    code.rows = 9;
    code.spellcheck = false;
    code.setAttribute('aria-label', this.labels.dialogTitle);
    const actions = document.createElement('div');
    actions.className = 'embed-actions';
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.dataset.embedCopy = '';
    copy.textContent = this.labels.copy;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = this.labels.close;
    const status = document.createElement('span');
    status.className = 'embed-status';
    status.dataset.embedStatus = '';
    status.setAttribute('aria-live', 'polite');
    actions.append(copy, close, status);
    dialog.append(title, help, code, actions);
    copy.addEventListener('click', () => void copySnippet(code, status, this.page.lang));
    close.addEventListener('click', () => dialog.close());
    // Keys typed in the dialog must not reach reveal (arrows would change the slide behind it).
    dialog.addEventListener('keydown', (event) => event.stopPropagation());
    dialog.addEventListener('close', () => this.returnFocus.focus());
    document.body.append(dialog);
    return dialog;
  }
}
