// The H5 app's code kept on the device, so its pages open when the network is gone (a rider in a
// basement car park): the hashed files are cached on install and served from the cache (a new release
// has new names, and a new list here, which installs a new cache); the page itself is asked of the
// network first and the kept copy shown only when there is none. The API is never answered from here:
// what a page shows offline (the station list) it keeps and dates itself.
// scripts/write-service-worker.mjs writes sw.js from this file, with VERSION and PRECACHE above it.
/* global VERSION, PRECACHE */
const CACHE = `kgh-h5-${VERSION}`
const SHELL = '/'

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...PRECACHE]))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  const old = (key) => key.startsWith('kgh-h5-') && key !== CACHE
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter(old).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  const ours = request.method === 'GET' && url.origin === self.location.origin
  if (!ours || url.pathname.startsWith('/api/') || url.pathname.startsWith('/admin')) return
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(SHELL, { cacheName: CACHE })))
    return
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((kept) => kept ?? fetch(request)))
})
