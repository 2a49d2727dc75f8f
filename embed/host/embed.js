/*!
 * embed.js — optional auto-height for embedded 沪滇 slides. Served at the site root as /embed.js.
 *
 * Usage on a host page (the snippet from the deck or gallery already contains all of this):
 *
 *   <iframe src="https://SITE/embed/?deck=xishuangbanna&slide=jobs-offered" title="…" loading="lazy"
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

  function watch(frame) {
    if (frame.dataset.huDianEmbedWatched !== undefined) return;
    frame.dataset.huDianEmbedWatched = '';
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

  function start() {
    frames().forEach(watch);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
