import type { Lang } from '../../contracts/lang.ts';
import type { PairingRow } from '../model/types.ts';
import { attributesHtml, escapeHtml } from '../render-figure.ts';

/** The connector between the two sides: a Shanghai-blue dot and line, a Yunnan-orange line and arrowhead. Drawn at build time. */
const CONNECTOR =
  '<svg class="pairing-line" viewBox="0 0 200 20" aria-hidden="true" focusable="false">' +
  '<circle class="pairing-line-sh" cx="8" cy="10" r="7"/>' +
  '<line class="pairing-line-sh" x1="8" y1="10" x2="100" y2="10"/>' +
  '<line class="pairing-line-yn" x1="100" y1="10" x2="182" y2="10"/>' +
  '<path class="pairing-line-yn" d="M180 2 L198 10 L180 18 Z"/>' +
  '</svg>';

/** A deck's page in an edition, relative to another deck's page. */
function deckHref(deck: string, lang: Lang): string {
  return lang === 'en' ? `../${deck}/en.html` : `../${deck}/`;
}

/**
 * The overview's map of who pairs with whom (the deck model's pairing-map block, from ledger/pairings.ts): one row per pairing, the Shanghai
 * side (its quote on hover or focus, like a figure) joined to the Yunnan side, which links to its deck.
 */
export function pairingMapHtml(pairings: readonly PairingRow[], heads: readonly [string, string], lang: Lang): string {
  const rows = pairings.map((pairing) => {
    const quote: Record<string, string> = { 'data-quote': pairing.quote, tabindex: '0' };
    if (pairing.quoteEn !== undefined) quote['data-quote-en'] = pairing.quoteEn;
    const shanghaiClass = pairing.named ? 'pairing-sh' : 'pairing-sh pairing-sh--unnamed';
    return (
      `<li class="pairing" data-pairing="${escapeHtml(pairing.deck)}">` +
      `<span class="${shanghaiClass}" ${attributesHtml(quote)}>${escapeHtml(pairing.shanghai)}</span>` +
      CONNECTOR +
      `<a class="pairing-yn" href="${escapeHtml(deckHref(pairing.deck, lang))}" data-deck-link="${escapeHtml(pairing.deck)}">${escapeHtml(pairing.yunnan)}<span class="pairing-go" aria-hidden="true"> ›</span></a>` +
      `</li>`
    );
  });
  return (
    `<p class="pairing-heads" aria-hidden="true"><span class="pairing-head-sh">${heads[0]}</span><span class="pairing-head-yn">${heads[1]}</span></p>` +
    `<ol class="pairing-list">${rows.join('')}</ol>`
  );
}
