import type { Lang } from '../../contracts/lang.ts';
import type { EmbedCatalogDeck } from '../embed/lookup.ts';
import { shown } from '../embed/not-found.ts';
import type { PresenterLabels } from './labels.ts';

function text<K extends keyof HTMLElementTagNameMap>(tag: K, content: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}

/**
 * ?deck= names no deck of this edition: says so, with the id as asked (as text, shortened), and
 * lists the decks there are, each a link to its presenter view.
 */
export function unknownDeckMessage(requested: string, known: readonly EmbedCatalogDeck[], labels: PresenterLabels, edition: Lang): HTMLElement[] {
  const list = document.createElement('ul');
  for (const deck of known) {
    const link = text('a', edition === 'en' ? `${deck.title} (${deck.id})` : `${deck.title}（${deck.id}）`);
    link.href = `?${new URLSearchParams(edition === 'en' ? { deck: deck.id, lang: 'en' } : { deck: deck.id }).toString()}`;
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  return [text('p', labels.unknownDeck(shown(requested, '""'))), text('p', labels.knownDecks), list];
}
