import '../../assets/theme/fonts.css';
import '../presenter/presenter.css';
import { editionOf, openPresenterChannel, previewUrl, type DeckStateMessage, type PreviewRole } from './presenter-channel.ts';
import { formatClock, paceAt } from './presenter-timer.ts';

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`presenter page has no ${selector}`);
  return found;
}

/** The deck this presenter view belongs to: ?deck=<id>. */
function deckFromQuery(): string | null {
  const deck = new URLSearchParams(window.location.search).get('deck');
  return deck && /^[a-z]+$/.test(deck) ? deck : null;
}

/** Presenter view: notes of the current slide, previews of it and the next, elapsed time and pacing. */
function startPresenter(): void {
  const deckId = deckFromQuery();
  const notes = element<HTMLElement>('[data-presenter-notes]');
  if (!deckId) {
    notes.textContent = '缺少 ?deck= 参数：请在幻灯片窗口按 S 打开讲者视图。';
    return;
  }
  const edition = editionOf(new URLSearchParams(window.location.search).get('lang'));
  const slideHash = window.location.hash;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')) {
    const role: PreviewRole = frame.dataset.preview === 'next' ? 'next' : 'current';
    frame.src = `${previewUrl(deckId, edition, role)}${role === 'current' ? slideHash : ''}`;
  }
  const elapsedOut = element<HTMLElement>('[data-presenter-elapsed]');
  const plannedOut = element<HTMLElement>('[data-presenter-planned]');
  const paceOut = element<HTMLElement>('[data-presenter-pace]');
  const progressOut = element<HTMLElement>('[data-presenter-progress]');
  let started = performance.now();
  let last: DeckStateMessage | null = null;

  const renderClock = (): void => {
    const elapsed = (performance.now() - started) / 1000;
    elapsedOut.textContent = formatClock(elapsed);
    if (!last) return;
    plannedOut.textContent = formatClock(last.minutes * 60);
    const pace = paceAt(elapsed, last.index, last.total, last.minutes);
    paceOut.textContent = pace.label;
    paceOut.dataset.pace = Math.abs(pace.behind) < 15 ? 'on' : pace.behind > 0 ? 'behind' : 'ahead';
  };
  const render = (state: DeckStateMessage): void => {
    last = state;
    document.title = `讲者视图 · ${state.title}`;
    notes.innerHTML = state.notesHtml || '<p>（本页没有备注）</p>';
    notes.dataset.slideId = state.slideId;
    progressOut.textContent = `第 ${state.index + 1} / ${state.total} 张`;
    renderClock();
  };

  const channel = openPresenterChannel(deckId, edition, (message) => {
    if (message.type === 'state' && message.deck === deckId) render(message);
  });
  const command = (action: 'next' | 'prev'): void => channel.postMessage({ type: 'command', action });
  element<HTMLButtonElement>('[data-presenter-next]').addEventListener('click', () => command('next'));
  element<HTMLButtonElement>('[data-presenter-prev]').addEventListener('click', () => command('prev'));
  element<HTMLButtonElement>('[data-presenter-reset]').addEventListener('click', () => {
    started = performance.now();
    renderClock();
  });
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n'].includes(event.key)) command('next');
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p'].includes(event.key)) command('prev');
    else return;
    event.preventDefault();
  });
  window.setInterval(renderClock, 1000);
  renderClock();
  channel.postMessage({ type: 'request-state' });
}

startPresenter();
