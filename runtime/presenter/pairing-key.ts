import type { Lang } from '../../contracts/lang.ts';

/**
 * The secret of one presenter session. The window that starts a session — a deck window when S
 * is pressed, or a presenter view opened on its own — makes 16 random bytes, and passes them in
 * the fragment of the URL it opens (`#/<slide-id>&pair=<key>`: a fragment is never sent to the
 * server); the presenter view passes them on to its preview frames and to the audience window
 * it opens. Each page takes the key out of its address bar at once (so reveal reads a plain
 * `#/<slide-id>`, and the key is neither projected nor bookmarked) and keeps it in
 * sessionStorage, which only pages of its own tab can read, so a reload stays paired. The key
 * is part of the channel's name (channel.ts): a page of the same origin that does not have it
 * cannot reach the session's windows, in either direction.
 */
const KEY = /^[0-9a-f]{32}$/;
const KEY_IN_HASH = /&pair=([0-9a-f]{32})$/;

export function newPairingKey(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  return Array.from(random.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `#/<slide-id>` (or nothing) with the key after it. */
export function pairedHash(slideId: string | null, key: string): string {
  return `#${slideId ? `/${encodeURIComponent(slideId)}` : ''}&pair=${key}`;
}

/** Splits a key off a fragment: `#/jobs-offered&pair=<key>` → `#/jobs-offered` and the key; any other fragment stays as it is. */
export function splitPairedHash(hash: string): { readonly hash: string; readonly key: string | null } {
  const match = KEY_IN_HASH.exec(hash);
  return match?.[1] ? { hash: hash.slice(0, match.index), key: match[1] } : { hash, key: null };
}

function storageName(deck: string, edition: Lang): string {
  return `hu-dian-pair:${deck}:${edition}`;
}

function stored(name: string): string | null {
  try {
    const key = window.sessionStorage.getItem(name);
    return key !== null && KEY.test(key) ? key : null;
  } catch {
    return null;
  }
}

function store(name: string, key: string): void {
  try {
    window.sessionStorage.setItem(name, key);
  } catch {
    // No storage (a sandboxed frame): the key lasts as long as the page.
  }
}

/** Takes a key out of the address bar, keeping the rest of the URL. */
function takeFromHash(): string | null {
  const { hash, key } = splitPairedHash(window.location.hash);
  if (!key) return null;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash === '#' ? '' : hash}`);
  return key;
}

/**
 * Whether this page joins a session that already has a key (one in its URL: a presenter view
 * opened it; or one kept from before a reload), rather than starting afresh. Ask before
 * takePairingKey, which stores a key either way.
 */
export function joinsPairing(deck: string, edition: Lang): boolean {
  return splitPairedHash(window.location.hash).key !== null || stored(storageName(deck, edition)) !== null;
}

/**
 * This page's key for a deck and edition: the one in its URL, else the one it had before a
 * reload, else a new one. Call it before reveal starts (reveal reads the fragment). A window
 * reused by name (S pressed again, the audience button clicked again) gets the key again in a
 * new fragment: the same key changes nothing; another one is another session, and the page
 * reloads into it.
 */
export function takePairingKey(deck: string, edition: Lang): string {
  const name = storageName(deck, edition);
  const key = takeFromHash() ?? stored(name) ?? newPairingKey();
  store(name, key);
  window.addEventListener('hashchange', () => {
    const next = takeFromHash();
    if (next === null || next === key) return;
    store(name, next);
    window.location.reload();
  });
  return key;
}
