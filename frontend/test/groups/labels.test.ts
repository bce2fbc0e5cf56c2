import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_HINTS, FORMAT_LABELS, languageLabel, listInWords } from '../../src/groups/labels.js';
import { showLocale } from '../../src/i18n/locale.js';

describe('the words for the kinds of meeting', () => {
  // Shown beside the kind on the finder, the group page, the group form and the exercise filters.
  it('say a focused meeting is for people who use now, have used, or are thinking about it', () => {
    expect(`${FORMAT_LABELS.focused}, ${FORMAT_HINTS.focused}`).toBe(
      'Focused meeting, for people who use drugs or alcohol, have used, or are thinking about it',
    );
    expect(`${FORMAT_LABELS.open}, ${FORMAT_HINTS.open}`).toBe('Open meeting, for anyone curious about harm reduction');
  });
});

describe('the labels in Spanish', () => {
  beforeAll(async () => {
    await showLocale('es', { remember: false });
  });

  afterAll(async () => {
    await showLocale('en', { remember: false });
  });

  it('are read in the language shown when they are used, not when the module loaded', () => {
    expect(FORMAT_LABELS.open).toBe('Reunión abierta');
    expect(languageLabel('es')).toBe('español');
    expect(languageLabel('en')).toBe('inglés');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b y c');
  });
});

describe('the labels in English', () => {
  it('name languages in English, and write lists without a serial comma', () => {
    expect(languageLabel('es')).toBe('Spanish');
    expect(listInWords(['Food', 'Supplies', 'Naloxone'])).toBe('Food, Supplies and Naloxone');
  });
});
