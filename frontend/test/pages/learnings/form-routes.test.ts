import { describe, expect, it } from 'vitest';
import { matchRoute, routes } from '../../../src/router.js';

describe('the learnings routes', () => {
  it('find the fixed pages before the post page takes any id', () => {
    expect(matchRoute('/learnings/new').tag).toBe('hrw-learning-form');
    expect(matchRoute('/learnings/review').tag).toBe('hrw-learning-review');
    expect(matchRoute('/learnings/questions').tag).toBe('hrw-learning-questions');
    expect(matchRoute('/learnings/42/edit').tag).toBe('hrw-learning-form');
    expect(matchRoute('/learnings/42/edit/').tag).toBe('hrw-learning-form');
    const paths = routes.map((route) => route.path);
    for (const fixed of ['/learnings/new', '/learnings/review', '/learnings/questions', '/learnings/:id/edit']) {
      expect(paths.indexOf(fixed)).toBeGreaterThan(paths.indexOf('/learnings'));
      if (paths.includes('/learnings/:id')) {
        expect(paths.indexOf(fixed)).toBeLessThan(paths.indexOf('/learnings/:id'));
      }
    }
  });
});
