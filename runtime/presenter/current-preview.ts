import type { PresenterPairing } from './channel.ts';
import { previewUrl } from './channel.ts';
import { themeFromQuery } from '../shared/theme.ts';
import { supplementsOff } from '../deck/supplements-query.ts';

/** The current-slide preview: following a deck window ('current'), or driving the deck itself ('lead'). */
export class CurrentPreview {
  role: 'current' | 'lead' | null = null;

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly pairing: PresenterPairing,
  ) {}

  show(role: 'current' | 'lead', slideId: string | null): void {
    this.role = role;
    const { outline, edition, key } = this.pairing;
    this.frame.src = previewUrl(outline.deck, edition, role, slideId, key, themeFromQuery(window.location.search), supplementsOff(window.location.search));
  }
}
