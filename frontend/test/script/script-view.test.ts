import { describe, expect, it } from 'vitest';
import {
  changesPath,
  changesTarget,
  formatDate,
  hostPath,
  preferredLanguage,
  readPositiveInt,
  readScriptView,
  readerPath,
} from '../../src/script/script-view.js';

describe('script view in the address bar', () => {
  it('reads meeting and language, falling back to an open meeting in the preferred language', () => {
    expect(readScriptView('?meeting=focused&lang=es')).toEqual({ meeting: 'focused', lang: 'es' });
    expect(readScriptView('?meeting=closed&lang=fr', 'es')).toEqual({ meeting: 'open', lang: 'es' });
    expect(readScriptView('')).toEqual({ meeting: 'open', lang: 'en' });
  });

  it('prefers Spanish only when the browser asks for it before English', () => {
    expect(preferredLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(preferredLanguage(['fr-FR', 'en', 'es'])).toBe('en');
    expect(preferredLanguage(['de'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
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

  it('formats dates in the language asked for', () => {
    expect(formatDate('2026-11-27T12:00:00Z')).toBe('November 27, 2026');
    expect(formatDate('2026-11-27T12:00:00Z', 'es')).toBe('27 de noviembre de 2026');
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate(undefined)).toBe('');
  });
});
