import type { DeckStateMessage } from './channel.ts';
import type { PresenterLabels } from './labels.ts';
import { formatClock, paceAt } from './timer.ts';

export interface ClockOutputs {
  readonly elapsed: HTMLElement;
  readonly planned: HTMLElement;
  readonly pace: HTMLElement;
}

/** The presenter view's timer: elapsed time since start (or restart), the planned length and the pace. */
export class PresenterClock {
  private started = performance.now();
  private slide: Pick<DeckStateMessage, 'index' | 'total' | 'minutes'> | null = null;
  private timer = 0;

  constructor(
    private readonly outputs: ClockOutputs,
    private readonly labels: PresenterLabels,
  ) {}

  bind(): void {
    this.timer = window.setInterval(() => this.render(), 1000);
    this.render();
  }

  unbind(): void {
    window.clearInterval(this.timer);
  }

  restart(): void {
    this.started = performance.now();
    this.render();
  }

  /** The slide the talk is at, for pacing. */
  at(state: Pick<DeckStateMessage, 'index' | 'total' | 'minutes'>): void {
    this.slide = state;
    this.render();
  }

  private render(): void {
    const elapsed = (performance.now() - this.started) / 1000;
    this.outputs.elapsed.textContent = formatClock(elapsed);
    if (!this.slide) return;
    this.outputs.planned.textContent = formatClock(this.slide.minutes * 60);
    const pace = paceAt(elapsed, this.slide.index, this.slide.total, this.slide.minutes);
    this.outputs.pace.textContent = this.labels.pace(pace.state, formatClock(Math.abs(pace.behind)));
    this.outputs.pace.dataset.pace = pace.state;
  }
}
