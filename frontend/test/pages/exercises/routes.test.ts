import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../src/router.js';

describe('the exercise routes', () => {
  it('find the fixed pages before the exercise page takes any slug', () => {
    expect(matchRoute('/exercises').tag).toBe('hrw-exercises');
    expect(matchRoute('/exercises/new').tag).toBe('hrw-exercise-form');
    expect(matchRoute('/exercises/review').tag).toBe('hrw-exercise-review');
    expect(matchRoute('/exercises/fighting-for-space').tag).toBe('hrw-exercise-page');
    expect(matchRoute('/exercises/fighting-for-space/edit').tag).toBe('hrw-exercise-form');
    expect(matchRoute('/exercises/fighting-for-space/edit/').tag).toBe('hrw-exercise-form');
    expect(matchRoute('/exercises/fighting-for-space/other').tag).toBe('hrw-not-found');
  });
});
