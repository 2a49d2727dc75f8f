import { normalizeLang } from '../../contracts/lang.ts';
import '../../assets/theme/fonts.css';
import './presenter.css';
import { openPresenterChannel, previewUrl, type DeckStateMessage } from './channel.ts';
import { CurrentPreview } from './current-preview.ts';
import { applyLabels } from './chrome.ts';
import { PresenterClock } from './clock.ts';
import { awaitDeckWindow } from './handshake.ts';
import { PRESENTER_LABELS } from './labels.ts';
import { PairingPanel } from './pairing.ts';

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`presenter page has no ${selector}`);
  return found;
}

/** The deck this presenter view belongs to: ?deck=<id>. */
function deckFromQuery(params: URLSearchParams): string | null {
  const deck = params.get('deck');
  return deck && /^[a-z]+$/.test(deck) ? deck : null;
}

/** The slide to start at when the view drives the deck itself: #/<slide-id>. */
function slideFromHash(hash: string): string | null {
  const match = /^#\/([^/?#]+)/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/**
 * Presenter view: notes of the current slide, previews of it and the next, elapsed time and
 * pacing. It follows a deck window that answers on the channel; when none does within the
 * handshake, its own current preview drives the deck, and a deck window opened later takes over.
 */
function startPresenter(): void {
  const params = new URLSearchParams(window.location.search);
  const edition = normalizeLang(params.get('lang'));
  const labels = PRESENTER_LABELS[edition];
  applyLabels(document, labels);
  const notes = element<HTMLElement>('[data-presenter-notes]');
  const deckId = deckFromQuery(params);
  if (!deckId) {
    notes.replaceChildren(paragraph(labels.missingDeck));
    return;
  }
  notes.replaceChildren(paragraph(labels.connecting));
  let slideId = slideFromHash(window.location.hash);

  const current = new CurrentPreview(element<HTMLIFrameElement>('iframe[data-preview="current"]'), deckId, edition);
  element<HTMLIFrameElement>('iframe[data-preview="next"]').src = previewUrl(deckId, edition, 'next');
  const pairing = new PairingPanel(document.body, labels, deckId, edition, slideId);
  pairing.bind();
  const clock = new PresenterClock(
    { elapsed: element('[data-presenter-elapsed]'), planned: element('[data-presenter-planned]'), pace: element('[data-presenter-pace]') },
    labels,
  );
  clock.bind();
  const deckTitle = element<HTMLElement>('[data-presenter-deck-title]');
  const progress = element<HTMLElement>('[data-presenter-progress]');
  const nextPanel = element<HTMLElement>('[data-presenter-next-panel]');

  const render = (state: DeckStateMessage): void => {
    slideId = state.slideId;
    document.title = labels.titleWithDeck(state.title);
    deckTitle.textContent = state.title;
    notes.innerHTML = state.notesHtml;
    if (!state.notesHtml.trim()) notes.replaceChildren(paragraph(labels.noNotes));
    notes.dataset.slideId = state.slideId;
    progress.textContent = state.steps ? `${labels.progress(state.index + 1, state.total)} · ${labels.step(state.steps.current, state.steps.total)}` : labels.progress(state.index + 1, state.total);
    nextPanel.dataset.end = String(state.next === null);
    pairing.at(state.slideId);
    pairing.show(state.driver === 'deck' ? 'paired' : 'standalone');
    clock.at(state);
  };

  /** Follows a deck window if one answers; otherwise the current preview drives the deck from `slideId`. */
  const findDriver = async (): Promise<void> => {
    const answer = await awaitDeckWindow(deckId, edition);
    if (answer && current.role === null) current.show('current', answer.slideId);
    else if (!answer) current.show('lead', slideId);
  };

  const channel = openPresenterChannel(deckId, edition, (message) => {
    if (message.type === 'state' && message.deck === deckId) render(message);
    // A lead preview takes over by itself; a following one is replaced by a lead if no deck window is left.
    else if (message.type === 'deck-closed' && current.role === 'current') void findDriver();
  });
  const command = (action: 'next' | 'prev'): void => channel.postMessage({ type: 'command', action });
  element<HTMLButtonElement>('[data-presenter-next]').addEventListener('click', () => command('next'));
  element<HTMLButtonElement>('[data-presenter-prev]').addEventListener('click', () => command('prev'));
  element<HTMLButtonElement>('[data-presenter-reset]').addEventListener('click', () => clock.restart());
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n'].includes(event.key)) command('next');
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p'].includes(event.key)) command('prev');
    else return;
    event.preventDefault();
  });
  void findDriver();
}

startPresenter();
