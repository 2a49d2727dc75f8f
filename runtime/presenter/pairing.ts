import { audienceUrl, audienceWindowName, type PresenterPairing } from './channel.ts';
import { themeFromQuery } from '../shared/theme.ts';
import { supplementsOff } from '../deck/supplements-query.ts';
import type { PresenterLabels } from './labels.ts';

/** Whether the presenter view follows a deck window, drives the deck itself, or has not found out yet. */
export type PairingMode = 'connecting' | 'paired' | 'standalone';

/**
 * Says in words whether an audience window is paired and how to pair one, and opens it: the deck
 * at the current slide, given the session's key, which then announces itself on the channel and
 * takes over driving.
 */
export class PairingPanel {
  private readonly status: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly button: HTMLButtonElement;
  private slideId: string | null;

  constructor(
    private readonly root: HTMLElement,
    private readonly labels: PresenterLabels,
    private readonly pairing: PresenterPairing,
    startSlideId: string | null,
  ) {
    const status = root.querySelector<HTMLElement>('[data-pairing-status]');
    const hint = root.querySelector<HTMLElement>('[data-pairing-hint]');
    const button = root.querySelector<HTMLButtonElement>('[data-open-audience]');
    if (!status || !hint || !button) throw new Error('presenter page has no complete pairing panel');
    this.status = status;
    this.hint = hint;
    this.button = button;
    this.slideId = startSlideId;
  }

  bind(): void {
    this.button.addEventListener('click', () => this.openAudience());
    this.show('connecting');
  }

  /** The slide the audience window should open at. */
  at(slideId: string): void {
    this.slideId = slideId;
  }

  show(mode: PairingMode): void {
    this.root.dataset.pairing = mode;
    this.status.textContent = mode === 'paired' ? this.labels.statusPaired : mode === 'standalone' ? this.labels.statusStandalone : this.labels.statusConnecting;
    this.hint.textContent = mode === 'paired' ? this.labels.hintPaired : mode === 'standalone' ? this.labels.hintStandalone : '';
    this.button.hidden = mode !== 'standalone';
  }

  private openAudience(): void {
    const { outline, edition, key } = this.pairing;
    window.open(audienceUrl(outline.deck, edition, this.slideId, key, themeFromQuery(window.location.search), supplementsOff(window.location.search)), audienceWindowName(outline.deck, edition));
  }
}
