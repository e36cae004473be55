// Lestari's service worker, for a copy hosted over https: after one visit
// the app opens with no network. It keeps only the app's own files, from its
// own origin; it never caches or sends anything else (no answer ever leaves
// the machine). The build stamps the version, so a new build replaces the
// cached files (scripts/build/offline_files.py).
'use strict';
const VERSION = 'LESTARI_SW_VERSION';
const CACHE = 'lestari-' + VERSION;
const FILES = ['./', 'index.html', 'lestari.html', 'manifest.webmanifest', 'icon.svg'];
// What every page of the app holds (web/shell.html): a venue's captive
// portal or a proxy's error page answering for index.html does not.
const PAGE_MARK = '<meta name="application-name" content="Lestari">';

// One entry per file: its address without a query (a link shared with
// ?fbclid=… is the same file, not another 600 KB copy).
function keyOf(url) {
  const u = new URL(url, self.registration.scope);
  u.search = '';
  u.hash = '';
  return u.href;
}

// Whether an answer is the app's own file, not a page that stands in for it:
// received as asked (no redirect), and holding what that file holds.
async function isApp(path, response) {
  if (!response || !response.ok || response.redirected || response.type !== 'basic') return false;
  const text = await response.clone().text();
  if (path.endsWith('.webmanifest')) {
    try { return JSON.parse(text).short_name === 'Lestari'; } catch (e) { return false; }
  }
  if (path.endsWith('.svg')) return text.startsWith('<svg');
  return text.includes(PAGE_MARK);
}

async function keep(cache, key, response) {
  if (await isApp(new URL(key).pathname, response)) {
    await cache.put(key, response.clone());
    return true;
  }
  return false;
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(FILES.map((f) => fetch(new Request(keyOf(f), { cache: 'reload' }))
      .then((response) => keep(cache, keyOf(f), response)).catch(() => false))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lestari-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The app's files: from the network when it answers with them (a new build
// arrives), else the copy kept: with no network, and when something else
// answers in their place (a captive portal's login page, an error page),
// which is then never kept. Anything else is not the service worker's business.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const own = FILES.some((f) => new URL(f, self.registration.scope).pathname === url.pathname);
  if (!own) return;
  const key = keyOf(url.href);
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const kept = () => cache.match(key).then((hit) => hit || cache.match(keyOf('index.html')));
    let response;
    try {
      response = await fetch(event.request);
    } catch (e) {
      return (await kept()) || Response.error();
    }
    if (await keep(cache, key, response)) return response;
    return (await kept()) || response;
  })());
});
