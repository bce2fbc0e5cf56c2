import { currentLocale, type Locale } from './locale.js';

/** The region written when the browser names none for the app's language: the network is in the US. */
const DEFAULT_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/**
 * The locale tag for Intl formatting: the browser's own tag when it is in the app's language (es-MX keeps
 * Mexico's conventions), else that language as written in the US.
 */
export function intlLocale(locale: Locale = currentLocale(), preferred: readonly string[] = navigator.languages): string {
  const own = preferred.find((tag) => tag.toLowerCase().split('-')[0] === locale);
  if (own) {
    try {
      return Intl.getCanonicalLocales(own)[0] ?? DEFAULT_TAGS[locale];
    } catch {
      return DEFAULT_TAGS[locale];
    }
  }
  return DEFAULT_TAGS[locale];
}

export function formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return new Intl.DateTimeFormat(intlLocale(), options).format(date);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlLocale(), options).format(value);
}

/** "2.5 mi" / "2,5 km": the unit's own short name in the current language. */
export function formatDistance(value: number, unit: 'mile' | 'kilometer', maximumFractionDigits = 1): string {
  return formatNumber(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits });
}

/** "a, b, and c" in US English (Intl puts the serial comma there) / "a, b y c". */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(intlLocale(), { style: 'long', type }).format(items);
}

/** A language's name in the current language, e.g. "Spanish" / "español". */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([intlLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
