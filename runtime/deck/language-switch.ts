import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';

/** Keeps the language link (中文 ⇄ English) pointing at the current slide, so switching keeps your place. */
export class LanguageSwitch implements Controller {
  private readonly onSlideChanged = (): void => this.update();

  constructor(private readonly deck: RevealApi) {}

  bind(): void {
    this.deck.on('slidechanged', this.onSlideChanged);
    this.update();
  }

  unbind(): void {
    this.deck.off('slidechanged', this.onSlideChanged);
  }

  private update(): void {
    const link = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    const id = this.deck.getCurrentSlide()?.id;
    if (!link || !id) return;
    const base = link.getAttribute('href')?.split('#')[0] ?? '';
    link.setAttribute('href', `${base}#/${encodeURIComponent(id)}`);
  }
}
