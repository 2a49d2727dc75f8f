import { resolve } from 'node:path';
import { build } from 'vite';

/** Builds the bare reveal.js + Chart.js page (bench/baseline) and returns its output directory. */
export async function buildBaseline(root: string): Promise<string> {
  const configFile = resolve(root, 'bench/vite.config.ts');
  await build({ configFile, logLevel: 'warn' });
  return resolve(root, '.cache/bench/baseline');
}
