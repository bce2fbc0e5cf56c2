import type { Attendance, Focus, GroupFormat, Offering, TimeOfDay, Weekday } from '../api/groups.js';

/** The words shown for the directory's fixed values. */
export const FORMAT_LABELS: Record<GroupFormat, string> = { open: 'Open meeting', focused: 'Focused meeting' };

export const FORMAT_HINTS: Record<GroupFormat, string> = {
  open: 'for anyone curious about harm reduction',
  focused: 'for people who use drugs or alcohol, have used, or are thinking about it',
};

export const FOCUS_LABELS: Record<Focus, string> = {
  'people-of-color': 'People of color',
  lgbtq: 'LGBTQ+ people',
  women: 'Women',
  'sex-workers': 'Sex workers',
  youth: 'Young people',
  'families-and-loved-ones': 'Families and loved ones',
  other: 'Another focus',
};

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'In person and online',
};

export const OFFERING_LABELS: Record<Offering, string> = {
  food: 'Food',
  supplies: 'Supplies',
  'wound-care': 'Wound care',
  naloxone: 'Naloxone',
  other: 'Something else',
};

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
};

/** Languages a group can list, most common first. */
export const LANGUAGE_CODES: readonly string[] = ['en', 'es', 'pt', 'fr', 'ht', 'zh', 'vi', 'ru', 'ar', 'asl'];

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

/** "es" -> "Spanish"; the code itself when the browser has no name for it. */
export function languageLabel(code: string): string {
  if (code === 'asl') {
    return 'American Sign Language';
  }
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) {
    return items[0] ?? '';
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
