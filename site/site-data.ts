import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { join } from 'node:path';
import { bodySections, parseArticle, type Article } from '../ledger/article.ts';
import { FIGURES } from '../ledger/figures.ts';
import { COVERAGE_EXCLUSIONS } from '../ledger/exclusions.ts';
import { assertLedger } from '../ledger/validate.ts';
import { PAIRINGS, pairingProblems } from '../ledger/pairings.ts';
import { chartRuleProblems } from '../charts/catalog/rules.ts';
import { validateEnglish } from '../ledger/validate-english.ts';
import { FIGURES_EN } from '../ledger/english.ts';
import { checkCoverage } from '../ledger/coverage.ts';
import { englishQuoteProblems, typedNumberProblems, writtenTextProblems, writtenTexts } from './written-text.ts';
import type { DeckId } from '../ledger/types.ts';
import { DECKS, deckSourceFile } from '../slides/decks.ts';
import { CHARTS, catalogProblems } from '../charts/catalog/index.ts';
import { LANGS } from '../ledger/format.ts';
import { chartEnglishUnitProblems } from '../charts/catalog/check.ts';
import { renderDeckModel, type RenderedDeck } from './render-deck.ts';
import { buildManifest, type Manifest } from './manifest.ts';
import { assertSameSlides } from './same-slides.ts';
import { siteBaseUrl } from './site-base-url.ts';
import { requireTitleMarker } from './deck-title.ts';
import { requireClosingMarker } from './closing-slides.ts';
import { loadSupplements } from './supplements-file.ts';
import type { SupplementSet } from '../ledger/supplements.ts';
import { buildDeckModel } from './model/deck-model.ts';
import type { DeckModel } from './model/types.ts';
import type { Lang } from '../ledger/format.ts';

export interface SiteData {
  readonly article: Article;
  readonly decks: ReadonlyMap<DeckId, RenderedDeck>;
  /** English editions, rendered from slides/<deck>/en.html as the Chinese ones from index.html. */
  readonly englishDecks: ReadonlyMap<DeckId, RenderedDeck>;
  readonly manifest: Manifest;
  /** Figures supplied from other sources (assets/supplements.csv); empty when there are none or DECKS_SUPPLEMENTS=off. */
  readonly supplements: SupplementSet;
  /** Every deck edition as data (site/model/): the pages, decks.json (so oEmbed and the gallery) and the PowerPoint are made from it. */
  readonly models: ReadonlyMap<DeckId, ReadonlyMap<Lang, DeckModel>>;
}

/** A deck page marks where its title and its gaps and source slides go; the model and the page (renderDeckModel) write them there. */
function requireDeckMarkers(source: string, file: string): string {
  const root = parse(source, { comment: false });
  requireTitleMarker(root, file);
  requireClosingMarker(root, file);
  return source;
}

/**
 * Reads the article, checks the ledger against it, renders every deck. Throws on the first problem.
 * `supplements: false` renders the article alone (npm run pptx -- --no-supplements), as DECKS_SUPPLEMENTS=off does.
 */
export function loadSiteData(root: string, options: { readonly supplements?: boolean } = {}): SiteData {
  const catalog = [...catalogProblems(), ...CHARTS.flatMap((spec) => LANGS.flatMap((lang) => chartRuleProblems(spec, lang)))];
  if (catalog.length > 0) throw new Error(catalog.join('\n'));
  const article = parseArticle(readFileSync(join(root, 'assets/article.txt'), 'utf8'));
  assertLedger(FIGURES, article.body, 'ledger/figures.ts', bodySections(article.body, DECKS));
  const pairings = pairingProblems(PAIRINGS, article.body);
  if (pairings.length > 0) throw new Error(pairings.join('\n'));
  const english = [...validateEnglish(FIGURES, FIGURES_EN).map((error) => error.message), ...chartEnglishUnitProblems(CHARTS)];
  if (english.length > 0) throw new Error(english.join('\n'));
  const { uncovered, staleExclusions } = checkCoverage(article.body, FIGURES, COVERAGE_EXCLUSIONS);
  if (uncovered.length > 0) {
    throw new Error(
      `assets/article.txt: digits not in any ledger quote or exclusion: ${uncovered.map((u) => `“${u.digits}” in “${u.context}”`).join('; ')}. Add an entry to ledger/figures.ts or an exclusion to ledger/exclusions.ts.`,
    );
  }
  if (staleExclusions.length > 0) {
    throw new Error(`ledger/exclusions.ts: exclusion quote not in the article: ${staleExclusions.map((e) => `“${e.quote}”`).join(', ')}`);
  }
  // A number typed into a title, label, note, slide or translation instead of taken from the ledger.
  const written = writtenTexts(root);
  const typed = [...writtenTextProblems(written), ...typedNumberProblems(written, article.body), ...englishQuoteProblems(article.body)];
  if (typed.length > 0) throw new Error(typed.join('\n'));
  const base = siteBaseUrl(root);
  const supplements = loadSupplements(root, options.supplements === false ? { ...process.env, DECKS_SUPPLEMENTS: 'off' } : process.env);
  const decks = new Map<DeckId, RenderedDeck>();
  const englishDecks = new Map<DeckId, RenderedDeck>();
  const models = new Map<DeckId, Map<Lang, DeckModel>>();
  for (const deck of DECKS) {
    const file = deckSourceFile(deck.id, 'zh-CN');
    const enFile = deckSourceFile(deck.id, 'en');
    const source = readFileSync(join(root, file), 'utf8');
    const enSource = readFileSync(join(root, enFile), 'utf8');
    assertSameSlides(requireDeckMarkers(source, file), file, requireDeckMarkers(enSource, enFile), enFile);
    // Each edition's model first; the page, decks.json, oEmbed and the gallery are made from it.
    const zh = buildDeckModel(source, deck, article, file, 'zh-CN', base, supplements);
    const en = buildDeckModel(enSource, deck, article, enFile, 'en', base, supplements);
    models.set(deck.id, new Map<Lang, DeckModel>([['zh-CN', zh], ['en', en]]));
    decks.set(deck.id, renderDeckModel(source, zh, file, '../../data/'));
    englishDecks.set(deck.id, renderDeckModel(enSource, en, enFile, '../../data/'));
  }
  const manifest = buildManifest(models);
  return { article, decks, englishDecks, manifest, models, supplements };
}
