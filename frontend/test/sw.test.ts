import { describe, expect, it } from 'vitest';
import swSource from '../public/sw.js?raw';
import { loadedUrls } from '../src/sw-register.js';

type Route = 'app-shell' | 'cache-first' | 'network-first' | 'passthrough';
interface RoutedRequest {
  method: string;
  url: string;
  mode: string;
  hasAuthorization: boolean;
}

/** Runs public/sw.js as written, with a stand-in `self`, and takes out its pure helpers. */
function loadWorker(): { routeFor: (request: RoutedRequest, origin: string) => Route; shellAssets: (html: string) => string[] } {
  const listeners: string[] = [];
  const self = { addEventListener: (type: string) => listeners.push(type), location: { origin: ORIGIN } };
  const helpers = new Function('self', `${swSource}\nreturn { routeFor, shellAssets };`)(self);
  expect(listeners.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  return helpers;
}

const ORIGIN = 'https://hrw.example';
const { routeFor, shellAssets } = loadWorker();

function route(path: string, init: Partial<RoutedRequest> = {}): Route {
  return routeFor({ method: 'GET', url: `${ORIGIN}${path}`, mode: 'cors', hasAuthorization: false, ...init }, ORIGIN);
}

describe('service worker routing', () => {
  it('answers page loads with the app shell, network first', () => {
    expect(route('/script/host?meeting=open&lang=en', { mode: 'navigate' })).toBe('app-shell');
    expect(route('/', { mode: 'navigate' })).toBe('app-shell');
  });

  it('leaves downloads and printable pages from the API to the browser', () => {
    expect(route('/api/v1/script?format=pdf&paper=a4', { mode: 'navigate' })).toBe('passthrough');
    expect(route('/q/health', { mode: 'navigate' })).toBe('passthrough');
  });

  it('serves hashed assets from the cache first', () => {
    expect(route('/assets/index-BpSGe779.js', { mode: 'no-cors' })).toBe('cache-first');
    expect(route('/assets/index-B3YNKUNl.css')).toBe('cache-first');
  });

  it('keeps the public script and the config, network first', () => {
    expect(route('/api/v1/script?meeting=open&lang=en')).toBe('network-first');
    expect(route('/api/v1/script/versions?page=0&size=20')).toBe('network-first');
    expect(route('/api/v1/script/versions/2/changes?from=1')).toBe('network-first');
    expect(route('/api/v1/config')).toBe('network-first');
    expect(route('/favicon.svg')).toBe('network-first');
  });

  it('never keeps who is signed in, drafts, anything sent with a token, writes or other hosts', () => {
    expect(route('/api/v1/me')).toBe('passthrough');
    expect(route('/api/v1/script/drafts')).toBe('passthrough');
    expect(route('/api/v1/script/drafts/7/preview?format=json')).toBe('passthrough');
    expect(route('/api/v1/script', { hasAuthorization: true })).toBe('passthrough');
    expect(route('/assets/index.js', { hasAuthorization: true })).toBe('passthrough');
    expect(route('/api/v1/script', { method: 'POST' })).toBe('passthrough');
    expect(route('/api/v1/scripts')).toBe('passthrough');
    expect(route('/api/v1/groups')).toBe('passthrough');
    expect(route('/sw.js')).toBe('passthrough');
    expect(
      routeFor({ method: 'GET', url: 'https://id.example/realms/hrw/protocol/openid-connect/token', mode: 'cors', hasAuthorization: false }, ORIGIN),
    ).toBe('passthrough');
    expect(routeFor({ method: 'GET', url: 'https://id.example/', mode: 'navigate', hasAuthorization: false }, ORIGIN)).toBe(
      'passthrough',
    );
  });

  it('finds the entry script and stylesheet index.html loads', () => {
    const html =
      '<script type="module" crossorigin src="/assets/index-BpSGe779.js"></script>\n' +
      '<link rel="stylesheet" crossorigin href="/assets/index-B3YNKUNl.css">\n<link rel="icon" href="/favicon.svg">';
    expect(shellAssets(html)).toEqual(['/assets/index-BpSGe779.js', '/assets/index-B3YNKUNl.css']);
  });
});

describe('loadedUrls', () => {
  it('hands the worker each same-origin address once, without fragments', () => {
    const entries = [
      { name: `${ORIGIN}/assets/a.js` },
      { name: `${ORIGIN}/assets/a.js#x` },
      { name: `${ORIGIN}/api/v1/script?meeting=open&lang=en` },
      { name: 'https://id.example/realms/hrw/.well-known/openid-configuration' },
      { name: 'data:image/svg+xml,<svg/>' },
      { name: 'not a url' },
    ];
    expect(loadedUrls(entries, ORIGIN)).toEqual([`${ORIGIN}/assets/a.js`, `${ORIGIN}/api/v1/script?meeting=open&lang=en`]);
  });
});
