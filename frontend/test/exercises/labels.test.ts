import { describe, expect, it } from 'vitest';
import { CONTENT_NOTES, KINDS, SORTS, THEMES } from '../../src/api/exercises.js';
import {
  CONTENT_NOTE_LABELS,
  KIND_HINTS,
  KIND_LABELS,
  SORT_LABELS,
  THEME_LABELS,
  contentNotesInWords,
  ratingInWords,
  usageInWords,
} from '../../src/exercises/labels.js';

describe('exercise labels', () => {
  it('gives every value in the contract human words, never its code', () => {
    for (const [values, labels] of [
      [KINDS, KIND_LABELS],
      [KINDS, KIND_HINTS],
      [THEMES, THEME_LABELS],
      [CONTENT_NOTES, CONTENT_NOTE_LABELS],
      [SORTS, SORT_LABELS],
    ] as const) {
      for (const value of values) {
        const label = (labels as Record<string, string>)[value];
        expect(label, value).toBeTruthy();
        expect(label).not.toContain('-');
      }
    }
    expect(KIND_LABELS['guest-speaker']).toBe('Guest speaker');
    expect(THEME_LABELS['abstinence-and-moderation']).toBe('Abstinence and moderation');
    expect(CONTENT_NOTE_LABELS['drug-use-detail']).toBe('Detailed drug use');
  });

  it('writes content notes as a plain list', () => {
    expect(contentNotesInWords(['overdose', 'grief', 'drug-use-detail'])).toBe('overdose, grief, detailed drug use');
    expect(contentNotesInWords([])).toBe('');
  });

  it('counts use in meetings and groups, in the singular when there is one', () => {
    expect(usageInWords(0, 0)).toBe('Not used in a logged meeting yet');
    expect(usageInWords(1, 1)).toBe('Used in 1 meeting by 1 group');
    expect(usageInWords(12, 4)).toBe('Used in 12 meetings by 4 groups');
    expect(usageInWords(3)).toBe('Used in 3 meetings');
    expect(ratingInWords(4.25)).toBe('4.3 out of 5');
  });
});
