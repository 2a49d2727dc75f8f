import type { RevealApi } from 'reveal.js';
import type { Controller } from './controller.ts';
import type { DeckRuntimeConfig } from './config.ts';
import type { PreviewRole } from '../presenter/channel.ts';
import { controllerNames, type ControllerName, type RevealMode } from './mode-controllers.ts';
import { ChartLifecycle } from './chart-lifecycle.ts';
import { InertSlides } from './inert-slides.ts';
import { ProvenancePopover } from './provenance-popover.ts';
import { ChartDownloads } from './chart-downloads.ts';
import { LanguageSwitch } from './language-switch.ts';
import { OembedLink } from './oembed-link.ts';
import { NotesToggle } from './notes-toggle.ts';
import { ThemeKey } from './theme-key.ts';
import { EmbedSnippet } from '../embed/snippet.ts';
import { PresenterLink } from '../presenter/link.ts';

/** What the controllers of a reveal deck page are built from. */
export interface DeckParts {
  readonly deck: RevealApi;
  /** The .reveal element. */
  readonly element: HTMLElement;
  /** Mode, view, and the deck's id, edition and planned length (config.ts). */
  readonly config: DeckRuntimeConfig;
  /** This page is a presenter view's preview frame (?presenter-preview=…), or null. */
  readonly preview: PreviewRole | null;
  /** The presenter session's secret (presenter/pairing-key.ts), taken from the URL before reveal read it. */
  readonly pairingKey: string;
  /** The page came with a session's key (presenter/pairing-key.ts joinsPairing): its presenter channel opens at once. */
  readonly pairingJoined: boolean;
}

/**
 * How each controller is made. The embed's, the print view's and the presenter preview's own controllers
 * load only in their modes (import()), so a deck page's first load does not carry them.
 */
const FACTORIES: Readonly<Record<ControllerName, (parts: DeckParts) => Controller | Promise<Controller>>> = {
  EmbedMode: async ({ deck, config }) => {
    const { EmbedMode } = await import('../embed/mode.ts');
    return new EmbedMode(deck, config.embedSlide ?? '', config);
  },
  EmbedSnippet: ({ deck, config }) => new EmbedSnippet(deck, config),
  ProvenancePopover: ({ element }) => new ProvenancePopover(element),
  ChartDownloads: ({ element, config }) => new ChartDownloads(element, config.lang),
  // An embed shows one slide: no neighbour's chart to make ready.
  ChartLifecycle: ({ deck, config }) => new ChartLifecycle(deck, config, { prepareNeighbours: config.mode !== 'embed' }),
  // Only the print view (?print-pdf) draws every chart at once with its text layer.
  PrintCharts: async ({ deck, config }) => {
    const { PrintCharts } = await import('./print-charts.ts');
    return new PrintCharts(deck, config);
  },
  LanguageSwitch: ({ deck }) => new LanguageSwitch(deck),
  InertSlides: ({ deck }) => new InertSlides(deck),
  OembedLink: ({ deck }) => new OembedLink(deck),
  PresenterLink: ({ deck, config, pairingKey, pairingJoined }) => new PresenterLink(deck, config, pairingKey, pairingJoined),
  NotesToggle: ({ deck }) => new NotesToggle(deck),
  ThemeKey: ({ deck, config }) => new ThemeKey(deck, config.lang),
  LeadDeck: async ({ deck, config, pairingKey }) => {
    const { LeadDeck } = await import('../presenter/lead.ts');
    return new LeadDeck(deck, config, pairingKey);
  },
  FollowDeck: async ({ deck, config, pairingKey, preview }) => {
    const { FollowDeck } = await import('../presenter/follow-deck.ts');
    return new FollowDeck(deck, config, pairingKey, preview === 'next' ? 'next' : 'current');
  },
};

/** The controllers of a mode at one stage (the table is MODE_CONTROLLERS in mode-controllers.ts), in binding order. */
export function controllersFor(mode: RevealMode, stage: 'before' | 'after', parts: DeckParts): Promise<Controller[]> {
  return Promise.all(controllerNames(mode, stage, parts.preview).map((name) => FACTORIES[name](parts)));
}
