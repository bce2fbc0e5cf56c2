// Test helper for the e2e tests when HRW_BASE_URL is not set: serves the built dist/ the way the packaged app
// does (SPA fallback, the production Content-Security-Policy) and answers the two API calls the shell makes.
// Its identity provider address points at a closed port, so sign-in is "unavailable" by design.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export function contentSecurityPolicy(oidcOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${oidcOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${oidcOrigin}`,
  ].join('; ');
}

/** Starts the server on a free loopback port. Resolves to { baseUrl, authority, close }. */
export async function startStaticServer() {
  await stat(join(DIST, 'index.html')).catch(() => {
    throw new Error('dist/index.html is missing: run `npm run build` first');
  });
  const unusedPort = await freePort();
  const authority = `http://127.0.0.1:${unusedPort}/realms/hrw-demo`;
  const csp = contentSecurityPolicy(new URL(authority).origin);

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('Content-Security-Policy', csp);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (pathname === '/api/v1/config') {
      return send(response, 200, 'application/json', {
        siteName: 'Harm Reduction Works-HRW',
        oidc: { authority, clientId: 'hrw-web', scope: 'openid profile email' },
      });
    }
    if (pathname.startsWith('/api/') || pathname.startsWith('/q/')) {
      return send(response, 401, 'application/problem+json', { title: 'Not signed in', status: 401 });
    }
    const file = normalize(join(DIST, decodeURIComponent(pathname)));
    const servable = file.startsWith(DIST) && (await stat(file).catch(() => null))?.isFile();
    const path = servable ? file : join(DIST, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(await readFile(path));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    authority,
    close: () => new Promise((done) => server.close(done)),
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
