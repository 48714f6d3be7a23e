// Before the first paint.
// 1. The colour theme chosen on an earlier visit, so that a page whose visitor chose dark
//    on a light system (or the reverse) does not flash the system's theme while the app
//    loads. The app applies the same choice once it runs (src/web/mod.rs).
// 2. Whether to show the welcome screen written into the page at build time
//    (scripts/prerender.mjs): only where the app will draw that same screen, a first
//    visit in English on the welcome address, so that taking over changes nothing on
//    screen. Elsewhere the page waits for the app, as it would without it.
(function () {
  var root = document.documentElement;
  var store = null;
  try {
    store = window.localStorage;
    var theme = store.getItem('shorewise.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage blocked: the system's theme holds, and the app will say nothing is kept.
    preloadWasm();
    return;
  }
  // The language the app starts in (src/web/language.rs): the address's, the one picked
  // on an earlier visit, then the browser's first it knows; English when none.
  function known(tag) {
    var primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return primary === 'en' || primary === 'de' ? primary : null;
  }
  var addressed = /[?&]lang=([^&#]*)/.exec(location.search);
  var language = known(addressed && addressed[1]) || known(store.getItem('shorewise.language'));
  var browser = navigator.languages || [navigator.language];
  for (var i = 0; !language && i < browser.length; i++) language = known(browser[i]);
  // For the loader's message, should the app not load (scripts/external-loader.mjs).
  root.setAttribute('data-start-language', language || 'en');
  var welcome = location.hash === '' || location.hash === '#' || location.hash === '#/';
  var fresh = store.getItem('shorewise.answers') === null;
  if (welcome && fresh && (language || 'en') === 'en') {
    root.setAttribute('data-prerendered', '');
  } else {
    preloadWasm();
  }
})();

// The app's wasm, preloaded now that nothing is to paint before it (the build notes its
// address and integrity, scripts/external-loader.mjs). Where the welcome screen is shown
// from the HTML, the loader fetches it once that screen has painted instead, so that it
// does not compete with the style sheet for the connection.
function preloadWasm() {
  var note = document.querySelector('meta[name="shorewise-wasm"]');
  if (!note) return;
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.type = 'application/wasm';
  link.crossOrigin = 'anonymous';
  link.href = note.getAttribute('content');
  link.integrity = note.getAttribute('data-integrity');
  document.head.appendChild(link);
}
