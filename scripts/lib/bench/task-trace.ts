/** Longest renderer main-thread task in a Chromium trace, by wall time and by the thread's CPU time. */
export interface TraceTasks {
  readonly longestWall: number;
  readonly longestCpu: number;
}

/** Trace categories that record every main-thread task (RunTask) with its thread time. */
export const TASK_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  readonly name?: string;
  readonly ph?: string;
  readonly pid?: number;
  readonly tid?: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

function eventsOf(trace: unknown): readonly TraceEvent[] {
  if (Array.isArray(trace)) return trace as TraceEvent[];
  if (typeof trace === 'object' && trace !== null && 'traceEvents' in trace && Array.isArray(trace.traceEvents)) return trace.traceEvents as TraceEvent[];
  return [];
}

/**
 * CPU time is what the page itself costs; wall time also counts the time the busy machine took
 * the thread away, which is what the Long Tasks API reports.
 */
export function longestTasks(traceJson: string): TraceTasks {
  const events = eventsOf(JSON.parse(traceJson));
  const mainThreads = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  let longestWall = 0;
  let longestCpu = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    longestWall = Math.max(longestWall, (event.dur ?? 0) / 1000);
    longestCpu = Math.max(longestCpu, (event.tdur ?? 0) / 1000);
  }
  return { longestWall, longestCpu };
}
