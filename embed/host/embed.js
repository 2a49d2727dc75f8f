/*!
 * embed.js — optional auto-height for embedded 沪滇 slides. Served at the site root as /embed.js.
 *
 * Usage on a host page (the snippet from the deck or gallery already contains all of this):
 *
 *   <iframe src="https://SITE/embed/xishuangbanna/jobs-offered.html" title="…" loading="lazy"
 *           style="display:block;width:100%;height:auto;aspect-ratio:16/9;border:0" data-hu-dian-embed></iframe>
 *   <script src="https://SITE/embed.js" async></script>
 *
 * Message format. The embedded slide posts to its parent window:
 *
 *   { "type": "hu-dian:embed-height", "height": 405, "deck": "xishuangbanna", "slide": "jobs-offered" }
 *
 * height: the frame height in CSS pixels that shows the whole slide at the frame's current width.
 * It is posted when the slide is ready, when the frame is resized, and in answer to
 *
 *   { "type": "hu-dian:embed-height-request" }
 *
 * which this script sends to each marked iframe when it starts and when the iframe loads.
 *
 * For a CMS that strips iframes but allows one script, a placeholder is enough:
 *
 *   <div data-hu-dian-slide="xishuangbanna/jobs-offered" data-lang="en" data-title="…"></div>
 *   <script src="https://SITE/embed.js" async></script>
 *
 * becomes the same iframe as the snippet (src relative to this script's own URL, so the site it
 * came from), resized as above. Deck and slide must each be a kebab-case id (a-z, 0-9, single
 * hyphens): anything else ("../../x", "a/b?c", "javascript:…") is left as it is, with no frame.
 * data-lang="en" picks the English edition; data-title (optional) names the frame.
 *
 * Dark or light: the slide follows the reader's colour scheme. data-theme="dark" or "light" on the
 * placeholder or on an iframe[data-hu-dian-embed] forces one, passed to the slide as ?theme=.
 *
 * Security: a message is applied only to the iframe[data-hu-dian-embed] whose contentWindow is the
 * message's event.source, and only if event.origin is that iframe's origin; height must be a finite
 * number and is clamped to 50–10000 px. Nothing from a message is inserted into the page.
 * The script defines no globals and can be included more than once.
 */
(function () {
  'use strict';
  var HEIGHT = 'hu-dian:embed-height';
  var REQUEST = 'hu-dian:embed-height-request';
  var SELECTOR = 'iframe[data-hu-dian-embed]';
  var MIN = 50;
  var MAX = 10000;
  var FLAG = 'huDianEmbedBound';
  var PLACEHOLDER = 'div[data-hu-dian-slide]';
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var THEME = /^(?:dark|light)$/;
  var STYLE = 'display:block;width:100%;max-width:100%;height:auto;aspect-ratio:16/9;border:0';
  // Only while this script first runs does document.currentScript name it.
  var script = document.currentScript;
  var scriptUrl = script && script.src ? script.src : null;

  if (document.documentElement.dataset[FLAG] !== undefined) return;
  document.documentElement.dataset[FLAG] = '';

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  function frameFor(source) {
    if (!source) return null;
    var list = frames();
    for (var i = 0; i < list.length; i += 1) if (list[i].contentWindow === source) return list[i];
    return null;
  }

  function request(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: REQUEST }, '*');
  }

  /** data-theme="dark" or "light" on a frame: its slide's address says ?theme= (set once, before it is asked for its height). */
  function applyTheme(frame) {
    var theme = frame.dataset.theme || '';
    if (!THEME.test(theme)) return;
    var url;
    try {
      url = new URL(frame.src, document.baseURI);
    } catch (error) {
      return;
    }
    if (url.searchParams.get('theme') === theme) return;
    url.searchParams.set('theme', theme);
    frame.src = url.href;
  }

  function watch(frame) {
    if (frame.dataset.huDianEmbedWatched !== undefined) return;
    frame.dataset.huDianEmbedWatched = '';
    applyTheme(frame);
    frame.addEventListener('load', function () {
      request(frame);
    });
    request(frame);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT) return;
    var frame = frameFor(event.source);
    if (!frame || originOf(frame) !== event.origin) return;
    var height = Number(data.height);
    if (typeof data.height !== 'number' || !isFinite(height)) return;
    height = Math.min(MAX, Math.max(MIN, Math.round(height)));
    frame.style.aspectRatio = 'auto';
    frame.style.height = height + 'px';
    frame.dataset.huDianEmbedHeight = String(height);
  });

  /** A placeholder's frame, or null when its ids are not both ids (nothing else becomes a URL). */
  function frameForPlaceholder(placeholder) {
    var parts = String(placeholder.getAttribute('data-hu-dian-slide') || '').split('/');
    if (!scriptUrl || parts.length !== 2 || !ID.test(parts[0]) || !ID.test(parts[1])) return null;
    var english = placeholder.getAttribute('data-lang') === 'en';
    var theme = placeholder.getAttribute('data-theme') || '';
    if (!THEME.test(theme)) theme = '';
    var src = new URL('embed/' + parts[0] + '/' + parts[1] + (english ? '.en' : '') + '.html' + (theme ? '?theme=' + theme : ''), scriptUrl);
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = placeholder.getAttribute('data-title') || (english ? 'Embedded slide' : '嵌入的幻灯片');
    if (english) frame.lang = 'en';
    frame.loading = 'lazy';
    frame.setAttribute('style', STYLE);
    frame.setAttribute('data-hu-dian-embed', '');
    if (theme) frame.setAttribute('data-theme', theme);
    return frame;
  }

  function upgrade() {
    var list = scriptUrl ? document.querySelectorAll(PLACEHOLDER) : [];
    for (var i = 0; i < list.length; i += 1) {
      var placeholder = list[i];
      if (placeholder.dataset.huDianSlideUpgraded !== undefined) continue;
      placeholder.dataset.huDianSlideUpgraded = '';
      var frame = frameForPlaceholder(placeholder);
      if (frame) placeholder.replaceChildren(frame);
    }
  }

  function start() {
    upgrade();
    frames().forEach(watch);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
