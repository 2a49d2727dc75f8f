import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../common/csv.ts';
import { resolveRequestPath, startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

/** Issue 12, items 9 and 12: the static server's paths and the CSV's formula cells. */
describe('static server paths', () => {
  it('refuses malformed encoding with 400 and paths outside the root with 403, even a sibling folder sharing its name prefix', () => {
    expect(resolveRequestPath('/site/dist', '/', '/%E0%A4%A')).toMatchObject({ status: 400 });
    expect(resolveRequestPath('/site/dist', '/', '/..%2Fdist-secret/x.txt')).toMatchObject({ status: 403 });
    expect(resolveRequestPath('/site/dist', '/', '/../dist-secret/x.txt')).toMatchObject({ status: 403 });
    expect(resolveRequestPath('/site/dist', '/base/', '/other/x')).toMatchObject({ status: 404 });
    expect(resolveRequestPath('/site/dist', '/', '/slides/%E4%B8%AD.html')).toEqual({ path: '/site/dist/slides/中.html' });
    expect(resolveRequestPath('/site/dist', '/', '/')).toEqual({ path: '/site/dist' });
  });

  let server: StaticServer;
  let top: string;
  beforeAll(async () => {
    top = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(top, 'dist'));
    mkdirSync(join(top, 'dist-secret'));
    writeFileSync(join(top, 'dist', 'index.html'), 'ok');
    writeFileSync(join(top, 'dist-secret', 'x.txt'), 'secret');
    server = await startStaticServer({ root: join(top, 'dist') });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(top, { recursive: true, force: true });
  });

  const get = (path: string): Promise<{ status: number; body: string }> =>
    new Promise((done, fail) => {
      request(`${server.origin}${path}`, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => done({ status: response.statusCode ?? 0, body }));
      })
        .on('error', fail)
        .end();
    });

  it('keeps serving after a malformed request and never serves the sibling folder', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    const sibling = await get('/..%2Fdist-secret/x.txt');
    expect(sibling.status).toBe(403);
    expect(sibling.body).not.toContain('secret');
    expect(await get('/')).toEqual({ status: 200, body: 'ok' });
  });
});

describe('figures.csv cells', () => {
  it('guards text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-30)).toBe('-30');
    expect(csvCell('4.88万个')).toBe('4.88万个');
    expect(csvCell(null)).toBe('');
  });
});
