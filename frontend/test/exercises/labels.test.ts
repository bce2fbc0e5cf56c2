import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_NOTES, KINDS, SORTS, THEMES } from '../../src/api/exercises.js';
import {
  contentNoteLabel,
  contentNotesInWords,
  kindHint,
  kindLabel,
  languageInWords,
  languageNote,
  minutesInWords,
  ratingInWords,
  sortLabel,
  themeLabel,
  usageInWords,
} from '../../src/exercises/labels.js';
import { showLocale } from '../../src/i18n/locale.js';

afterEach(() => showLocale('en', { remember: false }));

describe('exercise labels', () => {
  it('gives every value in the contract human words, never its code', () => {
    for (const [values, label] of [
      [KINDS, kindLabel],
      [KINDS, kindHint],
      [THEMES, themeLabel],
      [CONTENT_NOTES, contentNoteLabel],
      [SORTS, sortLabel],
    ] as const) {
      for (const value of values) {
        const text = (label as (value: string) => string)(value);
        expect(text, value).toBeTruthy();
        expect(text).not.toContain('-');
      }
    }
    expect(kindLabel('guest-speaker')).toBe('Guest speaker');
    expect(themeLabel('abstinence-and-moderation')).toBe('Abstinence and moderation');
    expect(contentNoteLabel('drug-use-detail')).toBe('Detailed drug use');
  });

  it('writes content notes as a plain list', () => {
    expect(contentNotesInWords(['overdose', 'grief', 'drug-use-detail'])).toBe('overdose, grief, and detailed drug use');
    expect(contentNotesInWords([])).toBe('');
  });

  it('counts use in meetings and groups, in the singular when there is one', () => {
    expect(usageInWords(0, 0)).toBe('Not used in a logged meeting yet');
    expect(usageInWords(1, 1)).toBe('Used in 1 meeting by 1 group');
    expect(usageInWords(12, 4)).toBe('Used in 12 meetings by 4 groups');
    expect(usageInWords(5, 1)).toBe('Used in 5 meetings by 1 group');
    expect(usageInWords(3)).toBe('Used in 3 meetings');
    expect(ratingInWords(4.25)).toBe('4.3 out of 5');
  });

  it('names a piece’s language only when it is not the one shown, and always when it is Spanish', () => {
    expect(languageNote('en')).toBeNull();
    expect(languageNote('es')).toBe('In Spanish');
    expect(languageNote('asl')).toBe('In American Sign Language');
    expect(languageInWords('es')).toBe('Spanish');
  });
});

describe('exercise labels in Spanish', () => {
  it('counts, rates and lists in Spanish', async () => {
    await showLocale('es', { remember: false });
    expect(usageInWords(1)).toBe('Usado en 1 reunión');
    expect(usageInWords(12, 4)).toBe('Usado en 12 reuniones por 4 grupos');
    expect(minutesInWords(15)).toBe('15 minutos');
    // es-US writes a decimal point, es-MX too; the browser's region decides.
    expect(ratingInWords(4.25)).toMatch(/^4[.,]3 de 5$/);
    // Content notes are in the app's language, whatever the piece's.
    expect(contentNotesInWords(['overdose', 'grief'])).toBe('sobredosis y duelo');
  });

  it('names the language of every piece shown in Spanish, English ones included', async () => {
    await showLocale('es', { remember: false });
    expect(languageNote('es')).toBe('En español');
    expect(languageNote('en')).toBe('En inglés');
    expect(languageInWords('es')).toBe('Español');
  });
});
