// The benchmark page's first script: starts downloading `?data=` as soon as the HTML is parsed and, for a large
// file (512 KB or more: below that the worker costs more than it saves), starts the worker that parses, validates
// and resolves it (public/workers/load-timeline.js, built by scripts/build-workers.mjs), all while the page's own
// scripts load and hydrate. BenchTimeline takes the promises from window.__benchFetch: `text` (the file),
// `fetchedAt` (when it arrived, ms since the epoch) and `loaded` (the worker's result, or null: load it here).
(function () {
  var url = new URLSearchParams(location.search).get('data');
  if (!url) return;
  var WORKER_MIN_BYTES = 512 * 1024;
  var worker = null;
  var early = { url: url, fetchedAt: 0 };
  var response = fetch(url, { cache: 'no-store' }).then(function (res) {
    if (!res.ok) throw new Error('fetch ' + url + ': HTTP ' + res.status);
    // The worker starts while the body is still downloading, when the size is known.
    if (Number(res.headers.get('content-length')) >= WORKER_MIN_BYTES) {
      try {
        worker = new Worker('/workers/load-timeline.js');
      } catch (error) {
        worker = null;
      }
    }
    return res.text();
  });
  early.text = response.then(function (text) {
    early.fetchedAt = performance.timeOrigin + performance.now();
    return text;
  });
  early.loaded = early.text.then(
    function (text) {
      if (!worker && text.length >= WORKER_MIN_BYTES) {
        try {
          worker = new Worker('/workers/load-timeline.js');
        } catch (error) {
          return null;
        }
      }
      if (!worker) return null;
      var running = worker;
      return new Promise(function (resolve) {
        running.onmessage = function (message) {
          running.terminate();
          resolve(message.data);
        };
        running.onerror = function (event) {
          event.preventDefault();
          running.terminate();
          resolve(null);
        };
        running.postMessage(text);
      });
    },
    function () {
      if (worker) worker.terminate();
      return null;
    },
  );
  early.text.catch(function () {}); // reported by BenchTimeline, which awaits it
  window.__benchFetch = early;
})();
