import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The benchmark's baseline: a bare reveal.js page with one Chart.js bar chart, built with the
 * same versions and settings as the site (`npm run bench` builds it into .cache/bench/baseline).
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../.cache/bench/baseline'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
