import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The host page script (embed/host/embed.js), emitted unchanged at the site root as embed.js. */
export const EMBED_HOST_FILE = 'embed.js';

export function embedHostScript(root: string): string {
  return readFileSync(join(root, 'embed/host/embed.js'), 'utf8');
}
