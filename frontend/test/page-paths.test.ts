import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/router.js';
import { pagePathsIn } from '../scripts/page-paths.js';

// As vite.config.ts reads it at build time (vitest runs in frontend/).
const routerSource = () => readFileSync('src/router.ts', 'utf8');

describe('the page paths the build gives the server', () => {
  it('are exactly the paths of the route table, in its order', () => {
    expect(pagePathsIn(routerSource())).toEqual(routes.map((route) => route.path));
  });

  it('leave out the not-found page, which matches everything', () => {
    expect(pagePathsIn(routerSource())).not.toContain('*');
  });

  it('refuse a router without a route table rather than give the server an empty list', () => {
    expect(() => pagePathsIn("export const pages = [{ path: '/' }];")).toThrow(/no `export const routes/);
  });
});
