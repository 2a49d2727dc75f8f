/** A task asked for and not run yet; cancel() withdraws it. */
export interface Scheduled {
  cancel(): void;
}

/** Runs `task` in a task of its own, as soon as the one running now (and what it queued before) is done. */
export function afterThisTask(task: () => void): Scheduled {
  const handle = setTimeout(task);
  return { cancel: () => clearTimeout(handle) };
}

/** How long work asked for in idle time may wait when the page is never idle. */
const IDLE_AT_LATEST_MS = 1000;

/** Runs `task` when the page is idle (requestIdleCallback; where there is none, shortly after this task). */
export function whenIdle(task: () => void): Scheduled {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => task(), { timeout: IDLE_AT_LATEST_MS });
    return { cancel: () => window.cancelIdleCallback(handle) };
  }
  const handle = setTimeout(task, 50);
  return { cancel: () => clearTimeout(handle) };
}
