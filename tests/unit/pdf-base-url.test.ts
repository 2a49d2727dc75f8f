import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from '../../scripts/lib/pdf/base-url.ts';
import { UsageError } from '../../scripts/lib/cli/errors.ts';

describe('parseBaseUrl (--base-url)', () => {
  it.each([
    ['https://example.org/talks/hu-dian/', 'https://example.org/talks/hu-dian/'],
    ['https://example.org/talks/hu-dian', 'https://example.org/talks/hu-dian/'],
    ['  http://example.org  ', 'http://example.org/'],
    ['https://EXAMPLE.org:8443/a/b/', 'https://example.org:8443/a/b/'],
  ])('%j is the folder %s', (value, href) => {
    expect(parseBaseUrl(value).href).toBe(href);
  });

  it.each([
    ['talks/hu-dian/', 'not a URL'],
    ['//example.org/talks/', 'not a URL'],
    ['ftp://example.org/talks/', 'ftp: is not http or https'],
    ['file:///srv/site/', 'file: is not http or https'],
    ['https://user:secret@example.org/', 'no user name or password'],
    ['https://example.org/talks/?v=2', 'no ?query or #fragment'],
    ['https://example.org/talks/#top', 'no ?query or #fragment'],
  ])('rejects %j: %s, naming the option and the value', (value, why) => {
    let error: unknown;
    try {
      parseBaseUrl(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = error instanceof Error ? error.message : '';
    expect(message).toMatch(/^--base-url must be/);
    expect(message).toContain(why);
    expect(message).toContain(`"${value}"`);
  });
});
