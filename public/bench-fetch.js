// The benchmark page's first script: as soon as the HTML is parsed, starts downloading `?data=` and starts the
// worker that parses, validates and resolves a large file (public/workers/load-timeline.js, built by
// scripts/build-workers.mjs), all while the page's own scripts load and hydrate. Only a file under 64 KB (a few
// hundred events) is loaded on the page instead: from there up, the worker, started at once and compiled beside the
// page's scripts, is done sooner than the page could load its validator and run it (1,000 events: ready in a median
// ~770 ms against ~850–1,020 ms on the page, on a quiet 2-core machine; 100 events: no difference).
// BenchTimeline takes the promises from window.__benchFetch: `text` (the file), `fetchedAt` (when it arrived, ms
// since the epoch) and `loaded` (the worker's result, or null: load it here).
(function () {
  var url = new URLSearchParams(location.search).get('data');
  if (!url) return;
  var WORKER_MIN_BYTES = 64 * 1024;
  // The worker starts at once, while the file downloads: starting it (a thread, its script fetched and compiled)
  // takes a few hundred ms on a busy two-core machine. It is let go if the file turns out small.
  var worker = null;
  try {
    worker = new Worker('/workers/load-timeline.js');
  } catch (error) {
    worker = null;
  }
  var replied = worker
    ? new Promise(function (resolve) {
        worker.onmessage = function (message) {
          worker.terminate();
          resolve(message.data);
        };
        worker.onerror = function (event) {
          // The script could not load or threw: the page loads the file itself.
          event.preventDefault();
          worker.terminate();
          resolve(null);
        };
      })
    : Promise.resolve(null);
  var early = { url: url, fetchedAt: 0 };
  early.text = fetch(url, { cache: 'no-store' }).then(function (res) {
    if (!res.ok) throw new Error('fetch ' + url + ': HTTP ' + res.status);
    return res.text().then(function (text) {
      early.fetchedAt = performance.timeOrigin + performance.now();
      return text;
    });
  });
  early.loaded = early.text.then(
    function (text) {
      if (!worker) return null;
      if (text.length < WORKER_MIN_BYTES) {
        worker.terminate();
        return null;
      }
      worker.postMessage(text);
      return replied;
    },
    function () {
      if (worker) worker.terminate();
      return null;
    },
  );
  early.text.catch(function () {}); // reported by BenchTimeline, which awaits it
  window.__benchFetch = early;
})();
