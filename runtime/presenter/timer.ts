/** The presenter view's clock: elapsed time and pacing against the talk's planned length. */
import type { PaceState } from './labels.ts';

export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface Pace {
  /** Seconds the plan allows to reach the current slide. */
  readonly planned: number;
  /** Positive: behind the plan by this many seconds; negative: ahead. */
  readonly behind: number;
  /** Within 15 seconds of the plan counts as on time. */
  readonly state: PaceState;
}

/** Where the talk should be at slide `index` of `total` after `elapsed` seconds of a `minutes`-minute talk. */
export function paceAt(elapsed: number, index: number, total: number, minutes: number): Pace {
  const planned = total > 0 ? (minutes * 60 * index) / total : 0;
  const behind = elapsed - planned;
  const state: PaceState = Math.abs(behind) < 15 ? 'on' : behind > 0 ? 'behind' : 'ahead';
  return { planned, behind, state };
}
