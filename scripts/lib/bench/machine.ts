import { cpus, loadavg, totalmem, type } from 'node:os';

/** One line naming the machine the numbers come from, with its load (other work skews timings). */
export function describeMachine(browserVersion: string): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  return `${cores.length} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${type()}, Node ${process.versions.node}, Chromium ${browserVersion} headless; load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (1/5/15 min) at the end of the run`;
}
