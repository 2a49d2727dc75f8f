import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
  /** Pages answering a missing file whose path (relative to basePath) matches, with status 404, as a host's error_page does. */
  readonly notFoundPages?: readonly { readonly pattern: RegExp; readonly file: string }[];
}

export interface StaticServer {
  readonly origin: string;
  /** origin + basePath */
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/** A request path as a file under the root, or the HTTP status that refuses it. */
export type RequestTarget = { readonly path: string } | { readonly status: 400 | 403 | 404; readonly message: string };

/**
 * Maps a URL path to a file under root. Malformed percent-encoding is a 400 (never an uncaught
 * URIError); anything that resolves outside the root, such as “/..%2Fdist-secret/x.txt” next to
 * “dist”, is a 403: the root must be the path itself or a parent folder of it, not a name prefix.
 */
export function resolveRequestPath(root: string, basePath: string, pathname: string): RequestTarget {
  if (!pathname.startsWith(basePath)) return { status: 404, message: 'not found' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(basePath.length));
  } catch {
    return { status: 400, message: 'bad request: malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { status: 400, message: 'bad request' };
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return { status: 403, message: 'forbidden' };
  return { path };
}

/** A small static file server on 127.0.0.1 for tests, PDF export and snapshots. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const basePath = options.basePath ?? '/';
  const requests: string[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const target = resolveRequestPath(root, basePath, url.pathname);
    if ('status' in target) {
      response.writeHead(target.status, { 'Content-Type': 'text/plain' }).end(target.message);
      return;
    }
    let path = target.path;
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      const relative = url.pathname.slice(basePath.length);
      const page = options.notFoundPages?.find(({ pattern, file }) => pattern.test(relative) && existsSync(join(root, file)));
      if (page) {
        response.writeHead(404, { 'Content-Type': TYPES['.html'] ?? 'text/html', ...options.headers });
        createReadStream(join(root, page.file)).pipe(response);
        return;
      }
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
