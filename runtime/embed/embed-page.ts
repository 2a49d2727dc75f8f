import '../../assets/theme/deck.css';
import '../../assets/theme/embed.css';
import '../../assets/theme/embed-legible.css';
import '../../assets/theme/embed-page.css';
import { READY } from '../../contracts/readiness.ts';
import { normalizeLang } from '../../contracts/lang.ts';
import { waitForFonts } from '../shared/fonts-ready.ts';
import { ProvenancePopover } from '../deck/provenance-popover.ts';
import { ChartDownloads } from '../deck/chart-downloads.ts';
import { chooseView, watchViewChange } from '../deck/view-mode.ts';
import type { DeckRuntimeConfig } from '../deck/config.ts';
import { ScaledSlide, type ChartDrawer } from './scaled-slide.ts';
import { declarePageFonts } from './page-fonts.ts';
import { applyThemeFromUrl } from '../shared/theme.ts';
import { removeSupplements, supplementsOff } from '../deck/supplements-off.ts';

/**
 * A slide's own static embed page (embed/<deck>/<slide>.html, written by site/embed-pages.ts): the
 * slide's markup and chart configuration, its own font subset, and this code — no reveal.js. From
 * 800 px wide the slide is scaled as in the talk (scaled-slide.ts); narrower, it is the compact
 * layout (compact.ts, loaded only then). Chart.js comes in a chunk of its own, only for a slide with
 * a chart. A frame resized across 800 px reloads into the other layout (view-mode.ts).
 */
async function start(): Promise<void> {
  // As a deck page (deck/boot.ts): ?theme=dark / light before anything is drawn, the article alone on ?supplements=off.
  applyThemeFromUrl();
  if (supplementsOff(window.location.search)) removeSupplements(document);
  declarePageFonts();
  const root = document.documentElement;
  const element = document.querySelector<HTMLElement>('.reveal');
  const slideId = root.dataset.embedSlide ?? '';
  const target = element?.querySelector<HTMLElement>(`:scope > .slides > section[data-embed-target]`);
  if (!element || !target) throw new Error('embed page has no slide');
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const lang = normalizeLang(root.lang);
  const inputs = { search: '', print: false, embedSlide: slideId, preview: false };
  const view = chooseView({ ...inputs, width: window.innerWidth });
  watchViewChange(view, inputs);
  if (view === 'compact-embed') {
    const config: DeckRuntimeConfig = { mode: 'embed', view, print: false, handout: false, embedSlide: slideId, reducedMotion, printPixelRatio: 1, deckId: root.dataset.deck ?? '', lang, minutes: 0 };
    const { CompactEmbed } = await import('./compact.ts');
    await new CompactEmbed(element, config).start();
    return;
  }
  const hasCharts = target.querySelector('canvas[data-chart-id]') !== null;
  const charts: Promise<ChartDrawer> | null = hasCharts ? import('./slide-charts.ts').then(({ SlideCharts }) => new SlideCharts(target)) : null;
  new ScaledSlide(element, target, reducedMotion, charts).start();
  await waitForFonts();
  new ProvenancePopover(element).bind();
  new ChartDownloads(element, lang).bind();
  root.setAttribute(READY.deck, '');
}

void start();
