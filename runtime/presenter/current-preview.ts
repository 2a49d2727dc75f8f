import { type Lang } from '../../contracts/lang.ts';
import { previewUrl } from './channel.ts';

/** The current-slide preview: following a deck window ('current'), or driving the deck itself ('lead'). */
export class CurrentPreview {
  role: 'current' | 'lead' | null = null;

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly deckId: string,
    private readonly edition: Lang,
  ) {}

  show(role: 'current' | 'lead', slideId: string | null): void {
    this.role = role;
    const hash = slideId ? `#/${encodeURIComponent(slideId)}` : '';
    this.frame.src = `${previewUrl(this.deckId, this.edition, role)}${hash}`;
  }
}
