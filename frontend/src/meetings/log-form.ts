import { msg } from '@lit/localize';
import { tooLong, type FieldSpecs } from '../lib/form-check.js';

export const NOTE_LIMIT = 1000;

/** The meeting-log form's fields in the order they appear, by id; the date only where the form asks for it. */
export const LOG_FIELD_ORDER = ['date', 'meeting', 'exerciseSlug', 'headcount', 'rating', 'note', 'shareNote'] as const;

export type LogFieldId = (typeof LOG_FIELD_ORDER)[number];

/** What the rules look at: what was chosen, and whether the form shows a date box and which date is today there. */
export interface LogCheckInput {
  askDate: boolean;
  /** Today where the group meets: a meeting is logged once it has happened. */
  today: string;
  date: string;
  rating: number | null;
  note: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What each field needs, in plain words; the server's MeetingLogInput says the same (a date not in the future, a
 * rating of 1 to 5, a note of at most 1000 characters). Without a date box the date is today's where the group meets,
 * so there is nothing for the host to fix there and nothing is checked.
 */
export const LOG_FIELDS: FieldSpecs<LogCheckInput, LogFieldId> = {
  date: {
    noun: () => msg('the date'),
    rule: ({ askDate, date, today }) => {
      if (!askDate) {
        return null;
      }
      if (!DATE.test(date)) {
        return msg('Choose the date of the meeting');
      }
      return date > today ? msg('Log a meeting once it has happened: this date is still to come') : null;
    },
  },
  meeting: { noun: () => msg('which meeting') },
  exerciseSlug: { noun: () => msg('the chosen exercise') },
  headcount: { noun: () => msg('how many came') },
  rating: {
    noun: () => msg('the rating'),
    rule: ({ rating }) =>
      rating !== null && Number.isInteger(rating) && rating >= 1 && rating <= 5 ? null : msg('Tap a number from 1 to 5 for how it went'),
  },
  note: { noun: () => msg('the note'), rule: ({ note }) => tooLong(note, NOTE_LIMIT, msg('the note')) },
  shareNote: { noun: () => msg('sharing the note') },
};

/**
 * Which field a server violation belongs to: "note" (a new entry), "entry.note" (an edit) and "input.note" all
 * belong to "note". Null for anything else.
 */
export function logFieldForViolation(path: string): LogFieldId | null {
  const last = (path.split('.').pop() ?? '').replace(/\[\d+\]$/, '');
  return (LOG_FIELD_ORDER as readonly string[]).includes(last) ? (last as LogFieldId) : null;
}
