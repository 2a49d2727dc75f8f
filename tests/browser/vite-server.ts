import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface ViteServer {
  readonly child: ChildProcess;
  /** Resolves when the server prints its address; rejects if it exits first. */
  readonly ready: Promise<void>;
  readonly output: () => string;
}

/**
 * Starts `vite` (the dev server, `npm run dev`) or `vite preview` (`npm start` after its build) in
 * `dir` on 127.0.0.1:`port`, with the project's own Vite.
 */
export function startVite(dir: string, port: number, command: 'dev' | 'preview' = 'dev'): ViteServer {
  let output = '';
  const args = [...(command === 'preview' ? ['preview'] : []), '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) done();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`vite ${command} exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, ready, output: () => output };
}
