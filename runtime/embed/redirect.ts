import { normalizeLang } from '../../contracts/lang.ts';
import '../../assets/theme/fonts.css';
import '../../assets/theme/embed.css';
import { parseCatalog, publicEmbedUrl, resolveEmbed, type EmbedResolution } from './lookup.ts';
import { renderNotFound } from './not-found.ts';
import { READY } from '../../contracts/readiness.ts';
import { isHeightRequest, postHeightToParent } from './protocol.ts';
import { parseEmbedPath } from '../../contracts/embed-url.ts';

import { addOembedLink, oembedHref } from '../deck/oembed-link.ts';
import { applyThemeFromUrl, themeFromQuery } from '../shared/theme.ts';

applyThemeFromUrl();

/**
 * embed/?deck=<id>&slide=<id>, the embed URL before issue 23: checks both ids against decks.json,
 * then replaces itself with the slide's own embed page (decks.json embedUrl, contracts/embed-url.ts).
 * Bad ids get a "not found" message listing the valid ids, as text.
 *
 * The same page, as embed/404.html (one level deeper), is what a static host answers a missing
 * embed/<deck>/<slide>.html with: the ids then come from the address, and a slide that does exist
 * is never reloaded into itself.
 */
const fromPath = parseEmbedPath(window.location.pathname);
const siteRoot = new URL(fromPath ? '../../' : '../', window.location.href);
const params = new URLSearchParams(window.location.search);
const deckId = fromPath?.deck ?? params.get('deck') ?? '';
const slideId = fromPath?.slide ?? params.get('slide') ?? '';
/** lang=en (or .en.html): the English edition (decks.json lists it under the same ids). */
const lang = fromPath?.lang ?? normalizeLang(params.get('lang'));
document.documentElement.lang = lang;
const main = document.getElementById('embed-message');

/** The not-found message can be taller than 16:9: tell the host page (embed.js) its height. */
function postHeight(): void {
  postHeightToParent(deckId, slideId, Math.ceil(document.documentElement.scrollHeight));
}

function showNotFound(resolution: Exclude<EmbedResolution, { kind: 'found' }>): void {
  if (!main) return;
  const panel =
    resolution.kind === 'unknown-deck'
      ? renderNotFound({
          deck: deckId,
          slide: slideId,
          validKind: 'deck',
          validIds: resolution.validIds,
          linkFor: (id) => publicEmbedUrl(id, resolution.decks.find((deck) => deck.id === id)?.slides[0]?.id ?? '', siteRoot, lang).href,
          galleryHref: siteRoot.href,
          lang,
        })
      : renderNotFound({
          deck: deckId,
          slide: slideId,
          validKind: 'slide',
          validIds: resolution.validIds,
          linkFor: (id) => publicEmbedUrl(resolution.deck.id, id, siteRoot, lang).href,
          galleryHref: siteRoot.href,
          lang,
        });
  main.replaceChildren(panel);
  document.documentElement.setAttribute(READY.embed, '');
  postHeight();
  window.addEventListener('resize', postHeight);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isHeightRequest(event.data)) postHeight();
  });
}

function showFailure(): void {
  if (!main) return;
  const message = document.createElement('p');
  message.textContent = '无法载入幻灯片目录（decks.json），请稍后重试。';
  main.replaceChildren(message);
}

async function route(): Promise<void> {
  const response = await fetch(new URL('decks.json', siteRoot));
  if (!response.ok) throw new Error(`decks.json: HTTP ${response.status}`);
  const resolution = resolveEmbed(parseCatalog(await response.json()), deckId, slideId, lang);
  if (resolution.kind === 'found') addOembedLink(document, oembedHref(siteRoot, resolution.deck.id, resolution.slideId, lang), `oEmbed: ${resolution.deck.id}/${resolution.slideId}`);
  if (resolution.kind === 'found') {
    const target = publicEmbedUrl(resolution.deck.id, resolution.slideId, siteRoot, lang);
    const theme = themeFromQuery(window.location.search);
    if (theme) target.searchParams.set('theme', theme);
    if (target.pathname === window.location.pathname) showFailure();
    else window.location.replace(target.href);
  }
  else showNotFound(resolution);
}

route().catch(showFailure);
