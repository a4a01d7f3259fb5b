/*
 * Parley embed helper: keeps every Parley iframe on the page as tall as its content.
 *
 * Include once:  <script src="https://<parley-host>/embed.js" async></script>
 * and mark the iframes:  <iframe src="https://<parley-host>/embed/<id>?…" data-parley-embed …></iframe>
 *
 * Protocol: an embed posts { type: "parley:resize", height: <px> } to its parent whenever its height changes.
 * A message is only acted on when it comes from the window of one of the marked iframes and from that iframe's
 * own origin; anything else is ignored. No third-party code, no cookies, nothing else is read or sent.
 */
(function () {
  if (window.__parleyEmbed) return;
  window.__parleyEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'parley:resize' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-parley-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (e) {
        return;
      }
      if (event.origin !== origin) return;
      frame.style.height = Math.max(120, Math.min(Math.round(data.height), 10000)) + 'px';
      return;
    }
  });
})();
