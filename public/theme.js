// Runs before first paint: applies the reader's saved theme and marks the page as scripted,
// so that views the script will switch between do not flash. Static file: no inline script needed.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('parley-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    /* storage unavailable: follow the system */
  }
})();
