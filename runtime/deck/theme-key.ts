import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';
import { currentTheme, setTheme } from '../shared/theme.ts';
import type { Lang } from '../../contracts/lang.ts';

/** D: not one of reveal.js's own keys (N P H L K J B V . F G A O S ? Esc, arrows, space) nor ours (S, E). */
export const KEY_D = 68;

/**
 * Key D shows the deck dark, or light again (a speaker in a dark hall, or one who wants light on a
 * dark laptop): it forces the other theme on the page (shared/theme.ts), charts included, and the
 * presenter view's previews follow the deck window (presenter/publisher.ts). Listed in reveal's
 * key help (?) in the deck's language.
 */
export class ThemeKey implements Controller {
  constructor(
    private readonly deck: RevealApi,
    private readonly lang: Lang,
  ) {}

  bind(): void {
    const description = this.lang === 'en' ? 'Dark / light' : '深色 / 浅色';
    this.deck.addKeyBinding({ keyCode: KEY_D, key: 'D', description }, () => setTheme(currentTheme() === 'dark' ? 'light' : 'dark'));
  }

  unbind(): void {
    this.deck.removeKeyBinding(KEY_D);
  }
}
