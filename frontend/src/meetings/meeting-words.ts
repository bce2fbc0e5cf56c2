import type { ContentNote, ExerciseKind } from '../api/exercises.js';
import type { Headcount, MeetingKind } from '../api/meetings.js';
import { calendarDate } from '../groups/meeting-time.js';
import { listInWords } from '../groups/labels.js';

/** The words around a group's meeting log and plan. The log holds ranges and a rating, never names. */

export const MEETING_LABELS: Record<MeetingKind, string> = { open: 'Open meeting', focused: 'Focused meeting' };

export const HEADCOUNT_LABELS: Record<Headcount, string> = {
  '1-5': '1–5',
  '6-10': '6–10',
  '11-20': '11–20',
  'more-than-20': 'More than 20',
};

/** How it went, 1 to 5: a number to tap and a word to go with it. */
export const RATINGS: readonly { value: number; word: string }[] = [
  { value: 1, word: 'Hard' },
  { value: 2, word: 'Mixed' },
  { value: 3, word: 'Okay' },
  { value: 4, word: 'Good' },
  { value: 5, word: 'Great' },
];

export function ratingInWords(rating: number): string {
  const word = RATINGS.find((choice) => choice.value === rating)?.word;
  return word ? `${rating} of 5, ${word.toLowerCase()}` : `${rating} of 5`;
}

/** "guest-speaker" -> "Guest speaker": the library's own labels live with its pages; this is enough here. */
export function codeInWords(code: string): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "About 15 minutes · Reading" */
export function exerciseFacts(minutes: number, kind?: ExerciseKind): string {
  const length = `About ${minutes} minutes`;
  return kind ? `${length} · ${codeInWords(kind)}` : length;
}

/** "overdose, death and grief", or null when there are none. */
export function contentNotesInWords(notes: readonly ContentNote[]): string | null {
  return notes.length > 0 ? listInWords(notes.map((note) => codeInWords(note).toLowerCase())) : null;
}

/** "Tue, Dec 8, 2026" for a calendar date; the text itself if it is not one. */
export function dateInWords(date: string, withYear = true): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? calendarDate(date, withYear) : date;
}
