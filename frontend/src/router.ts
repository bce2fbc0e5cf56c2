import { msg } from '@lit/localize';
/**
 * One page of the app: its path, the element that renders it, and the module that defines that element. A path
 * segment written ":name" matches any one segment; the page reads it from the address itself.
 */
export interface Route {
  path: string;
  tag: string;
  /** Page name for document.title, in the current language (so read it when the title is set). */
  title: () => string;
  load: () => Promise<unknown>;
}

export const routes: readonly Route[] = [
  {
    path: '/',
    tag: 'hrw-start-here',
    title: () => msg('Start here'),
    load: () => import('./pages/foundations/hrw-start-here.js'),
  },
  {
    path: '/start-a-group',
    tag: 'hrw-start-a-group',
    title: () => msg('Start a group'),
    load: () => import('./pages/foundations/hrw-start-a-group.js'),
  },
  {
    path: '/hosting',
    tag: 'hrw-hosting',
    title: () => msg('Hosting a meeting'),
    load: () => import('./pages/foundations/hrw-hosting.js'),
  },
  {
    path: '/script',
    tag: 'hrw-script-reader',
    title: () => msg('The meeting script'),
    load: () => import('./pages/script/hrw-script-reader.js'),
  },
  {
    path: '/script/host',
    tag: 'hrw-host-mode',
    title: () => msg('Host mode'),
    load: () => import('./pages/script/hrw-host-mode.js'),
  },
  {
    path: '/script/versions',
    tag: 'hrw-script-versions',
    title: () => msg('Versions of the script'),
    load: () => import('./pages/script/hrw-script-versions.js'),
  },
  {
    path: '/script/versions/:number/changes',
    tag: 'hrw-script-changes',
    title: () => msg('What changed in the script'),
    load: () => import('./pages/script/hrw-script-changes.js'),
  },
  {
    path: '/script/drafts',
    tag: 'hrw-script-draft-editor',
    title: () => msg('Edit the script'),
    load: () => import('./pages/script/hrw-script-draft-editor.js'),
  },
  {
    path: '/steward',
    tag: 'hrw-steward-dashboard',
    title: () => msg('Stewards'),
    load: () => import('./pages/steward/hrw-steward-dashboard.js'),
  },
  {
    path: '/groups',
    tag: 'hrw-group-finder',
    title: () => msg('Find a group'),
    load: () => import('./pages/groups/hrw-group-finder.js'),
  },
  {
    path: '/groups/new',
    tag: 'hrw-group-form',
    title: () => msg('Register a group'),
    load: () => import('./pages/groups/hrw-group-form.js'),
  },
  {
    path: '/groups/review',
    tag: 'hrw-group-review',
    title: () => msg('New groups to review'),
    load: () => import('./pages/groups/hrw-group-review.js'),
  },
  {
    path: '/groups/join',
    tag: 'hrw-group-join',
    title: () => msg('Become a co-host'),
    load: () => import('./pages/groups/hrw-group-join.js'),
  },
  {
    path: '/groups/:slug/edit',
    tag: 'hrw-group-form',
    title: () => msg('Change a listing'),
    load: () => import('./pages/groups/hrw-group-form.js'),
  },
  {
    path: '/groups/:slug/meetings',
    tag: 'hrw-group-meetings',
    title: () => msg('Meeting log and planning'),
    load: () => import('./pages/groups/hrw-group-meetings.js'),
  },
  {
    path: '/groups/:slug',
    tag: 'hrw-group-page',
    title: () => msg('A group'),
    load: () => import('./pages/groups/hrw-group-page.js'),
  },
  {
    path: '/exercises',
    tag: 'hrw-exercises',
    title: () => msg('Exercises'),
    load: () => import('./pages/exercises/hrw-exercises.js'),
  },
  {
    path: '/exercises/new',
    tag: 'hrw-exercise-form',
    title: () => msg('Suggest an exercise'),
    load: () => import('./pages/exercises/hrw-exercise-form.js'),
  },
  {
    path: '/exercises/review',
    tag: 'hrw-exercise-review',
    title: () => msg('Suggested exercises'),
    load: () => import('./pages/exercises/hrw-exercise-review.js'),
  },
  {
    path: '/exercises/:slug/edit',
    tag: 'hrw-exercise-form',
    title: () => msg('Edit an exercise'),
    load: () => import('./pages/exercises/hrw-exercise-form.js'),
  },
  {
    path: '/exercises/:slug',
    tag: 'hrw-exercise-page',
    title: () => msg('An exercise'),
    load: () => import('./pages/exercises/hrw-exercise-page.js'),
  },
  {
    path: '/learnings',
    tag: 'hrw-learnings',
    title: () => msg('Learnings'),
    load: () => import('./pages/learnings/hrw-learnings.js'),
  },
  {
    path: '/learnings/new',
    tag: 'hrw-learning-form',
    title: () => msg('Share with other groups'),
    load: () => import('./pages/learnings/hrw-learning-form.js'),
  },
  {
    path: '/learnings/review',
    tag: 'hrw-learning-review',
    title: () => msg('Posts to review'),
    load: () => import('./pages/learnings/hrw-learning-review.js'),
  },
  {
    path: '/learnings/questions',
    tag: 'hrw-learning-questions',
    title: () => msg('Questions for the stewards'),
    load: () => import('./pages/learnings/hrw-learning-questions.js'),
  },
  {
    path: '/learnings/:id/edit',
    tag: 'hrw-learning-form',
    title: () => msg('Edit a post'),
    load: () => import('./pages/learnings/hrw-learning-form.js'),
  },
  // The fixed learnings pages ("/learnings/new", "/learnings/review", "/learnings/questions", "/learnings/:id/edit")
  // go above this entry: the post page takes any one segment, so it stays last among the learnings routes.
  {
    path: '/learnings/:id',
    tag: 'hrw-learning-page',
    title: () => msg('A shared learning'),
    load: () => import('./pages/learnings/hrw-learning-page.js'),
  },
  {
    path: '/developers',
    tag: 'hrw-use-the-api',
    title: () => msg('Use the API'),
    load: () => import('./pages/developers/hrw-use-the-api.js'),
  },
  {
    path: '/auth/callback',
    tag: 'hrw-auth-callback',
    title: () => msg('Signing in'),
    load: () => import('./pages/auth/hrw-auth-callback.js'),
  },
];

export const notFoundRoute: Route = {
  path: '*',
  tag: 'hrw-not-found',
  title: () => msg('Page not found'),
  load: () => import('./pages/system/hrw-not-found.js'),
};

/** Paths the server answers itself; a link to them must be a real page load. */
const SERVER_PATH_PREFIXES = ['/api/', '/q/'];

/** "/hosting/" and "/hosting" are the same page. */
export function normalisePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function matchesPattern(pattern: string, path: string): boolean {
  const expected = pattern.split('/');
  const actual = path.split('/');
  return (
    expected.length === actual.length &&
    expected.every((part, index) => (part.startsWith(':') ? actual[index] !== '' : part === actual[index]))
  );
}

export function matchRoute(pathname: string, table: readonly Route[] = routes): Route {
  const path = normalisePath(pathname);
  return (
    table.find((route) => route.path === path) ??
    table.find((route) => route.path.includes('/:') && matchesPattern(route.path, path)) ??
    notFoundRoute
  );
}

export function documentTitle(route: Route, siteName = 'Harm Reduction Works-HRW'): string {
  return `${route.title()} | ${siteName}`;
}

/**
 * The in-app URL a click should navigate to, or null when the browser should handle the click itself
 * (modified clicks, new tabs, downloads, other origins, server paths, or a jump within the same page).
 * Links inside shadow roots are found through the event's composed path.
 */
export function clientNavigationTarget(event: MouseEvent, location: Location | URL): URL | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return null;
  }
  const anchor = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLElement && node.tagName === 'A');
  if (!anchor || !anchor.hasAttribute('href') || anchor.hasAttribute('download')) {
    return null;
  }
  if ((anchor.target && anchor.target !== '_self') || anchor.relList.contains('external')) {
    return null;
  }
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || SERVER_PATH_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) {
    return null;
  }
  if (url.pathname === location.pathname && url.search === location.search && url.hash !== '') {
    return null;
  }
  return url;
}

export interface RouteChange {
  route: Route;
  url: URL;
  /** True for the first page shown after the app loads: focus is left alone then. */
  initial: boolean;
}

export class RouteChangeEvent extends Event {
  constructor(readonly change: RouteChange) {
    super('route-change');
  }
}

/** History API router: intercepts same-origin link clicks and back/forward, and announces each route change. */
export class Router extends EventTarget {
  #started = false;
  /** Path and query of the page last announced; a change of fragment alone (the skip link) is not a new page. */
  #shown: string | null = null;
  #announced = 0;

  /** Whether the page shown is the one the app opened on, rather than one reached by a link or Back inside it. */
  get onFirstPage(): boolean {
    return this.#announced <= 1;
  }

  start(): void {
    if (this.#started) {
      return;
    }
    this.#started = true;
    document.addEventListener('click', (event) => {
      const url = clientNavigationTarget(event, window.location);
      if (url) {
        event.preventDefault();
        this.navigate(`${url.pathname}${url.search}${url.hash}`);
      }
    });
    window.addEventListener('popstate', () => {
      if (`${location.pathname}${location.search}` !== this.#shown) {
        this.#announce(false);
      }
    });
    this.#announce(true);
  }

  navigate(path: string, options: { replace?: boolean } = {}): void {
    const url = new URL(path, window.location.href);
    const current = new URL(window.location.href);
    const replace = options.replace || url.href === current.href;
    if (replace) {
      window.history.replaceState(null, '', url);
    } else {
      window.history.pushState(null, '', url);
    }
    this.#announce(false);
  }

  /**
   * Puts a page's own state (which meeting, which language) in the address bar so it can be shared, without
   * showing a new page or adding a history entry.
   */
  rewrite(path: string): void {
    const url = new URL(path, window.location.href);
    window.history.replaceState(null, '', url);
    this.#shown = `${url.pathname}${url.search}`;
  }

  /**
   * Like {@link rewrite}, but as a step of its own in the history, for a deliberate new state of the page (a new
   * search) that the phone's Back should undo: Back then announces the earlier address, and the page is shown afresh
   * from it. The address the page already has adds no step.
   */
  record(path: string): void {
    const url = new URL(path, window.location.href);
    if (url.href !== window.location.href) {
      window.history.pushState(null, '', url);
    }
    this.#shown = `${url.pathname}${url.search}`;
  }

  #announce(initial: boolean): void {
    this.#announced++;
    const url = new URL(window.location.href);
    this.#shown = `${url.pathname}${url.search}`;
    this.dispatchEvent(new RouteChangeEvent({ route: matchRoute(url.pathname), url, initial }));
  }
}

export const router = new Router();
