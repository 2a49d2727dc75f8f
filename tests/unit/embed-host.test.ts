import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ampSizeMessage, HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../../runtime/embed/protocol.ts';
import { SNIPPET_STYLE } from '../../common/embed-snippet-text.ts';
import { embedUrl } from '../../contracts/embed-url.ts';

/** embed.js is a plain script for host pages: run it against a small fake page. */
const SOURCE = readFileSync(resolve(import.meta.dirname, '../../embed/host/embed.js'), 'utf8');

interface FakeWindow {
  readonly posted: unknown[];
  postMessage(data: unknown, target: string): void;
}
interface FakeFrame {
  src: string;
  contentWindow: FakeWindow;
  style: { height?: string; aspectRatio?: string };
  dataset: Record<string, string | undefined>;
  addEventListener(type: string, listener: () => void): void;
}
type MessageListener = (event: { data: unknown; source: unknown; origin: string }) => void;

function fakeWindow(): FakeWindow {
  const posted: unknown[] = [];
  return { posted, postMessage: (data) => posted.push(data) };
}

function fakeFrame(src: string): FakeFrame {
  return { src, contentWindow: fakeWindow(), style: {}, dataset: {}, addEventListener: () => undefined };
}

function host(frames: FakeFrame[]): { send: MessageListener; listeners: number } {
  const listeners: MessageListener[] = [];
  const window = { addEventListener: (type: string, listener: MessageListener) => type === 'message' && listeners.push(listener) };
  const document = {
    documentElement: { dataset: {} as Record<string, string> },
    readyState: 'complete',
    baseURI: 'https://host.example/post/',
    querySelectorAll: (selector: string) => (selector === 'iframe[data-hu-dian-embed]' ? frames : []),
    addEventListener: () => undefined,
  };
  runInNewContext(SOURCE, { window, document, URL });
  runInNewContext(SOURCE, { window, document, URL }); // included twice: binds once
  return { send: (event) => listeners.forEach((listener) => listener(event)), listeners: listeners.length };
}

describe('embed.js (host page auto-height)', () => {
  it('uses the documented message types', () => {
    expect(SOURCE).toContain(`'${HEIGHT_MESSAGE}'`);
    expect(SOURCE).toContain(`'${HEIGHT_REQUEST}'`);
  });

  it('frames a <div data-hu-dian-slide> exactly as the snippet does: its style and the embedUrl contract', () => {
    expect(SOURCE).toContain(`'${SNIPPET_STYLE}'`);
    expect(SOURCE).toContain(`'${embedUrl('DECK', 'SLIDE').replace('DECK', "' + parts[0] + '").replace('SLIDE.html', "' + parts[1] + (english ? '.en' : '') + '.html'")}`);
    expect(embedUrl('a', 'b', 'en')).toBe('embed/a/b.en.html');
  });

  it('the AMP form of the height message is the one amp-iframe reads', () => {
    expect(ampSizeMessage(405)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 405 });
  });

  it('asks each marked iframe for its height once, and listens once', () => {
    const frame = fakeFrame('https://site.example/embed/?deck=a&slide=b');
    const page = host([frame]);
    expect(page.listeners).toBe(1);
    expect(frame.contentWindow.posted).toEqual([{ type: HEIGHT_REQUEST }]);
  });

  it('applies a height only from that iframe, from its origin, as a clamped number', () => {
    const a = fakeFrame('https://site.example/embed/?deck=a&slide=b');
    const b = fakeFrame('https://site.example/embed/?deck=c&slide=d');
    const { send } = host([a, b]);
    send({ source: a.contentWindow, origin: 'https://site.example', data: { type: HEIGHT_MESSAGE, height: 202.6 } });
    expect(a.style.height).toBe('203px');
    expect(a.style.aspectRatio).toBe('auto');
    expect(b.style.height).toBeUndefined();

    send({ source: fakeWindow(), origin: 'https://site.example', data: { type: HEIGHT_MESSAGE, height: 999 } });
    send({ source: a.contentWindow, origin: 'https://evil.example', data: { type: HEIGHT_MESSAGE, height: 999 } });
    send({ source: a.contentWindow, origin: 'https://site.example', data: { type: 'other', height: 999 } });
    send({ source: a.contentWindow, origin: 'https://site.example', data: { type: HEIGHT_MESSAGE, height: '999' } });
    send({ source: a.contentWindow, origin: 'https://site.example', data: { type: HEIGHT_MESSAGE, height: Number.NaN } });
    send({ source: a.contentWindow, origin: 'https://site.example', data: `{"type":"${HEIGHT_MESSAGE}","height":999}` });
    expect(a.style.height).toBe('203px');

    send({ source: b.contentWindow, origin: 'https://site.example', data: { type: HEIGHT_MESSAGE, height: 1e9 } });
    expect(b.style.height).toBe('10000px');
  });

  it('passes data-theme="dark" or "light" on a marked iframe to its slide as ?theme=, and nothing else', () => {
    const dark = fakeFrame('https://site.example/embed/?deck=a&slide=b');
    dark.dataset.theme = 'dark';
    const light = fakeFrame('https://site.example/embed/?deck=a&slide=b&theme=dark');
    light.dataset.theme = 'light';
    const odd = fakeFrame('https://site.example/embed/?deck=a&slide=b');
    odd.dataset.theme = 'dark" onload="x';
    const plain = fakeFrame('https://site.example/embed/?deck=a&slide=b');
    host([dark, light, odd, plain]);
    expect(dark.src).toBe('https://site.example/embed/?deck=a&slide=b&theme=dark');
    expect(light.src).toBe('https://site.example/embed/?deck=a&slide=b&theme=light');
    expect(odd.src).toBe('https://site.example/embed/?deck=a&slide=b');
    expect(plain.src).toBe('https://site.example/embed/?deck=a&slide=b');
  });

  it('frames a placeholder with data-theme with ?theme= in its address', () => {
    // The slide's own page (embed/<deck>/<slide>.html) has no query of its own: the theme is its first parameter.
    expect(SOURCE).toContain("(theme ? '?theme=' + theme : '')");
  });
});
