// Shorewise's service worker: the app keeps working offline after one visit. The build
// (scripts/service-worker.mjs) writes the list of the app's files and a version into
// this file, so every deployment is a new worker. The app's files are kept at install;
// pages and files are answered from what is kept, then the network; config.json, which a
// site edits without a new build, from the network first. A new version waits until the
// app asks it to take over (the visitor chose "Reload"), never mid-assessment.
const VERSION = '__VERSION__';
const FILES = ['__FILES__'];
const CACHE = `shorewise-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('shorewise-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return;
  if (url.pathname.endsWith('/config.json')) {
    event.respondWith(networkFirst(request));
  } else if (request.mode === 'navigate') {
    // The page, whatever its query: the kept index.html, else the network.
    event.respondWith(caches.match(new URL('index.html', scope).href).then((kept) => kept || fetch(request)));
  } else {
    event.respondWith(caches.match(request, { ignoreSearch: true }).then((kept) => kept || fetch(request)));
  }
});

/** The network's answer (kept for next time), else the last one kept. */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}
