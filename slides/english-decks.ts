import type { DeckId } from '../ledger/types.ts';
import type { DeckEnglish } from './english.ts';
import { EN as overview } from './overview/en.ts';
import { EN as honghe } from './honghe/en.ts';
import { EN as lijiang } from './lijiang/en.ts';
import { EN as puer } from './puer/en.ts';
import { EN as xishuangbanna } from './xishuangbanna/en.ts';

/** Every deck's English edition: the type requires one per deck. */
export const ENGLISH_DECKS: Readonly<Record<DeckId, DeckEnglish>> = {
  overview,
  honghe,
  lijiang,
  puer,
  xishuangbanna,
};

export function englishDeckUrl(id: DeckId): string {
  return `slides/${id}/en.html`;
}
