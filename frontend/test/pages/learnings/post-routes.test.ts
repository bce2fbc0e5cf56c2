import { describe, expect, it } from 'vitest';
import { matchRoute, routes } from '../../../src/router.js';

describe('the shared learning routes', () => {
  it('show the list at "/learnings" and one post at "/learnings/{id}"', () => {
    expect(matchRoute('/learnings').tag).toBe('hrw-learnings');
    expect(matchRoute('/learnings/12').tag).toBe('hrw-learning-page');
    expect(matchRoute('/learnings/12/').tag).toBe('hrw-learning-page');
    expect(matchRoute('/learnings/12/replies').tag).toBe('hrw-not-found');
  });

  it('keep the post page last among the learnings routes, so fixed pages come first', () => {
    const learnings = routes.filter((route) => route.path.startsWith('/learnings'));
    expect(learnings.at(-1)?.path).toBe('/learnings/:id');
    expect(matchRoute('/learnings/new').tag).not.toBe('hrw-learning-page');
    expect(matchRoute('/learnings/review').tag).not.toBe('hrw-learning-page');
  });
});
