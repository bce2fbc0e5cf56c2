import type { Schedule, ScheduleChange, Weekday } from '../api/groups.js';
import { WEEKDAYS } from '../api/groups.js';
import { WEEKDAY_LABELS, listInWords } from './labels.js';
import { calendarDate, clockTime, timeRange } from './meeting-time.js';

const ORDINALS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last' };

function dayNames(days: readonly Weekday[]): string {
  const ordered = WEEKDAYS.filter((day) => days.includes(day)).map((day) => WEEKDAY_LABELS[day]);
  return listInWords(ordered);
}

/**
 * How often a group meets, in words: "Every Tuesday", "Every other Wednesday",
 * "The last Thursday of each month".
 */
export function recurrenceInWords(schedule: Pick<Schedule, 'recurrence' | 'days' | 'weekOfMonth'>): string {
  const days = dayNames(schedule.days) || 'week';
  switch (schedule.recurrence) {
    case 'every-other-week':
      return `Every other ${days}`;
    case 'monthly': {
      const ordinal = ORDINALS[schedule.weekOfMonth ?? 1] ?? 'first';
      return `The ${ordinal} ${days} of each month`;
    }
    default:
      return `Every ${days}`;
  }
}

/** "Every Tuesday, 7:00–8:30 PM" */
export function scheduleInWords(
  schedule: Pick<Schedule, 'recurrence' | 'days' | 'weekOfMonth' | 'start' | 'durationMinutes'>,
): string {
  return `${recurrenceInWords(schedule)}, ${timeRange(schedule.start, schedule.durationMinutes)}`;
}

/** "No meeting on Tue, Dec 8" or "Tue, Dec 8 moves to Wed, Dec 9 at 6:00 PM" */
export function changeInWords(change: ScheduleChange): string {
  const date = calendarDate(change.date);
  if (change.kind === 'cancelled') {
    return `No meeting on ${date}`;
  }
  const to = change.movedToDate ? calendarDate(change.movedToDate) : null;
  const at = change.movedToStart ? clockTime(change.movedToStart) : null;
  if (to && at) {
    return `The meeting on ${date} moves to ${to} at ${at}`;
  }
  if (to) {
    return `The meeting on ${date} moves to ${to}`;
  }
  return at ? `The meeting on ${date} starts at ${at} instead` : `The meeting on ${date} is moved`;
}
