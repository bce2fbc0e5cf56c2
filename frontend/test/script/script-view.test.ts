import { afterEach, describe, expect, it } from 'vitest';
import { showLocale } from '../../src/i18n/locale.js';
import {
  changesPath,
  changesTarget,
  defaultScriptLanguage,
  formatIsoDate,
  hostPath,
  LANGUAGE_CHOICES,
  namesScriptLanguage,
  readPositiveInt,
  readScriptView,
  readerPath,
} from '../../src/script/script-view.js';

afterEach(async () => {
  await showLocale('en', { remember: false });
});

describe('script view in the address bar', () => {
  it('reads meeting and language, falling back to an open meeting in the language given', () => {
    expect(readScriptView('?meeting=focused&lang=es')).toEqual({ meeting: 'focused', lang: 'es' });
    expect(readScriptView('?meeting=closed&lang=fr', 'es')).toEqual({ meeting: 'open', lang: 'es' });
    expect(readScriptView('')).toEqual({ meeting: 'open', lang: 'en' });
  });

  it("reads the script in the app's language when the address names none", async () => {
    expect(defaultScriptLanguage('es')).toBe('es');
    expect(defaultScriptLanguage('en')).toBe('en');
    await showLocale('es', { remember: false });
    expect(readScriptView('?meeting=focused')).toEqual({ meeting: 'focused', lang: 'es' });
    expect(readScriptView('?lang=en')).toEqual({ meeting: 'open', lang: 'en' });
  });

  it("tells the reader's own pick of a language from none", () => {
    expect(namesScriptLanguage('?meeting=open&lang=es')).toBe(true);
    expect(namesScriptLanguage('?meeting=open')).toBe(false);
    expect(namesScriptLanguage('?lang=fr')).toBe(false);
  });

  it('names each language of the script in itself, whatever the app speaks', async () => {
    await showLocale('es', { remember: false });
    expect(LANGUAGE_CHOICES).toEqual([
      { value: 'en', label: 'English', lang: 'en' },
      { value: 'es', label: 'Español', lang: 'es' },
    ]);
  });

  it('writes the addresses pages link to', () => {
    expect(readerPath()).toBe('/script');
    expect(readerPath({ meeting: 'open', lang: 'es', version: 2 })).toBe('/script?meeting=open&lang=es&version=2');
    expect(hostPath({ meeting: 'focused', lang: 'en' })).toBe('/script/host?meeting=focused&lang=en');
    expect(changesPath(3, 2, 'es')).toBe('/script/versions/3/changes?from=2&lang=es');
  });

  it('reads the version from a changes address, and only positive whole numbers', () => {
    expect(changesTarget('/script/versions/3/changes')).toBe(3);
    expect(changesTarget('/script/versions/3/changes/')).toBe(3);
    expect(changesTarget('/script/versions/x/changes')).toBeNull();
    expect(changesTarget('/script/versions/0/changes')).toBeNull();
    expect(readPositiveInt('12')).toBe(12);
    expect(readPositiveInt('-1')).toBeNull();
    expect(readPositiveInt('1e3')).toBeNull();
    expect(readPositiveInt(null)).toBeNull();
  });

  it("formats dates in the app's language", async () => {
    expect(formatIsoDate('2026-11-27T12:00:00Z')).toBe('November 27, 2026');
    await showLocale('es', { remember: false });
    expect(formatIsoDate('2026-11-27T12:00:00Z')).toBe('27 de noviembre de 2026');
    expect(formatIsoDate('soon')).toBe('soon');
    expect(formatIsoDate(undefined)).toBe('');
  });
});
