import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export class NoBrowserError extends Error {
  constructor(tried: readonly string[]) {
    super(
      `No Chrome or Chromium found (tried ${tried.join(', ')}). Install Debian's Chromium with:\n` +
        '  apt-get update && apt-get install -y chromium\n' +
        'or point CHROME_PATH at a Chrome/Chromium executable.',
    );
    this.name = 'NoBrowserError';
  }
}

/** The browser executable: CHROME_PATH when set, else Debian's Chromium. Throws with the install command. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CHROME_PATH;
  if (override !== undefined && override !== '') {
    if (!existsSync(override)) throw new NoBrowserError([`CHROME_PATH=${override}`]);
    return override;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new NoBrowserError(CANDIDATES);
  return found;
}

/** Headless Chromium with the flags this closed network needs (no background calls home). */
export async function launchBrowser(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser(env),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--font-render-hinting=none',
    ],
  });
}
