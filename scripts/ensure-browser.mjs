#!/usr/bin/env node
// Makes sure the browser tests can run: Chromium (or CHROME_PATH), poppler-utils, a CJK font, and
// LibreOffice Impress (the PowerPoint export's test renders each .pptx with it).
// On a fresh Debian machine, as root, installs them with apt-get; elsewhere stops with the command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'poppler-utils', 'fonts-noto-cjk', 'libreoffice-impress'];
const INSTALL = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;

const browser = process.env.CHROME_PATH || '/usr/bin/chromium';
const missing = [];
if (!existsSync(browser)) missing.push(process.env.CHROME_PATH ? `CHROME_PATH=${browser}` : 'chromium');
if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
if (!existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) missing.push('fonts-noto-cjk');
if (!existsSync('/usr/bin/soffice')) missing.push('libreoffice-impress');

if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROME_PATH) {
  console.log(`Installing ${PACKAGES.join(', ')} with apt-get (missing: ${missing.join(', ')})…`);
  execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${INSTALL.replace('install -y', 'install -y --no-install-recommends')}`], { stdio: 'inherit' });
  process.exit(0);
}
console.error(`Missing for the browser tests: ${missing.join(', ')}.\nInstall them with:\n  sudo ${INSTALL}\nor set CHROME_PATH to a Chrome/Chromium executable.`);
process.exit(1);
