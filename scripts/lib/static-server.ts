import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

export interface StaticServerOptions {
  readonly root: string;
  /** Serve the site under this path, e.g. "/talks/hu-dian/". */
  readonly basePath?: string;
  /** Extra response headers for every file (a Content-Security-Policy, say). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly port?: number;
}

export interface StaticServer {
  readonly origin: string;
  /** origin + basePath */
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/** A small static file server on 127.0.0.1 for tests, PDF export and snapshots. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const basePath = options.basePath ?? '/';
  const requests: string[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(basePath)) {
      response.writeHead(404).end('not found');
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(basePath.length))));
    if (!path.startsWith(root)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ...options.headers });
    createReadStream(path).pipe(response);
  };
  const server: Server = createServer(handle);
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${basePath}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
