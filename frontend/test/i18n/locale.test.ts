import { describe, expect, it } from 'vitest';
import { intlLocale } from '../../src/i18n/format.js';
import { initialLocale } from '../../src/i18n/locale.js';

describe('the language the app starts in', () => {
  it('is the one the person picked before, whatever the browser prefers', () => {
    expect(initialLocale('en', ['es-MX', 'es'])).toBe('en');
    expect(initialLocale('es', ['en-US'])).toBe('es');
  });

  it('is otherwise the first preferred language the app is written in', () => {
    expect(initialLocale(null, ['es-MX', 'en-US'])).toBe('es');
    expect(initialLocale(null, ['pt-BR', 'es-419', 'en'])).toBe('es');
    expect(initialLocale(null, ['fr-CA', 'en-GB', 'es'])).toBe('en');
  });

  it('is English when none of them is', () => {
    expect(initialLocale(null, ['pt-BR', 'fr'])).toBe('en');
    expect(initialLocale(null, [])).toBe('en');
  });
});

describe('formatting for the language shown', () => {
  it("keeps the browser's region when it is in that language", () => {
    expect(intlLocale('es', ['es-MX', 'en-US'])).toBe('es-MX');
    expect(intlLocale('en', ['es-MX', 'en-GB'])).toBe('en-GB');
  });

  it('writes the language as in the US otherwise', () => {
    expect(intlLocale('es', ['en-US'])).toBe('es-US');
    expect(intlLocale('en', ['es-MX'])).toBe('en-US');
  });
});
