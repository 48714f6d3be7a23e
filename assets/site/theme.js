// Before the first paint.
// 1. The colour theme chosen on an earlier visit, so that a page whose visitor chose dark
//    on a light system (or the reverse) does not flash the system's theme while the app
//    loads. The app applies the same choice once it runs (src/web/mod.rs).
// 2. Whether to show the welcome screen written into the page at build time
//    (scripts/prerender.mjs): only where the app will draw that same screen, a first
//    visit in English on the welcome address, so that taking over changes nothing on
//    screen. Elsewhere the page waits for the app, as it would without it.
//    A site's config.json may change that screen (its name, logo, colours, examples,
//    language): until it is read the screen is shown without the parts a site may
//    change, then whole if the site changes none of them, else not at all.
// 3. On that screen, a tap before the app runs is never dead: the link's address changes
//    (the app opens it when it starts) and the link says at once that Shorewise is
//    starting.
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
    // Shown without what a site may change (its name, mark and examples) until its
    // settings are read; then whole, or not at all where the app would draw another one.
    root.setAttribute('data-prerendered', 'pending');
    document.addEventListener('click', starting);
    readSettings();
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

// A link of the welcome screen from the HTML followed before the app runs: the link is
// marked busy and a note says the app is starting (the app replaces the whole screen,
// note included, when it starts, and opens the link's address).
function starting(event) {
  var link = event.target && event.target.closest && event.target.closest('#prerendered a[href^="#/"]');
  if (!link || !document.getElementById('prerendered')) return;
  var busy = document.querySelector('#prerendered [aria-busy="true"]');
  if (busy) busy.removeAttribute('aria-busy');
  link.setAttribute('aria-busy', 'true');
  var note = document.getElementById('starting-note');
  if (!note) {
    note = document.createElement('p');
    note.id = 'starting-note';
    note.className = 'starting-note';
    note.setAttribute('role', 'status');
    note.textContent = 'Starting Shorewise…';
  }
  link.parentNode.insertBefore(note, link.nextSibling);
}

// Reads the site's settings (config.json, preloaded by the page) and decides whether the
// welcome screen from the HTML is the one the app will draw: only where the site changes
// nothing that screen shows. No file, or one that cannot be read, means the defaults,
// as for the app (src/web/config.rs).
function readSettings() {
  var root = document.documentElement;
  fetch('config.json')
    .then(function (response) {
      return response.ok ? response.json() : {};
    })
    .catch(function () {
      return {};
    })
    .then(function (config) {
      if (sameWelcome(config)) {
        root.setAttribute('data-prerendered', '');
      } else {
        root.removeAttribute('data-prerendered');
        preloadWasm();
      }
    });
}

// Whether the app, under these settings, draws the welcome screen the page was built
// with: no brand, no examples of the site's or built-in ones turned off, English as the
// default language, no embed mode everywhere. Anything else (a key this script does not
// know included) counts as a change.
function sameWelcome(config) {
  if (!config || typeof config !== 'object' || Array.isArray(config)) return true;
  var harmless = { defaults: 1, processes: 1, call_to_action: 1, contact: 1, share_links: 1, embed: 1, $schema: 1 };
  for (var key in config) {
    if (!harmless[key]) return false;
  }
  var defaults = config.defaults || {};
  if (defaults.language && String(defaults.language).slice(0, 2).toLowerCase() !== 'en') return false;
  return !(config.embed && config.embed.always === true);
}
