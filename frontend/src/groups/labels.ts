import { msg } from '@lit/localize';
import type { Attendance, Focus, GroupFormat, Offering, TimeOfDay, Weekday } from '../api/groups.js';
import { formatList, languageName } from '../i18n/format.js';
import { currentLocale } from '../i18n/locale.js';

// The words shown for the directory's fixed values. Each is a getter, so it is read in the language shown at the
// moment it is used, never the one of the moment this module loaded.

export const FORMAT_LABELS: Readonly<Record<GroupFormat, string>> = {
  get open() {
    return msg('Open meeting');
  },
  get focused() {
    return msg('Focused meeting');
  },
};

export const FORMAT_HINTS: Readonly<Record<GroupFormat, string>> = {
  get open() {
    return msg('for anyone curious about harm reduction');
  },
  get focused() {
    return msg('for people who use drugs or alcohol, have used, or are thinking about it');
  },
};

export const FOCUS_LABELS: Readonly<Record<Focus, string>> = {
  get 'people-of-color'() {
    return msg('People of color');
  },
  get lgbtq() {
    return msg('LGBTQ+ people');
  },
  get women() {
    return msg('Women');
  },
  get 'sex-workers'() {
    return msg('Sex workers');
  },
  get youth() {
    return msg('Young people');
  },
  get 'families-and-loved-ones'() {
    return msg('Families and loved ones');
  },
  get other() {
    return msg('Another focus');
  },
};

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = {
  get 'in-person'() {
    return msg('In person');
  },
  get online() {
    return msg('Online');
  },
  get hybrid() {
    return msg('In person and online');
  },
};

export const OFFERING_LABELS: Readonly<Record<Offering, string>> = {
  get food() {
    return msg('Food');
  },
  get supplies() {
    return msg('Supplies');
  },
  get 'wound-care'() {
    return msg('Wound care');
  },
  get naloxone() {
    return msg('Naloxone');
  },
  get other() {
    return msg('Something else');
  },
};

/** The days as a label of their own (a checkbox, a heading): "Monday" / "Lunes". */
export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  get monday() {
    return msg('Monday');
  },
  get tuesday() {
    return msg('Tuesday');
  },
  get wednesday() {
    return msg('Wednesday');
  },
  get thursday() {
    return msg('Thursday');
  },
  get friday() {
    return msg('Friday');
  },
  get saturday() {
    return msg('Saturday');
  },
  get sunday() {
    return msg('Sunday');
  },
};

export const TIME_OF_DAY_LABELS: Readonly<Record<TimeOfDay, string>> = {
  get morning() {
    return msg('Morning');
  },
  get afternoon() {
    return msg('Afternoon');
  },
  get evening() {
    return msg('Evening');
  },
};

/** Languages a group can list, most common first. */
export const LANGUAGE_CODES: readonly string[] = ['en', 'es', 'pt', 'fr', 'ht', 'zh', 'vi', 'ru', 'ar', 'asl'];

/** "es" -> "Spanish" / "español", in the language shown; the code itself when the browser has no name for it. */
export function languageLabel(code: string): string {
  if (code === 'asl') {
    return msg('American Sign Language');
  }
  return languageName(code);
}

/**
 * "a, b and c" / "a, b y c", in the language shown. The hub's English has never used the serial comma that US
 * English lists get from Intl ("a, b, and c"), so English lists are written as British English writes them.
 */
export function listInWords(items: readonly string[]): string {
  return currentLocale() === 'en' ? new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items) : formatList(items);
}
