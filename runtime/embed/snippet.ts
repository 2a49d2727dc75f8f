import type { RevealApi } from 'reveal.js';
import type { DeckRuntimeConfig } from '../deck/config.ts';
import '../../assets/theme/embed.css';
import type { Controller } from '../deck/controller.ts';
import { EMBED_BUTTON_LABELS } from '../../common/embed-button-labels.ts';
import type { EmbedSnippetDialog } from './snippet-dialog.ts';

const KEY_E = 69;

/**
 * In the normal deck view: a small "嵌入" button and the E key open a dialog with a ready
 * <iframe> snippet for the current slide, and a button that copies it. Shown only where reveal
 * shows its controls (not in embeds, print or presenter previews).
 */
export class EmbedSnippet implements Controller {
  /** Loaded on first use (E or the button): the dialog code is not part of the deck's first load. */
  private dialog: EmbedSnippetDialog | null = null;
  private readonly button = document.createElement('button');
  private readonly onOpen = (): void => this.open();
  private readonly onReady = (): void => this.addControls();
  private readonly labels: (typeof EMBED_BUTTON_LABELS)[keyof typeof EMBED_BUTTON_LABELS];

  constructor(
    private readonly deck: RevealApi,
    private readonly config: Pick<DeckRuntimeConfig, 'deckId' | 'lang'>,
  ) {
    this.labels = EMBED_BUTTON_LABELS[config.lang];
  }

  /** Bound in the talk only (controllers-for-mode.ts): not in embeds, print, or an offline single file. */
  bind(): void {
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

  private open(): void {
    void Promise.all([import('./snippet-dialog.ts'), import('../../common/embed-labels.ts')]).then(([{ EmbedSnippetDialog }, { EMBED_LABELS }]) => {
      this.dialog ??= new EmbedSnippetDialog(EMBED_LABELS[this.config.lang], this.config, this.button);
      this.dialog.open(this.deck.getCurrentSlide());
    });
  }
}
