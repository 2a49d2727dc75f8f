import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, parsePdfArgs } from '../../scripts/lib/pdf/args.ts';
import { UsageError } from '../../scripts/lib/cli/errors.ts';

describe('parsePdfArgs', () => {
  it('defaults: every deck, fully built slides, dist/pdf under the given root', () => {
    expect(parsePdfArgs([], '/repo', '/repo/dist/pdf')).toEqual({
      decks: [],
      lang: undefined,
      notes: false,
      fragments: false,
      theme: 'light',
      out: '/repo/dist/pdf',
      noBuild: false,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      baseUrl: undefined,
      supplements: true,
      help: false,
    });
  });

  it('takes --deck repeatedly (duplicates once), --notes, --fragments, --lang and a relative --out', () => {
    const options = parsePdfArgs(['--deck', 'puer', '--deck', 'lijiang', '--deck', 'puer', '--notes', '--fragments', '--lang', 'en', '--out', 'handouts'], '/repo');
    expect(options.decks).toEqual(['puer', 'lijiang']);
    expect(options).toMatchObject({ notes: true, fragments: true, lang: 'en', out: '/repo/handouts' });
  });

  it('reads --theme dark (light when absent or light), and refuses any other theme, naming the option', () => {
    expect(parsePdfArgs(['--theme', 'dark']).theme).toBe('dark');
    expect(parsePdfArgs(['--theme=light']).theme).toBe('light');
    expect(() => parsePdfArgs(['--theme', 'sepia'])).toThrow(UsageError);
    expect(() => parsePdfArgs(['--theme', 'sepia'])).toThrow(/^--theme must be light or dark, got "sepia"/);
    expect(() => parsePdfArgs(['--theme'])).toThrow(UsageError);
  });

  it('reads --timeout and --no-build', () => {
    expect(parsePdfArgs(['--timeout', '5000', '--no-build'])).toMatchObject({ timeoutMs: 5000, noBuild: true });
  });

  it('reads --base-url as the published folder', () => {
    expect(parsePdfArgs(['--base-url', 'https://example.org/talks/hu-dian/']).baseUrl?.href).toBe('https://example.org/talks/hu-dian/');
    expect(parsePdfArgs(['--base-url=https://example.org/talks/hu-dian']).baseUrl?.href).toBe('https://example.org/talks/hu-dian/');
  });

  it.each([['example.org/talks/'], ['ftp://example.org/'], ['file:///srv/site/'], ['javascript:alert(1)'], ['https://example.org/?v=1'], ['']])(
    'rejects --base-url %j, naming the option',
    (value) => {
      expect(() => parsePdfArgs(['--base-url', value])).toThrow(UsageError);
      expect(() => parsePdfArgs(['--base-url', value])).toThrow(/^--base-url must be .*http/);
    },
  );

  it.each([
    [['--base-url']],
    [['--colour']],
    [['extra']],
    [['--deck']],
    [['--deck', '']],
    [['--timeout', 'soon']],
    [['--timeout', '-1']],
    [['--out', ' ']],
  ])('rejects %j with the usage', (argv) => {
    expect(() => parsePdfArgs(argv)).toThrow(UsageError);
  });
});
