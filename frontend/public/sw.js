/*
 * The Harm Reduction Works-HRW service worker. Hand-written and served as it is (no build step), so that host mode
 * keeps working when the connection drops in the middle of a meeting:
 *   - page loads get the network's index.html, or the last one kept when the network is out of reach;
 *   - /assets/* are content-hashed, so a kept copy is always right: cache first;
 *   - the public script and the runtime config: network first, the kept copy when offline;
 *   - everything else (sign-in, /api/v1/me, drafts, anything sent with a token, other hosts) is left alone.
 * The page posts the addresses it loaded before this worker took control, so they are kept too.
 * Change CACHE_VERSION whenever the caching rules change: activation then deletes every older cache.
 */
const CACHE_VERSION = 'v1';
const CACHE_PREFIX = 'hrw-';
const CACHE_NAME = `${CACHE_PREFIX}${CACHE_VERSION}`;
/** index.html, kept under the address the server answers it at. */
const SHELL = '/';
/** On a slow connection, a kept copy after this long beats waiting on the network. */
const NETWORK_TIMEOUT_MS = 5000;
const JSON_ACCEPT = 'application/json, application/problem+json';

/**
 * How to answer a request: 'app-shell', 'cache-first', 'network-first', or 'passthrough' (not handled at all).
 * `request` is a plain { method, url, mode, hasAuthorization } so the rule can be tested on its own.
 */
function routeFor(request, origin) {
  if (request.method !== 'GET' || request.hasAuthorization) {
    return 'passthrough';
  }
  const url = new URL(request.url);
  if (url.origin !== origin) {
    return 'passthrough';
  }
  const path = url.pathname;
  const server = path.startsWith('/api/') || path.startsWith('/q/');
  if (request.mode === 'navigate') {
    // Downloads and printable pages from the API are the server's own answers, never the app.
    return server ? 'passthrough' : 'app-shell';
  }
  if (path.startsWith('/assets/')) {
    return 'cache-first';
  }
  if (path === '/api/v1/config') {
    return 'network-first';
  }
  if (path === '/api/v1/script' || path.startsWith('/api/v1/script/')) {
    return path === '/api/v1/script/drafts' || path.startsWith('/api/v1/script/drafts/') ? 'passthrough' : 'network-first';
  }
  if (server || path === '/sw.js') {
    return 'passthrough';
  }
  // Other files beside index.html (the icon): they may change between releases, so the network comes first.
  return 'network-first';
}

/** The /assets/ files index.html loads (the entry script and stylesheet), to keep at install. */
function shellAssets(html) {
  const found = new Set();
  for (const match of html.matchAll(/\b(?:src|href)="(\/assets\/[^"?#]+)"/g)) {
    found.add(match[1]);
  }
  return [...found];
}

/** Whether a response may be kept: a complete same-origin success that does not forbid storing. */
function isKeepable(response) {
  if (!response || !response.ok || response.type !== 'basic' || response.redirected) {
    return false;
  }
  return !/\bno-store\b/i.test(response.headers.get('Cache-Control') || '');
}

function isHtml(response) {
  return (response.headers.get('Content-Type') || '').includes('text/html');
}

function delay(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function networkFirst(event, cacheKey, keep) {
  const fromNetwork = fetch(event.request);
  event.waitUntil(
    fromNetwork
      .then(async (response) => {
        if (keep(response)) {
          const copy = response.clone();
          await (await caches.open(CACHE_NAME)).put(cacheKey, copy);
        }
      })
      .catch(() => undefined),
  );
  const fromCache = () => caches.open(CACHE_NAME).then((cache) => cache.match(cacheKey, { ignoreVary: true }));
  // Whichever comes first: the network's answer, or (after a while) a kept copy if there is one.
  const slow = delay(NETWORK_TIMEOUT_MS)
    .then(fromCache)
    .then((cached) => cached || fromNetwork);
  return Promise.race([fromNetwork, slow]).catch(async () => (await fromCache()) || Response.error());
}

async function cacheFirst(event) {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(event.request);
  if (cached) {
    return cached;
  }
  const response = await fetch(event.request);
  if (isKeepable(response)) {
    event.waitUntil(cache.put(event.request, response.clone()).catch(() => undefined));
  }
  return response;
}

/** Keeps what the page loaded before this worker controlled it: scripts, styles, the script it is showing. */
async function keepLoaded(urls) {
  const cache = await caches.open(CACHE_NAME);
  await Promise.all(
    urls.map(async (url) => {
      const route = routeFor({ method: 'GET', url, mode: 'cors', hasAuthorization: false }, self.location.origin);
      if (route === 'cache-first' && !(await cache.match(url))) {
        await cache.add(url).catch(() => undefined);
      } else if (route === 'network-first') {
        const api = new URL(url).pathname.startsWith('/api/');
        const request = new Request(url, api ? { headers: { Accept: JSON_ACCEPT } } : {});
        const response = await fetch(request).catch(() => null);
        if (isKeepable(response)) {
          await cache.put(request, response).catch(() => undefined);
        }
      }
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      const response = await fetch(new Request(SHELL, { cache: 'reload' }));
      if (!isKeepable(response) || !isHtml(response)) {
        throw new Error(`The app shell could not be fetched (${response.status})`);
      }
      const html = await response.clone().text();
      await cache.put(SHELL, response);
      await Promise.all([...shellAssets(html), '/favicon.svg'].map((url) => cache.add(url).catch(() => undefined)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const route = routeFor(
    {
      method: request.method,
      url: request.url,
      mode: request.mode,
      hasAuthorization: request.headers.has('Authorization'),
    },
    self.location.origin,
  );
  if (route === 'app-shell') {
    event.respondWith(networkFirst(event, SHELL, (response) => isKeepable(response) && isHtml(response)));
  } else if (route === 'cache-first') {
    event.respondWith(cacheFirst(event));
  } else if (route === 'network-first') {
    event.respondWith(networkFirst(event, request, isKeepable));
  }
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep-loaded' || !Array.isArray(data.urls)) {
    return;
  }
  const urls = data.urls.filter((url) => typeof url === 'string');
  const reply = event.ports && event.ports[0];
  event.waitUntil(
    keepLoaded(urls).then(
      () => reply && reply.postMessage({ type: 'kept' }),
      () => reply && reply.postMessage({ type: 'kept' }),
    ),
  );
});
