// Lestari's service worker, for a copy hosted over https: after one visit
// the app opens with no network. It keeps only the app's own files, from its
// own origin; it never caches or sends anything else (no answer ever leaves
// the machine). The build stamps the version, so a new build replaces the
// cached files (scripts/build/offline_files.py).
'use strict';
const VERSION = 'LESTARI_SW_VERSION';
const CACHE = 'lestari-' + VERSION;
const FILES = ['./', 'index.html', 'lestari.html', 'manifest.webmanifest', 'icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(FILES.map((f) => cache.add(new Request(f, { cache: 'reload' })).catch(() => null))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lestari-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The app's files: from the network when it answers (a new build arrives),
// else from the cache. Anything else is not the service worker's business.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const own = FILES.some((f) => new URL(f, self.registration.scope).pathname === url.pathname);
  if (!own) return;
  event.respondWith(fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(event.request, copy));
    }
    return response;
  }).catch(() => caches.match(event.request, { ignoreSearch: true })
    .then((hit) => hit || caches.match('index.html'))));
});
