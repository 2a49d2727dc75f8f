import type { RevealApi } from 'reveal.js';
import '../../assets/theme/embed.css';
import { DECKS } from '../decks.ts';
import type { DeckRuntimeConfig } from './config.ts';
import { copySnippet } from './embed-copy.ts';
import { EMBED_LABELS, embedLang, type EmbedLang } from './embed-labels.ts';
import { publicEmbedUrl } from './embed-lookup.ts';
import { embedSnippet, type SnippetSlide } from './embed-snippet-text.ts';

const KEY_E = 69;

/**
 * In the normal deck view: a small "嵌入" button and the E key open a dialog with a ready
 * <iframe> snippet for the current slide, and a button that copies it. Shown only where reveal
 * shows its controls (not in embeds, print or presenter previews).
 */
export class EmbedSnippet {
  private dialog: HTMLDialogElement | null = null;
  private readonly button = document.createElement('button');
  private readonly onOpen = (): void => this.open();
  private readonly onReady = (): void => this.addControls();
  private readonly lang: EmbedLang = embedLang(document.documentElement.lang);
  private readonly labels = EMBED_LABELS[this.lang];
  private readonly siteRoot = new URL('../../', window.location.href);

  constructor(
    private readonly deck: RevealApi,
    private readonly config: DeckRuntimeConfig,
  ) {}

  bind(): void {
    if (this.config.embedSlide !== null || this.config.print) return;
    this.deck.on('ready', this.onReady);
  }

  /** Only where reveal shows its own controls: not in presenter previews or other chrome-less modes. */
  private addControls(): void {
    if (this.deck.getConfig().controls === false) return;
    this.button.type = 'button';
    this.button.className = 'embed-snippet-button';
    this.button.textContent = this.labels.button;
    this.button.title = this.labels.buttonTitle;
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.dataset.embedSnippetButton = '';
    this.button.addEventListener('click', this.onOpen);
    document.body.append(this.button);
    this.deck.addKeyBinding({ keyCode: KEY_E, key: 'E', description: this.labels.shortcut }, this.onOpen);
  }

  unbind(): void {
    this.deck.off('ready', this.onReady);
    this.button.removeEventListener('click', this.onOpen);
    this.button.remove();
    this.deck.removeKeyBinding(KEY_E);
    this.dialog?.remove();
    this.dialog = null;
  }

  private currentSlide(): SnippetSlide | null {
    const slide = this.deck.getCurrentSlide();
    const deckId = document.documentElement.dataset.deck ?? '';
    if (!slide || !slide.id || !deckId) return null;
    const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
    // The title slide's h1 is the deck title in either language; the registry is the fallback.
    const deckTitle = clean(document.querySelector('.reveal .slides > section h1')?.textContent) || (DECKS.find((deck) => deck.id === deckId)?.title ?? deckId);
    return {
      deckTitle,
      slideTitle: clean(slide.querySelector('h1, h2')?.textContent) || slide.id,
      embedUrl: publicEmbedUrl(deckId, slide.id, this.siteRoot, this.lang).href,
      deckUrl: new URL(`${window.location.pathname}#/${encodeURIComponent(slide.id)}`, window.location.origin).href,
      lang: this.lang,
    };
  }

  private open(): void {
    const slide = this.currentSlide();
    if (!slide) return;
    const dialog = this.dialog ?? this.createDialog();
    const code = dialog.querySelector<HTMLTextAreaElement>('textarea');
    const status = dialog.querySelector<HTMLElement>('[data-embed-status]');
    if (!code || !status) return;
    code.value = embedSnippet(slide, this.siteRoot);
    status.textContent = '';
    if (!dialog.open) dialog.showModal();
    code.focus();
    code.select();
  }

  private createDialog(): HTMLDialogElement {
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
    copy.addEventListener('click', () => void copySnippet(code, status, this.lang));
    close.addEventListener('click', () => dialog.close());
    // Keys typed in the dialog must not reach reveal (arrows would change the slide behind it).
    dialog.addEventListener('keydown', (event) => event.stopPropagation());
    dialog.addEventListener('close', () => this.button.focus());
    document.body.append(dialog);
    this.dialog = dialog;
    return dialog;
  }
}
