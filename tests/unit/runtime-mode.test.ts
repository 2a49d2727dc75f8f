import { describe, expect, it } from 'vitest';
import { decideMode, type ModeInputs } from '../../runtime/deck/mode.ts';
import { controllerNames, MODE_CONTROLLERS } from '../../runtime/deck/mode-controllers.ts';
import { DeckRuntime, ownDeck } from '../../runtime/deck/deck-runtime.ts';
import type { Controller } from '../../runtime/deck/controller.ts';
import { deckFacts, readRuntimeConfig } from '../../runtime/deck/config.ts';

const talk: ModeInputs = { print: false, embedSlide: null, view: 'slides', offline: false };

describe('the runtime mode is decided in one place', () => {
  it('print wins over everything, then embed, then the reading view, then offline', () => {
    expect(decideMode(talk)).toBe('present');
    expect(decideMode({ ...talk, print: true, embedSlide: 'x', view: 'read', offline: true })).toBe('print');
    expect(decideMode({ ...talk, embedSlide: 'x', view: 'compact-embed', offline: true })).toBe('embed');
    expect(decideMode({ ...talk, embedSlide: '' })).toBe('embed');
    expect(decideMode({ ...talk, view: 'read', offline: true })).toBe('read');
    expect(decideMode({ ...talk, offline: true })).toBe('offline');
  });
});

describe('each mode binds its own controllers', () => {
  it('only the talk offers embed snippets and the presenter page; an offline file toggles notes instead', () => {
    expect(controllerNames('present', 'before', null)).toEqual(['EmbedSnippet', 'ChartLifecycle']);
    expect(controllerNames('present', 'after', null)).toContain('PresenterLink');
    expect(controllerNames('offline', 'after', null)).toContain('NotesToggle');
    for (const mode of ['offline', 'embed', 'print'] as const) {
      expect(controllerNames(mode, 'before', null)).not.toContain('EmbedSnippet');
      expect(controllerNames(mode, 'after', null)).not.toContain('PresenterLink');
    }
  });

  it('print draws every chart at once and makes no slide inert; the others draw the current slide', () => {
    expect(controllerNames('print', 'after', null)).toEqual(['ProvenancePopover', 'PrintCharts', 'LanguageSwitch', 'OembedLink']);
    for (const mode of ['present', 'offline', 'embed'] as const) {
      // Bound before reveal starts, so the first slide's charts draw as soon as it is laid out (issue 14, item 8).
      expect(controllerNames(mode, 'before', null)).toContain('ChartLifecycle');
      expect(controllerNames(mode, 'after', null)).toContain('InertSlides');
      expect([...controllerNames(mode, 'before', null), ...controllerNames(mode, 'after', null)]).not.toContain('PrintCharts');
    }
  });

  it('only an embed keeps the deck on one slide, and it does so before reveal starts', () => {
    expect(controllerNames('embed', 'before', null)).toEqual(['EmbedMode', 'ChartLifecycle']);
    for (const mode of Object.keys(MODE_CONTROLLERS) as (keyof typeof MODE_CONTROLLERS)[]) {
      expect(controllerNames(mode, 'after', null)).not.toContain('EmbedMode');
      if (mode !== 'embed') expect(controllerNames(mode, 'before', null)).not.toContain('EmbedMode');
    }
  });

  it('a presenter preview follows (or leads) over the channel instead of opening a presenter view', () => {
    expect(controllerNames('present', 'after', 'lead')).toEqual(['ProvenancePopover', 'ChartDownloads', 'LanguageSwitch', 'InertSlides', 'OembedLink', 'LeadDeck']);
    expect(controllerNames('present', 'after', 'next').at(-1)).toBe('FollowDeck');
    expect(controllerNames('present', 'after', 'current')).not.toContain('PresenterLink');
  });
});

function recorder(log: string[], name: string): Controller {
  return { bind: () => log.push(`bind ${name}`), unbind: () => log.push(`unbind ${name}`) };
}

describe('destroy() undoes everything that was bound', () => {
  it('unbinds every controller in reverse order, then destroys reveal, once', () => {
    const log: string[] = [];
    const runtime = new DeckRuntime(() => log.push('destroy reveal'));
    runtime.bind([recorder(log, 'a'), recorder(log, 'b')]);
    runtime.bind([recorder(log, 'c')]);
    expect(runtime.controllers).toHaveLength(3);
    runtime.destroy();
    runtime.destroy();
    expect(log).toEqual(['bind a', 'bind b', 'bind c', 'unbind c', 'unbind b', 'unbind a', 'destroy reveal']);
    expect(runtime.controllers).toHaveLength(0);
    runtime.bind([recorder(log, 'late')]);
    expect(log.at(-1)).toBe('destroy reveal');
  });

  it("reveal's own destroy() (window.Reveal.destroy() from any tool) goes through the runtime", () => {
    const log: string[] = [];
    const deck = { destroy: (): void => void log.push('reveal destroyed') };
    const runtime = ownDeck(deck);
    runtime.bind([recorder(log, 'charts')]);
    deck.destroy();
    expect(log).toEqual(['bind charts', 'unbind charts', 'reveal destroyed']);
  });
});

// Issue 22: the deck's id and edition are in the runtime's one config, read once from <html> at boot;
// no controller reads them back from the DOM.
describe('the deck id, edition and planned length are in the runtime config', () => {
  const html = (attributes: { deck?: string; minutes?: string; lang: string }): HTMLElement =>
    ({ dataset: { deck: attributes.deck, minutes: attributes.minutes }, lang: attributes.lang }) as unknown as HTMLElement;
  const config = (root: HTMLElement) =>
    readRuntimeConfig({ search: '' } as Location, () => ({ matches: false }) as MediaQueryList, { width: 1280, offline: false, preview: false, deck: deckFacts(root) });

  it('reads data-deck, lang and data-minutes once into the config', () => {
    expect(config(html({ deck: 'puer', minutes: '20', lang: 'en' }))).toMatchObject({ deckId: 'puer', lang: 'en', minutes: 20 });
    expect(config(html({ deck: 'honghe', minutes: '15', lang: 'zh-CN' }))).toMatchObject({ deckId: 'honghe', lang: 'zh-CN', minutes: 15 });
  });

  it('an unknown edition is the Chinese one; a missing or bad length is 0', () => {
    expect(config(html({ deck: 'puer', lang: '' }))).toMatchObject({ lang: 'zh-CN', minutes: 0 });
    expect(config(html({ deck: 'puer', minutes: 'soon', lang: 'fr' }))).toMatchObject({ lang: 'zh-CN', minutes: 0 });
  });
});
