import { normalizeLang, type Lang } from '../../contracts/lang.ts';
import '../../assets/theme/fonts.css';
import './presenter.css';
import { openPresenterChannel, previewUrl, type DeckStateMessage, type PresenterPairing } from './channel.ts';
import { CurrentPreview } from './current-preview.ts';
import { themeFromQuery } from '../shared/theme.ts';
import { supplementsOff } from '../deck/supplements-query.ts';
import { applyLabels } from './chrome.ts';
import { PresenterClock } from './clock.ts';
import { lookUpDeck, type DeckLookup, type PresenterDeck } from './deck-source.ts';
import { awaitDeckWindow } from './handshake.ts';
import { PRESENTER_LABELS, type PresenterLabels } from './labels.ts';
import { PairingPanel } from './pairing.ts';
import { takePairingKey } from './pairing-key.ts';
import { stepsShown } from './outline.ts';
import { unknownDeckMessage } from './unknown-deck.ts';

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`presenter page has no ${selector}`);
  return found;
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

/** Why the view cannot run, in the notes panel; data-presenter-problem names the case. */
function showProblem(notes: HTMLElement, problem: 'missing-deck' | 'unknown-deck' | 'load-failed', content: HTMLElement[]): void {
  notes.dataset.presenterProblem = problem;
  notes.replaceChildren(...content);
}

/**
 * Presenter view: notes of the current slide, previews of it and the next, elapsed time and
 * pacing. It follows a deck window of its session that answers on the channel; when none does
 * within the handshake, its own current preview drives the deck, and a deck window opened later
 * takes over. Everything it shows of the deck (title, notes) comes from the deck page it read
 * itself; messages only say where the deck is, and count only if they describe that deck.
 */
function present(deck: PresenterDeck, edition: Lang, labels: PresenterLabels, notes: HTMLElement): void {
  const { outline } = deck;
  const pairing: PresenterPairing = { outline, edition, key: takePairingKey(outline.deck, edition) };
  let slideId = slideFromHash(window.location.hash);
  const startIndex = outline.slides.findIndex((slide) => slide.id === slideId);
  document.title = labels.titleWithDeck(deck.title);
  element<HTMLElement>('[data-presenter-deck-title]').textContent = deck.title;

  const current = new CurrentPreview(element<HTMLIFrameElement>('iframe[data-preview="current"]'), pairing);
  const nextId = startIndex >= 0 ? (outline.slides[startIndex + 1]?.id ?? null) : null;
  element<HTMLIFrameElement>('iframe[data-preview="next"]').src = previewUrl(outline.deck, edition, 'next', nextId, pairing.key, themeFromQuery(window.location.search), supplementsOff(window.location.search));
  const pairingPanel = new PairingPanel(document.body, labels, pairing, slideId);
  pairingPanel.bind();
  const clock = new PresenterClock(
    { elapsed: element('[data-presenter-elapsed]'), planned: element('[data-presenter-planned]'), pace: element('[data-presenter-pace]') },
    labels,
  );
  clock.bind();
  const progress = element<HTMLElement>('[data-presenter-progress]');
  const nextPanel = element<HTMLElement>('[data-presenter-next-panel]');

  const render = (state: DeckStateMessage): void => {
    slideId = state.slideId;
    const slideNotes = deck.notesOf(state.slideId);
    notes.replaceChildren(slideNotes && (slideNotes.textContent ?? '').trim() ? slideNotes : paragraph(labels.noNotes));
    notes.dataset.slideId = state.slideId;
    const steps = stepsShown(outline, state.slideId, state.position.f);
    progress.textContent = steps ? `${labels.progress(state.index + 1, state.total)} · ${labels.step(steps.current, steps.total)}` : labels.progress(state.index + 1, state.total);
    nextPanel.dataset.end = String(state.next === null);
    pairingPanel.at(state.slideId);
    pairingPanel.show(state.driver === 'deck' ? 'paired' : 'standalone');
    clock.at(state);
  };

  /** Follows a deck window if one answers; otherwise the current preview drives the deck from `slideId`. */
  const findDriver = async (): Promise<void> => {
    const answer = await awaitDeckWindow(pairing);
    if (answer && current.role === null) current.show('current', answer.slideId);
    else if (!answer) current.show('lead', slideId);
  };

  const channel = openPresenterChannel(pairing, (message) => {
    if (message.type === 'state') render(message);
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

/** Reads ?deck= and &lang=, finds the deck (decks.json, then its page) and presents it, or says why not. */
async function startPresenter(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const edition = normalizeLang(params.get('lang'));
  const labels = PRESENTER_LABELS[edition];
  applyLabels(document, labels);
  const notes = element<HTMLElement>('[data-presenter-notes]');
  const requested = params.get('deck');
  if (!requested) {
    showProblem(notes, 'missing-deck', [paragraph(labels.missingDeck)]);
    return;
  }
  notes.replaceChildren(paragraph(labels.connecting));
  let lookup: DeckLookup;
  try {
    lookup = await lookUpDeck(new URL('../../', window.location.href), requested, edition, supplementsOff(window.location.search));
  } catch {
    showProblem(notes, 'load-failed', [paragraph(labels.loadFailed)]);
    return;
  }
  if (lookup.kind === 'unknown') showProblem(notes, 'unknown-deck', unknownDeckMessage(requested, lookup.known, labels, edition));
  else present(lookup.deck, edition, labels, notes);
}

void startPresenter();
