import { msg, str } from '@lit/localize';
import type { ContentNote, ExerciseKind } from '../api/exercises.js';
import type { Headcount, MeetingKind } from '../api/meetings.js';
import { contentNoteLabel, kindLabel } from '../exercises/labels.js';
import { formatDate, formatList } from '../i18n/format.js';

/**
 * The words around a group's meeting log and plan. The log holds ranges and a rating, never names. The label
 * tables read their words when they are looked up, so they follow the language shown.
 */

export const MEETING_LABELS: Readonly<Record<MeetingKind, string>> = {
  get open() {
    return msg('Open meeting');
  },
  get focused() {
    return msg('Focused meeting');
  },
};

export const HEADCOUNT_LABELS: Readonly<Record<Headcount, string>> = {
  '1-5': '1–5',
  '6-10': '6–10',
  '11-20': '11–20',
  get 'more-than-20'() {
    return msg('More than 20');
  },
};

/** How it went, 1 to 5: a number to tap and a word to go with it. */
export const RATINGS: readonly { value: number; readonly word: string }[] = [
  {
    value: 1,
    get word() {
      return msg('Hard', { desc: 'How a meeting went, 1 of 5' });
    },
  },
  {
    value: 2,
    get word() {
      return msg('Mixed', { desc: 'How a meeting went, 2 of 5' });
    },
  },
  {
    value: 3,
    get word() {
      return msg('Okay', { desc: 'How a meeting went, 3 of 5' });
    },
  },
  {
    value: 4,
    get word() {
      return msg('Good', { desc: 'How a meeting went, 4 of 5' });
    },
  },
  {
    value: 5,
    get word() {
      return msg('Great', { desc: 'How a meeting went, 5 of 5' });
    },
  },
];

export function ratingInWords(rating: number): string {
  const word = RATINGS.find((choice) => choice.value === rating)?.word.toLocaleLowerCase();
  return word ? msg(str`${rating} of 5, ${word}`) : msg(str`${rating} of 5`);
}

/** "guest-speaker" -> "Guest speaker": for a code this app has no label for (a newer server's). */
export function codeInWords(code: string): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label, or the code in words when the labels do not know it (a newer server's kind). */
function known(label: string, code: string): string {
  return label === code ? codeInWords(code) : label;
}

/** "About 15 minutes · Reading" */
export function exerciseFacts(minutes: number, kind?: ExerciseKind): string {
  const length = minutes === 1 ? msg('About 1 minute') : msg(str`About ${minutes} minutes`);
  return kind ? `${length} · ${known(kindLabel(kind), kind)}` : length;
}

/** "overdose, death and grief", or null when there are none. */
export function contentNotesInWords(notes: readonly ContentNote[]): string | null {
  return notes.length > 0 ? formatList(notes.map((note) => known(contentNoteLabel(note), note).toLocaleLowerCase())) : null;
}

/** "Tue, Dec 8, 2026" ("mar, 8 dic 2026") for a calendar date; the text itself if it is not one. */
export function dateInWords(date: string, withYear = true): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return date;
  }
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return formatDate(new Date(Date.UTC(year, month - 1, day)), {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/*
 * Sentences about one meeting of the log. Each kind of meeting has its own, so neither language has to fit a label
 * into the middle of a sentence ("an open meeting", "a focused meeting"; "la reunión abierta").
 */

/** After a meeting was added to the log. */
export function loggedNotice(meeting: MeetingKind, date: string): string {
  const day = dateInWords(date);
  return meeting === 'open' ? msg(str`Logged: the open meeting on ${day}.`) : msg(str`Logged: the focused meeting on ${day}.`);
}

/** After a meeting could not reach the log and was kept on this device. */
export function keptNotice(meeting: MeetingKind, date: string): string {
  const day = dateInWords(date);
  return meeting === 'open'
    ? msg(str`Kept on this device: the open meeting on ${day}. It is waiting to send and goes to the log when the connection is back.`)
    : msg(str`Kept on this device: the focused meeting on ${day}. It is waiting to send and goes to the log when the connection is back.`);
}

/** After a meeting kept on this device reached the group's log. */
export function sentNotice(meeting: MeetingKind, date: string, group: string): string {
  const day = dateInWords(date);
  return meeting === 'open'
    ? msg(str`Sent: the open meeting of ${day} is in the log of ${group}.`)
    : msg(str`Sent: the focused meeting of ${day} is in the log of ${group}.`);
}

/** The log form's answer when the log already has this meeting. */
export function loggedBeforeNote(meeting: MeetingKind, date: string): string {
  const day = dateInWords(date);
  return meeting === 'open'
    ? msg(str`The open meeting on ${day} was logged before, perhaps by another host. You can change that entry on the group’s meetings page.`)
    : msg(str`The focused meeting on ${day} was logged before, perhaps by another host. You can change that entry on the group’s meetings page.`);
}

/** A kept meeting the log would not take because it already has one of that kind on that date. */
export function alreadyInLogNote(meeting: MeetingKind): string {
  return meeting === 'open'
    ? msg('The log already has an open meeting on this date with different details, perhaps logged by another host. Compare it in the meeting log, then change this one (another date or meeting) or discard it.')
    : msg('The log already has a focused meeting on this date with different details, perhaps logged by another host. Compare it in the meeting log, then change this one (another date or meeting) or discard it.');
}
