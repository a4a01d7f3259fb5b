// The benchmark page's early fetch: starts downloading `?data=` as soon as the HTML is parsed, while the
// page's scripts load and hydrate; BenchTimeline takes the promise from window.__benchFetch.
(function () {
  var url = new URLSearchParams(location.search).get('data');
  if (!url) return;
  var text = fetch(url, { cache: 'no-store' }).then(function (response) {
    if (!response.ok) throw new Error('fetch ' + url + ': HTTP ' + response.status);
    return response.text();
  });
  text.catch(function () {}); // reported by BenchTimeline, which awaits it
  window.__benchFetch = { url: url, text: text };
})();
