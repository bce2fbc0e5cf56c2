import { describe, expect, it } from 'vitest';
import { FORMAT_HINTS, FORMAT_LABELS } from '../../src/groups/labels.js';

describe('the words for the kinds of meeting', () => {
  // Shown beside the kind on the finder, the group page, the group form and the exercise filters.
  it('say a focused meeting is for people who use now, have used, or are thinking about it', () => {
    expect(`${FORMAT_LABELS.focused}, ${FORMAT_HINTS.focused}`).toBe(
      'Focused meeting, for people who use drugs or alcohol, have used, or are thinking about it',
    );
    expect(`${FORMAT_LABELS.open}, ${FORMAT_HINTS.open}`).toBe('Open meeting, for anyone curious about harm reduction');
  });
});
