import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';

const KEY_S = 83;

/**
 * In an offline single file there is no presenter page beside the deck (and file:// pages share no
 * channel): there S shows the speaker notes beside the slide instead, and hides them again.
 */
export class NotesToggle implements Controller {
  constructor(private readonly deck: RevealApi) {}

  bind(): void {
    this.deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: '显示/隐藏备注' }, () => {
      this.deck.configure({ showNotes: !this.deck.getConfig().showNotes });
      // reveal lays the slide out before the notes panel narrows its frame: lay it out again in
      // the space left beside the notes (else it keeps the full width and runs off the left edge).
      this.deck.layout();
    });
  }

  unbind(): void {
    this.deck.removeKeyBinding(KEY_S);
  }
}
