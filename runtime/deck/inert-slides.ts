import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';

/** The part of reveal's API the controller needs (a stub in tests). */
export type InertDeck = Pick<RevealApi, 'on' | 'off' | 'getCurrentSlide' | 'getSlidesElement' | 'isOverview'>;

/** Controls that Space operates (a chart's “数据” toggle, the 嵌入 button, reveal's arrows): the key is theirs, not reveal's “next slide”. */
const SPACE_CONTROLS = 'summary, button, select, input, textarea, [role="button"]';

/** True when a keydown is Space on a control, which must operate the control and not turn the page. */
export function isSpaceOnControl(event: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  return (event.key === ' ' || event.key === 'Spacebar') && event.target instanceof Element && event.target.closest(SPACE_CONTROLS) !== null;
}

/** Whether a top-level slide must be inert: every slide but the current one, except while all slides are meant to be seen. */
export function shouldBeInert(section: Element, current: Element | undefined, allVisible: boolean): boolean {
  if (allVisible || !current) return false;
  return section !== current && !section.contains(current);
}

/**
 * Keeps slides that are not current out of the tab order and away from assistive technology:
 * `inert` on every top-level slide but the current one, removed from the current one.
 * reveal 6 sets the same attribute itself; this controller makes it a contract of ours, checked
 * after every change, so a reveal upgrade or another controller cannot silently leave the figure
 * links of off-screen slides focusable. In reveal's overview every slide is a click target, so none
 * is inert; the print view (?print-pdf) shows every slide and does not bind this controller.
 * The decks use no vertical stacks: top-level sections are the slides.
 *
 * Keyboard access to what is on the current slide also needs Space to stay with a focused control:
 * reveal reads Space anywhere as “next slide”, so Space on a chart's “数据” toggle would turn the
 * page (and leave focus on an inert slide) instead of opening the table, and Space on a button
 * outside the slides (嵌入) would turn the page and never press it. The keydown is stopped while it
 * is captured at document, before reveal's listener on document hears it; the control's own
 * activation is the browser's default action and still happens.
 */
export class InertSlides implements Controller {
  private readonly update = (): void => this.apply();
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (isSpaceOnControl(event)) event.stopPropagation();
  };
  private static readonly EVENTS = ['ready', 'slidechanged', 'overviewshown', 'overviewhidden'] as const;

  constructor(private readonly deck: InertDeck) {}

  bind(): void {
    for (const type of InertSlides.EVENTS) this.deck.on(type, this.update);
    document.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.apply();
  }

  unbind(): void {
    for (const type of InertSlides.EVENTS) this.deck.off(type, this.update);
    document.removeEventListener('keydown', this.onKeyDown, { capture: true });
    for (const section of this.sections()) section.removeAttribute('inert');
  }

  apply(): void {
    const current = this.deck.getCurrentSlide();
    const allVisible = this.deck.isOverview();
    for (const section of this.sections()) section.toggleAttribute('inert', shouldBeInert(section, current, allVisible));
  }

  private sections(): HTMLElement[] {
    const slides = this.deck.getSlidesElement();
    if (!slides) return [];
    return [...slides.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.tagName === 'SECTION');
  }
}
