import { msg, str } from '@lit/localize';
import type { ContentNote, ExerciseKind, ExerciseSort, ExerciseStatus, Suits, Theme } from '../api/exercises.js';
import { formatList, formatNumber, languageName } from '../i18n/format.js';
import { currentLocale } from '../i18n/locale.js';

/**
 * The words shown for the exercise library's fixed values, in the language shown now. Each is a function: a text
 * kept in a constant would stay in the language the module was loaded in.
 */
const KIND_LABELS: Record<ExerciseKind, () => string> = {
  reading: () => msg('Reading'),
  podcast: () => msg('Podcast'),
  video: () => msg('Video'),
  'guest-speaker': () => msg('Guest speaker'),
  'personal-writing': () => msg('Personal writing'),
  'creative-piece': () => msg('Creative piece'),
  'discussion-prompt': () => msg('Discussion prompt'),
  other: () => msg('Something else'),
};

/** A kind this version does not know yet (a newer server) reads as its code. */
export function kindLabel(kind: ExerciseKind): string {
  return KIND_LABELS[kind]?.() ?? kind;
}

/** What each kind covers, for someone choosing one in the form. */
const KIND_HINTS: Record<ExerciseKind, () => string> = {
  reading: () => msg('an article, a chapter, a page read aloud'),
  podcast: () => msg('an episode or part of one, listened to together'),
  video: () => msg('a short film or talk watched together'),
  'guest-speaker': () => msg('someone who comes to speak with the group'),
  'personal-writing': () => msg('something a member wrote or reads from their own life'),
  'creative-piece': () => msg('a poem, a song, art or something made together'),
  'discussion-prompt': () => msg('a question or theme to talk about, with nothing to read first'),
  other: () => msg('anything else that sparks a discussion'),
};

export function kindHint(kind: ExerciseKind): string {
  return KIND_HINTS[kind]();
}

const THEME_LABELS: Record<Theme, () => string> = {
  'change-process': () => msg('Change process'),
  advocacy: () => msg('Advocacy'),
  'grief-and-loss': () => msg('Grief and loss'),
  stigma: () => msg('Stigma'),
  overdose: () => msg('Overdose'),
  'safer-use': () => msg('Safer use'),
  'abstinence-and-moderation': () => msg('Abstinence and moderation'),
  'family-and-loved-ones': () => msg('Family and loved ones'),
  'community-and-movement-building': () => msg('Community and movement building'),
  creativity: () => msg('Creativity'),
};

export function themeLabel(theme: Theme): string {
  return THEME_LABELS[theme]();
}

/** "Themes: a, b and c", in the order given. */
export function themesInWords(themes: readonly Theme[]): string {
  return formatList(themes.map(themeLabel));
}

const CONTENT_NOTE_LABELS: Record<ContentNote, () => string> = {
  overdose: () => msg('Overdose'),
  death: () => msg('Death'),
  grief: () => msg('Grief'),
  trauma: () => msg('Trauma'),
  suicide: () => msg('Suicide'),
  violence: () => msg('Violence'),
  'sexual-violence': () => msg('Sexual violence'),
  incarceration: () => msg('Incarceration'),
  'drug-use-detail': () => msg('Detailed drug use'),
  discrimination: () => msg('Discrimination'),
};

export function contentNoteLabel(note: ContentNote): string {
  return CONTENT_NOTE_LABELS[note]?.() ?? note;
}

/** ['overdose', 'drug-use-detail'] -> "overdose and detailed drug use"; "" for none. */
export function contentNotesInWords(notes: readonly ContentNote[]): string {
  const locale = currentLocale();
  return formatList(notes.map((note) => contentNoteLabel(note).toLocaleLowerCase(locale)));
}

const SUITS_LABELS: Record<Suits, () => string> = {
  open: () => msg('Open meetings'),
  focused: () => msg('Focused meetings'),
  both: () => msg('Open and focused meetings'),
};

export function suitsLabel(suits: Suits): string {
  return SUITS_LABELS[suits]();
}

/** The same with who each meeting is for, for someone choosing. */
export function suitsChoice(suits: Suits): string {
  switch (suits) {
    case 'open':
      return msg('Open meetings, for anyone curious about harm reduction');
    case 'focused':
      return msg('Focused meetings, for people who use drugs or alcohol, have used, or are thinking about it');
    case 'both':
      return suitsLabel('both');
  }
}

const SORT_LABELS: Record<ExerciseSort, () => string> = {
  'most-used': () => msg('Most used'),
  newest: () => msg('Newest'),
  title: () => msg('Title (A to Z)'),
};

export function sortLabel(sort: ExerciseSort): string {
  return SORT_LABELS[sort]();
}

/** What the library shows first when nobody has chosen an order. */
export const DEFAULT_SORT: ExerciseSort = 'most-used';

/** Shown on an exercise that is not (yet) in the library. */
const STATUS_LABELS: Record<ExerciseStatus, () => string> = {
  suggested: () => msg('Waiting for a steward'),
  published: () => msg('In the library'),
  declined: () => msg('Not added to the library'),
};

export function statusLabel(status: ExerciseStatus): string {
  return STATUS_LABELS[status]();
}

/** The lengths the library can narrow to; exercises usually run 10 to 20 minutes. */
export const MAX_MINUTES_CHOICES: readonly number[] = [10, 15, 20, 30];

export function minutesInWords(minutes: number): string {
  return minutes === 1 ? msg('1 minute') : msg(str`${formatNumber(minutes)} minutes`);
}

/** "About 15 minutes": an exercise's suggested length (never under 5). */
export function aboutMinutes(minutes: number): string {
  return msg(str`About ${formatNumber(minutes)} minutes`);
}

/** "About 15 minutes · Reading", for a list to choose from. */
export function exerciseFacts(minutes: number, kind: ExerciseKind): string {
  return `${aboutMinutes(minutes)} · ${kindLabel(kind)}`;
}

/** 4.25 -> "4.3 out of 5" */
export function ratingInWords(rating: number): string {
  const value = formatNumber(rating, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return msg(str`${value} out of 5`);
}

/** "Used in 1 meeting", "Used in 12 meetings by 4 groups": counts only, never who. */
export function usageInWords(timesUsed: number, groups?: number): string {
  if (timesUsed === 0) {
    return msg('Not used in a logged meeting yet');
  }
  const meetings = formatNumber(timesUsed);
  if (groups === undefined) {
    return timesUsed === 1 ? msg('Used in 1 meeting') : msg(str`Used in ${meetings} meetings`);
  }
  if (groups === 1) {
    return timesUsed === 1 ? msg('Used in 1 meeting by 1 group') : msg(str`Used in ${meetings} meetings by 1 group`);
  }
  return msg(str`Used in ${meetings} meetings by ${formatNumber(groups)} groups`);
}

/**
 * A piece's language by name, as a heading or a choice would show it: "Spanish" / "Español". A sign language is
 * named in full, since browsers name "asl" only by its code.
 */
export function languageInWords(code: string): string {
  const name = code === 'asl' ? msg('American Sign Language') : languageName(code);
  return name.charAt(0).toLocaleUpperCase(currentLocale()) + name.slice(1);
}

/**
 * "In Spanish" / "En inglés" on a piece whose language is not the one the app is shown in, and on every piece in
 * Spanish (the library's readers look for those); null otherwise.
 */
export function languageNote(code: string): string | null {
  if (code === currentLocale() && code !== 'es') {
    return null;
  }
  const name = code === 'asl' ? msg('American Sign Language') : languageName(code);
  return msg(str`In ${name}`);
}
