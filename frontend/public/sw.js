/*
 * Liaison's service worker, written by hand (no @angular/service-worker).
 *
 * - Navigations to the SPA ("/", "/patients/42"): network first, so a deployment is picked up at
 *   once; without network, the last index.html received (every SPA route gets the same one).
 * - Same-origin static files (scripts, styles, icons, fonts, the manifest): stale-while-revalidate.
 *   Angular names its bundles after their content, so they are cached as the application loads
 *   them; the install step also caches those that index.html names.
 * - Never: the API (/api/…, patient data and tokens) nor any other origin (Keycloak). Those
 *   requests are left to the browser, as if there were no worker.
 *
 * Change VERSION when this file changes what it caches: the caches of other versions are deleted.
 */
'use strict';

const VERSION = 'v1';
const SHELL_CACHE = `liaison-shell-${VERSION}`;
const ASSET_CACHE = `liaison-assets-${VERSION}`;
/** The key of the one index.html kept for every SPA route. */
const SHELL_KEY = '/';
const STATIC_FILE = /\.(?:js|mjs|css|ico|png|svg|webp|webmanifest|woff2?|ttf|otf)$/;
/** Older bundles of earlier deployments go once the cache holds this many files. */
const MAX_ASSETS = 150;
const ALWAYS = [
  '/manifest.webmanifest',
  '/favicon.ico',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
];

self.addEventListener('install', (event) => {
  // Best effort: without network now, the files are cached when the application next loads them.
  event.waitUntil(
    precache()
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = [SHELL_CACHE, ASSET_CACHE];
      for (const name of await caches.keys()) {
        if (name.startsWith('liaison-') && !current.includes(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // Keycloak and any other origin
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return; // never cached
  if (request.mode === 'navigate') {
    if (isSpaRoute(url.pathname)) event.respondWith(networkFirst(event));
    return;
  }
  if (url.pathname === '/sw.js' || request.headers.has('range')) return;
  if (STATIC_FILE.test(url.pathname)) event.respondWith(staleWhileRevalidate(event));
});

/** As the server decides (SpaFallbackFilter): a path whose last segment has no dot. */
function isSpaRoute(path) {
  return !path.slice(path.lastIndexOf('/') + 1).includes('.');
}

async function precache() {
  const response = await fetch(SHELL_KEY, { cache: 'no-cache' });
  const assets = new Set(ALWAYS);
  if (isShell(response)) {
    const html = await response.clone().text();
    await (await caches.open(SHELL_CACHE)).put(SHELL_KEY, response);
    for (const match of html.matchAll(/\s(?:src|href)="([^"]+)"/g)) {
      const url = new URL(match[1], self.location.origin + '/');
      if (url.origin === self.location.origin && STATIC_FILE.test(url.pathname)) {
        assets.add(url.pathname);
      }
    }
  }
  const cache = await caches.open(ASSET_CACHE);
  await Promise.all([...assets].map((path) => cache.add(path).catch(() => undefined)));
}

async function networkFirst(event) {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(event.request);
    if (isShell(response)) event.waitUntil(cache.put(SHELL_KEY, response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(SHELL_KEY);
    if (cached) return cached;
    throw error;
  }
}

async function staleWhileRevalidate(event) {
  const request = event.request;
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  const network = fetch(request).then(async (response) => {
    if (isCacheable(response)) {
      await cache.put(request, response.clone());
      await trim(cache);
    }
    return response;
  });
  if (!cached) return network;
  event.waitUntil(network.catch(() => undefined));
  return cached;
}

function isCacheable(response) {
  return response.ok && response.type === 'basic';
}

function isShell(response) {
  return (
    isCacheable(response) &&
    !response.redirected &&
    (response.headers.get('content-type') || '').includes('text/html')
  );
}

/** Drops the files cached first (earlier deployments) beyond MAX_ASSETS. */
async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(key);
}
