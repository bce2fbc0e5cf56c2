// Test helper for the e2e tests when HRW_BASE_URL is not set: serves the built dist/ the way the packaged app
// does (SPA fallback, the production Content-Security-Policy and cache headers) and answers the API calls the
// public pages make (the script, an empty exercise library, no shared learnings, no groups). Its identity provider
// address points at a closed port, so sign-in is "unavailable" by design.
//
// With `apiOrigin` (or HRW_API_ORIGIN when run as `node e2e/static-server.mjs`), /api and /q go to a running
// server instead, e.g. a copy of the packaged app on another port, so a fresh dist/ can be tried against it.
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptDocument } from './script-fixture.mjs';

const DIST = resolve(fileURLToPath(new URL('../dist/', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

/** As the app allows the styles the build puts into index.html: by the hash of each one's text. */
function inlineStyleSources(html) {
  return [...html.matchAll(/<style>([^]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  );
}

export function contentSecurityPolicy(oidcOrigin, styleSources = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleSources].join(' '),
    "img-src 'self' data:",
    `connect-src 'self' ${oidcOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${oidcOrigin}`,
  ].join('; ');
}

/** Starts the server on a free loopback port. Resolves to { baseUrl, authority, close }. */
export async function startStaticServer({ apiOrigin, port = 0 } = {}) {
  await stat(join(DIST, 'index.html')).catch(() => {
    throw new Error('dist/index.html is missing: run `npm run build` first');
  });
  const authority = apiOrigin
    ? (await (await fetch(`${apiOrigin}/api/v1/config`)).json()).oidc.authority
    : `http://127.0.0.1:${await freePort()}/realms/hrw-demo`;
  const styles = inlineStyleSources(await readFile(join(DIST, 'index.html'), 'utf8'));
  const isPage = pageMatcher(JSON.parse(await readFile(join(DIST, 'page-paths.json'), 'utf8')));
  const csp = contentSecurityPolicy(new URL(authority).origin, styles);

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const { pathname } = url;
    const api = pathname.startsWith('/api/') || pathname.startsWith('/q/');
    if (api && apiOrigin) {
      return proxy(request, response, apiOrigin);
    }
    response.setHeader('Content-Security-Policy', csp);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (pathname === '/api/v1/config') {
      return send(response, 200, 'application/json', {
        siteName: 'Harm Reduction Works-HRW',
        oidc: { authority, clientId: 'hrw-web', scope: 'openid profile email' },
      });
    }
    if (pathname === '/api/v1/script' && request.method === 'GET') {
      const lang = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
      const meeting = url.searchParams.get('meeting');
      return send(response, 200, 'application/json', scriptDocument(lang, meeting));
    }
    const lists = ['/api/v1/exercises', '/api/v1/learnings', '/api/v1/groups'];
    if (lists.includes(pathname) && request.method === 'GET') {
      // The exercise library, the shared learnings and the finder (its online groups) open with a search; an empty
      // list shows its kind empty state.
      return send(response, 200, 'application/json', { items: [], page: 0, size: 20, total: 0 });
    }
    if (api) {
      return send(response, 401, 'application/problem+json', { title: 'Not signed in', status: 401 });
    }
    const file = normalize(join(DIST, decodeURIComponent(pathname)));
    const servable = file.startsWith(DIST) && (await stat(file).catch(() => null))?.isFile();
    const path = servable ? file : join(DIST, 'index.html');
    // As the app: an address that is no page and no file is a 404, the app's page for a browser.
    const status = servable || isPage(pathname) ? 200 : 404;
    if (status === 404 && !request.headers.accept?.includes('text/html')) {
      return send(response, 404, 'application/problem+json', { type: 'urn:hrw:problem:not-found', status: 404 });
    }
    const cacheControl = path.startsWith(join(DIST, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(status, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
    });
    response.end(await readFile(path));
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    authority,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      }),
  };
}

function proxy(request, response, apiOrigin) {
  const target = new URL(request.url ?? '/', apiOrigin);
  const upstream = httpRequest(
    target,
    { method: request.method, headers: { ...request.headers, host: target.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => send(response, 502, 'application/problem+json', { title: 'Bad gateway', status: 502 }));
  request.pipe(upstream);
}

/** As the app's router matches a page: trailing slashes do not count, ":name" is any one non-empty segment. */
function pageMatcher(paths) {
  const pages = paths.map((path) => path.split('/'));
  return (pathname) => {
    const actual = (pathname.replace(/\/+$/, '') || '/').split('/');
    return pages.some(
      (page) =>
        page.length === actual.length &&
        page.every((part, index) => (part.startsWith(':') ? actual[index] !== '' : part === actual[index])),
    );
  };
}

function send(response, status, type, body) {
  response.writeHead(status, { 'Content-Type': type });
  response.end(JSON.stringify(body));
}

/** A port that nothing listens on (opened, then closed again). */
async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

// `HRW_API_ORIGIN=http://127.0.0.1:8095 node e2e/static-server.mjs [port]` serves dist/ in front of that server.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startStaticServer({
    apiOrigin: process.env.HRW_API_ORIGIN,
    port: Number(process.argv[2] ?? 0),
  });
  console.log(server.baseUrl);
}
