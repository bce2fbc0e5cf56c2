import { beforeEach, describe, expect, it } from 'vitest';
import {
  Router,
  RouteChangeEvent,
  clientNavigationTarget,
  documentTitle,
  matchRoute,
  normalisePath,
  notFoundRoute,
  routes,
} from '../src/router.js';

describe('matchRoute', () => {
  it('finds each page by its path, with or without a trailing slash', () => {
    expect(matchRoute('/').tag).toBe('hrw-start-here');
    expect(matchRoute('/hosting').tag).toBe('hrw-hosting');
    expect(matchRoute('/hosting/').tag).toBe('hrw-hosting');
    expect(matchRoute('/start-a-group').tag).toBe('hrw-start-a-group');
    expect(matchRoute('/auth/callback').tag).toBe('hrw-auth-callback');
  });

  it('matches a ":name" segment to any one segment', () => {
    expect(matchRoute('/script').tag).toBe('hrw-script-reader');
    expect(matchRoute('/script/host').tag).toBe('hrw-host-mode');
    expect(matchRoute('/script/versions').tag).toBe('hrw-script-versions');
    expect(matchRoute('/script/versions/2/changes').tag).toBe('hrw-script-changes');
    expect(matchRoute('/script/versions/2/changes/').tag).toBe('hrw-script-changes');
    expect(matchRoute('/script/versions//changes')).toBe(notFoundRoute);
    expect(matchRoute('/script/versions/2')).toBe(notFoundRoute);
    expect(matchRoute('/script/versions/2/changes/more')).toBe(notFoundRoute);
  });

  it('opens the co-host page at /groups/join, not a group called "join"', () => {
    expect(matchRoute('/groups/join').tag).toBe('hrw-group-join');
    expect(matchRoute('/groups/joinville').tag).toBe('hrw-group-page');
  });

  it('falls back to the not-found page for unknown paths', () => {
    expect(matchRoute('/nowhere')).toBe(notFoundRoute);
    expect(matchRoute('/hosting/extra')).toBe(notFoundRoute);
    expect(matchRoute('/Hosting')).toBe(notFoundRoute);
  });

  it('normalises only trailing slashes', () => {
    expect(normalisePath('')).toBe('/');
    expect(normalisePath('///')).toBe('/');
    expect(normalisePath('/groups//')).toBe('/groups');
  });

  it('titles every page with the full network name', () => {
    expect(documentTitle(matchRoute('/hosting'))).toBe('Hosting a meeting | Harm Reduction Works-HRW');
  });
});

describe('route modules', () => {
  it.each([...routes, notFoundRoute].map((route) => [route.path, route] as const))(
    'loading %s defines the element the route renders',
    async (_path, route) => {
      await route.load();
      expect(customElements.get(route.tag)).toBeDefined();
    },
  );
});

describe('clientNavigationTarget', () => {
  let here: URL;

  beforeEach(() => {
    window.history.replaceState(null, '', '/hosting');
    here = new URL(window.location.href);
  });

  function clickOn(anchor: HTMLAnchorElement, init: MouseEventInit = {}): URL | null {
    let target: URL | null = null;
    const listener = (event: Event) => {
      target = clientNavigationTarget(event as MouseEvent, here);
      event.preventDefault();
    };
    document.addEventListener('click', listener);
    anchor.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0, ...init }));
    document.removeEventListener('click', listener);
    return target;
  }

  function link(href: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
    const anchor = document.createElement('a');
    anchor.setAttribute('href', href);
    for (const [name, value] of Object.entries(attributes)) {
      anchor.setAttribute(name, value);
    }
    document.body.append(anchor);
    return anchor;
  }

  it('takes over plain clicks on links to pages of this app', () => {
    expect(clickOn(link('/groups'))?.pathname).toBe('/groups');
    expect(clickOn(link(`${here.origin}/script?x=1`))?.search).toBe('?x=1');
  });

  it('finds links inside shadow roots', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const anchor = document.createElement('a');
    anchor.setAttribute('href', '/learnings');
    root.append(anchor);
    expect(clickOn(anchor)?.pathname).toBe('/learnings');
  });

  it('leaves the browser in charge of everything else', () => {
    expect(clickOn(link('https://elsewhere.example/'))).toBeNull();
    expect(clickOn(link('/api/v1/config'))).toBeNull();
    expect(clickOn(link('/q/health'))).toBeNull();
    expect(clickOn(link('/groups', { target: '_blank' }))).toBeNull();
    expect(clickOn(link('/groups', { download: '' }))).toBeNull();
    expect(clickOn(link('/groups'), { ctrlKey: true })).toBeNull();
    expect(clickOn(link('/groups'), { button: 1 })).toBeNull();
    expect(clickOn(link('#section'))).toBeNull();
  });
});

/** A router started at `path`, and the addresses it has announced as pages so far. */
function startedAt(path: string): { router: Router; seen: string[] } {
  window.history.replaceState(null, '', path);
  const router = new Router();
  const seen: string[] = [];
  router.addEventListener('route-change', (event) => {
    const { url } = (event as RouteChangeEvent).change;
    seen.push(`${url.pathname}${url.search}`);
  });
  router.start();
  return { router, seen };
}

describe('Router.rewrite', () => {
  it('changes the address without announcing a new page, and back/forward still work from it', () => {
    const { router, seen } = startedAt('/script?meeting=open');
    router.rewrite('/script?meeting=focused&lang=es');

    expect(window.location.search).toBe('?meeting=focused&lang=es');
    expect(seen).toEqual(['/script?meeting=open']);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen, 'the same address again is not a new page').toEqual(['/script?meeting=open']);
  });
});

describe('Router.record', () => {
  it('adds a step to the history without announcing a page, and Back announces the earlier address', () => {
    const { router, seen } = startedAt('/groups?near=Northampton');
    const length = window.history.length;
    router.record('/groups?near=Amherst');
    router.record('/groups?near=Amherst');

    expect(window.location.search).toBe('?near=Amherst');
    expect(window.history.length, 'one step, however often the same search is made').toBe(length + 1);
    expect(seen).toEqual(['/groups?near=Northampton']);
    window.history.replaceState(null, '', '/groups?near=Northampton');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/groups?near=Northampton', '/groups?near=Northampton']);
  });
});
