import { describe, expect, it } from 'vitest';
import { isLocalAddress, printLinkTarget } from '../../scripts/lib/pdf/link-targets.ts';

const site = 'http://127.0.0.1:39477/';
const base = new URL('https://example.org/talks/hu-dian/');
const ARTICLE = 'http://www.180woai.com/afhpz/3636.html';

describe('printLinkTarget', () => {
  it('points links to the site at the published site, keeping path, query and hash', () => {
    expect(printLinkTarget('http://127.0.0.1:39477/data/figures.json', site, base)).toBe('https://example.org/talks/hu-dian/data/figures.json');
    expect(printLinkTarget('http://127.0.0.1:39477/data/figures.csv', site, base)).toBe('https://example.org/talks/hu-dian/data/figures.csv');
    expect(printLinkTarget('http://127.0.0.1:39477/slides/puer/en.html?x=1#/gaps', site, base)).toBe('https://example.org/talks/hu-dian/slides/puer/en.html?x=1#/gaps');
    expect(printLinkTarget('http://127.0.0.1:39477/', site, base)).toBe('https://example.org/talks/hu-dian/');
  });

  it('resolves relative links against the site', () => {
    expect(printLinkTarget('data/figures.json', site, base)).toBe('https://example.org/talks/hu-dian/data/figures.json');
  });

  it('works when the export server serves the site under a folder', () => {
    const under = 'http://127.0.0.1:4000/talks/';
    expect(printLinkTarget('http://127.0.0.1:4000/talks/data/figures.json', under, base)).toBe('https://example.org/talks/hu-dian/data/figures.json');
    expect(printLinkTarget('http://127.0.0.1:4000/elsewhere.html', under, base)).toBeNull();
  });

  it('without a base, leaves links to the site out', () => {
    expect(printLinkTarget('http://127.0.0.1:39477/data/figures.json', site, undefined)).toBeNull();
    expect(printLinkTarget('http://127.0.0.1:39477/slides/puer/#/gaps', site, undefined)).toBeNull();
  });

  it('keeps links elsewhere as they are, with or without a base', () => {
    expect(printLinkTarget(ARTICLE, site, base)).toBe(ARTICLE);
    expect(printLinkTarget(ARTICLE, site, undefined)).toBe(ARTICLE);
    expect(printLinkTarget('mailto:desk@example.org', site, undefined)).toBe('mailto:desk@example.org');
    // Another port on the same machine is another origin, but still this machine: the exporter's final check catches it.
    expect(isLocalAddress(printLinkTarget('http://127.0.0.1:1234/x', site, base) ?? '')).toBe(true);
  });
});

describe('isLocalAddress', () => {
  it.each(['http://127.0.0.1:39477/data/figures.json', 'http://localhost/x', 'https://app.localhost/', 'http://[::1]:8080/', 'http://0.0.0.0/', 'http://127.1.2.3/'])('%s is local', (uri) => {
    expect(isLocalAddress(uri)).toBe(true);
  });

  it.each([ARTICLE, 'https://example.org/talks/hu-dian/data/figures.json', 'mailto:desk@example.org', 'not a url', 'http://localhost.example.org/'])('%s is not', (uri) => {
    expect(isLocalAddress(uri)).toBe(false);
  });
});
