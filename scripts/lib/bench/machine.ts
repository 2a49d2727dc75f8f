import { cpus, totalmem, type } from 'node:os';

/** One line naming the machine the numbers come from. */
export function describeMachine(browserVersion: string): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  return `${cores.length} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${type()}, Node ${process.versions.node}, Chromium ${browserVersion} headless`;
}
