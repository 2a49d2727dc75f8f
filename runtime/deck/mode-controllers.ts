import type { RuntimeMode } from './mode.ts';
import type { PreviewRole } from '../presenter/channel.ts';

/** Every controller a reveal deck page can bind (built in controllers-for-mode.ts). */
export type ControllerName =
  | 'EmbedMode'
  | 'EmbedSnippet'
  | 'ProvenancePopover'
  | 'ChartDownloads'
  | 'ChartLifecycle'
  | 'PrintCharts'
  | 'LanguageSwitch'
  | 'InertSlides'
  | 'OembedLink'
  | 'PresenterLink'
  | 'NotesToggle'
  | 'ThemeKey'
  | 'LeadDeck'
  | 'FollowDeck';

/** The modes that run reveal; the reading view has its own controllers (read/). */
export type RevealMode = Exclude<RuntimeMode, 'read'>;

/**
 * Which controllers each mode binds, and when: the one table that knows the modes, so no
 * controller asks which mode it is in. `before` bind before reveal initialises (they change the
 * slides, wait for 'ready', or — the charts — draw the first slide the moment reveal has laid it out and
 * the deck font has loaded); `after` once reveal is ready and every font has loaded.
 */
export const MODE_CONTROLLERS: Readonly<Record<RevealMode, { readonly before: readonly ControllerName[]; readonly after: readonly ControllerName[] }>> = {
  present: {
    before: ['EmbedSnippet', 'ChartLifecycle'],
    after: ['ProvenancePopover', 'ChartDownloads', 'LanguageSwitch', 'InertSlides', 'OembedLink', 'PresenterLink', 'ThemeKey'],
  },
  // No site beside an offline file: no embed snippets, no presenter page (S shows the notes).
  offline: {
    before: ['ChartLifecycle'],
    after: ['ProvenancePopover', 'ChartDownloads', 'LanguageSwitch', 'InertSlides', 'OembedLink', 'NotesToggle', 'ThemeKey'],
  },
  embed: {
    before: ['EmbedMode', 'ChartLifecycle'],
    after: ['ProvenancePopover', 'ChartDownloads', 'LanguageSwitch', 'InertSlides', 'OembedLink'],
  },
  // Every slide is a page: every chart drawn at once, no slide is inert, no keys to bind.
  print: {
    before: [],
    after: ['ProvenancePopover', 'PrintCharts', 'LanguageSwitch', 'OembedLink'],
  },
};

const PRESENTER_KEYS: readonly ControllerName[] = ['PresenterLink', 'NotesToggle', 'ThemeKey'];

/**
 * The controllers a page binds at one stage. A presenter view's preview frame follows (or, as
 * `lead`, drives) the talk over the presenter channel instead of opening a presenter view itself.
 */
export function controllerNames(mode: RevealMode, stage: 'before' | 'after', preview: PreviewRole | null): ControllerName[] {
  const names = [...MODE_CONTROLLERS[mode][stage]];
  if (!preview || stage === 'before') return names;
  return [...names.filter((name) => !PRESENTER_KEYS.includes(name)), preview === 'lead' ? 'LeadDeck' : 'FollowDeck'];
}
