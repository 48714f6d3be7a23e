// Before the first paint: the colour theme chosen on an earlier visit, so that a page whose
// visitor chose dark on a light system (or the reverse) does not flash the system's theme
// while the app loads. The app applies the same choice once it runs (src/web/mod.rs).
try {
  var theme = localStorage.getItem('shorewise.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch (e) {
  // Storage blocked: the system's theme holds.
}
