import type { Controller } from './controller.ts';

/**
 * Shows a figure's article sentence beside it: on hover, keyboard focus and tap.
 * One popover per page; its text is set with textContent, never as markup.
 */
export class ProvenancePopover implements Controller {
  private readonly popover: HTMLElement;
  private anchor: HTMLElement | null = null;
  /** When the popover last opened: a tap opens it by focus/mouseover just before its click, which must not close it again. */
  private shownAt = 0;
  private readonly onOver = (event: Event): void => this.showFor(event.target);
  private readonly onOut = (event: Event): void => {
    if (this.figureOf(event.target) === this.anchor) this.hide();
  };
  private readonly onClick = (event: Event): void => {
    const figure = this.figureOf(event.target);
    if (figure && figure !== this.anchor) this.showFor(figure);
    else if (figure && event.timeStamp - this.shownAt < 500) return;
    else this.hide();
  };
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.hide();
  };

  constructor(private readonly root: HTMLElement) {
    this.popover = document.createElement('div');
    this.popover.className = 'provenance';
    this.popover.id = 'provenance-popover';
    this.popover.setAttribute('role', 'tooltip');
    this.popover.hidden = true;
  }

  bind(): void {
    document.body.append(this.popover);
    this.root.addEventListener('mouseover', this.onOver);
    this.root.addEventListener('mouseout', this.onOut);
    this.root.addEventListener('focusin', this.onOver);
    this.root.addEventListener('focusout', this.onOut);
    this.root.addEventListener('click', this.onClick);
    document.addEventListener('keydown', this.onKey);
  }

  unbind(): void {
    this.root.removeEventListener('mouseover', this.onOver);
    this.root.removeEventListener('mouseout', this.onOut);
    this.root.removeEventListener('focusin', this.onOver);
    this.root.removeEventListener('focusout', this.onOut);
    this.root.removeEventListener('click', this.onClick);
    document.removeEventListener('keydown', this.onKey);
    this.popover.remove();
  }

  private figureOf(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? target.closest<HTMLElement>('[data-quote]') : null;
  }

  private showFor(target: EventTarget | null): void {
    const figure = this.figureOf(target);
    if (!figure) return;
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = figure;
    const quote = document.createElement('q');
    quote.lang = 'zh-CN';
    quote.textContent = figure.dataset.quote ?? '';
    const heading = document.createElement('strong');
    const translation = figure.dataset.quoteEn;
    heading.textContent = translation ? 'In the article' : '原文';
    this.popover.replaceChildren(heading, quote);
    if (translation) {
      const english = document.createElement('span');
      english.className = 'provenance-translation';
      english.textContent = `“${translation}”`;
      this.popover.append(english);
    }
    if (figure.dataset.note) {
      const note = document.createElement('span');
      note.className = 'provenance-note';
      note.textContent = figure.dataset.note;
      this.popover.append(note);
    }
    // A figure supplied from another source: its source and the source's words, after the article's sentence with its gap.
    if (figure.dataset.supplementSource) {
      const supplied = document.createElement('span');
      supplied.className = 'provenance-supplement';
      supplied.textContent = figure.dataset.supplementSource;
      this.popover.append(supplied);
    }
    this.popover.hidden = false;
    this.shownAt = performance.now();
    figure.setAttribute('aria-describedby', this.popover.id);
    this.place(figure);
  }

  private place(figure: HTMLElement): void {
    const box = figure.getBoundingClientRect();
    const width = Math.min(480, window.innerWidth - 16);
    this.popover.style.maxWidth = `${width}px`;
    const left = Math.min(Math.max(8, box.left), window.innerWidth - width - 8);
    const below = box.bottom + 8;
    const height = this.popover.offsetHeight;
    const top = below + height > window.innerHeight ? Math.max(8, box.top - height - 8) : below;
    this.popover.style.left = `${left}px`;
    this.popover.style.top = `${top}px`;
  }

  hide(): void {
    this.popover.hidden = true;
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = null;
  }
}
