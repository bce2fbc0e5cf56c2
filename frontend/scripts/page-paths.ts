/**
 * The addresses of the app's pages, read from the route table in src/router.ts. The build writes them to
 * dist/page-paths.json, and the server answers any other address with a 404 (a browser still gets the app, which
 * shows its not-found page) instead of the app with a 200 that tools and search engines take for a real page.
 * Read from the source text, not the module: the router module needs a browser to load.
 */
export const PAGE_PATHS_FILE = 'page-paths.json';

export function pagePathsIn(routerSource: string): string[] {
  const start = routerSource.indexOf('export const routes');
  const end = routerSource.indexOf('\n];', start);
  if (start < 0 || end < 0) {
    throw new Error('src/router.ts has no `export const routes = [ ... ];` table to read the page paths from');
  }
  return [...routerSource.slice(start, end).matchAll(/\bpath: '([^']+)'/g)].map((match) => match[1] as string);
}
