import type { Article } from '../ledger/article.ts';
import type { Lang } from '../contracts/lang.ts';
import type { DeckMeta } from '../slides/decks.ts';
import { NO_SUPPLEMENTS, type SupplementSet } from '../ledger/supplements.ts';
import { buildDeckModel } from './model/deck-model.ts';
import { renderDeckModel, type RenderedDeck } from './render-deck.ts';

/**
 * A deck page from its source in one step: its model first (site/model/deck-model.ts, where the
 * ledger and the catalog are read), then the page from the model (site/render-deck.ts). For the dev
 * server and tests; the build makes every model once in site/site-data.ts.
 * `qrBase`: where the site is published (site/site-base-url.ts); the source slide's QR codes point there.
 * `supplements`: figures supplied from other sources (assets/supplements.csv), shown beside their gaps; none by default.
 */
export function renderDeck(source: string, deck: DeckMeta, article: Article, file: string, dataUrl: string, lang: Lang = 'zh-CN', qrBase?: URL, supplements: SupplementSet = NO_SUPPLEMENTS): RenderedDeck {
  return renderDeckModel(source, buildDeckModel(source, deck, article, file, lang, qrBase, supplements), file, dataUrl);
}
