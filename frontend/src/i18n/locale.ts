import { configureLocalization } from '@lit/localize';

/** The languages the whole web app is written in. The source texts are English; xliff/es.xlf holds the Spanish. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Where a person's own choice is kept: in the browser, and in a cookie the server reads for the pages it writes. */
const STORAGE_KEY = 'hrw-locale';
const COOKIE = 'hrw-lang';

const localization = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  // Only Spanish readers fetch the Spanish texts, as a chunk of their own.
  loadLocale: () => import('../generated/locales/es.js'),
});

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'es';
}

/** The language the app shows now. */
export function currentLocale(): Locale {
  const locale = localization.getLocale();
  return isLocale(locale) ? locale : 'en';
}

function storedChoice(): Locale | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    // Storage can be refused (private modes); the browser's preference still applies.
    return null;
  }
}

/**
 * The language to start in: the one the person picked here before, else the first of the browser's preferred
 * languages that the app is written in, else English.
 */
export function initialLocale(stored: Locale | null = storedChoice(), preferred: readonly string[] = navigator.languages): Locale {
  if (stored) {
    return stored;
  }
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) {
      return language;
    }
  }
  return 'en';
}

/** The language being shown or loaded: asked of the server from the first request, before the texts arrive. */
let wanted: Locale = 'en';

export function wantedLocale(): Locale {
  return wanted;
}

/** Shows the app in a language; once the person picks one, it is remembered for their next visits. */
export async function showLocale(locale: Locale, options: { remember: boolean }): Promise<void> {
  const before = wanted;
  wanted = locale;
  try {
    await localization.setLocale(locale);
  } catch (error) {
    wanted = before;
    throw error;
  }
  document.documentElement.lang = locale;
  if (options.remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembered this time; nothing else depends on it.
    }
    // A year; read by the server for the finder's first results and the no-script page. It says a language only.
    document.cookie = `${COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }
}

/** Settles once the starting language's texts are loaded: the app's first render waits for it. */
export const localeReady: Promise<void> = showLocale(initialLocale(), { remember: false }).catch(() =>
  // The Spanish texts did not load (a dropped connection): the app still works, in English.
  showLocale('en', { remember: false }),
);
