/** `?supplements=off`: the deck as the article alone (supplements-off.ts, loaded only then, removes the supplied figures). */
export function supplementsOff(search: string): boolean {
  return new URLSearchParams(search).get('supplements') === 'off';
}
