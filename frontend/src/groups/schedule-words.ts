import { msg, str } from '@lit/localize';
import type { Schedule, ScheduleChange, Weekday } from '../api/groups.js';
import { WEEKDAYS } from '../api/groups.js';
import { formatDate } from '../i18n/format.js';
import { listInWords } from './labels.js';
import { calendarDate, clockTime, timeRange } from './meeting-time.js';

/** A Monday (5 January 1970), from which each weekday's name is read in the language shown. */
const A_MONDAY = Date.UTC(1970, 0, 5);

/** A day's name inside a sentence: "Monday" / "lunes". */
function dayName(day: Weekday): string {
  return formatDate(new Date(A_MONDAY + WEEKDAYS.indexOf(day) * 86_400_000), { weekday: 'long', timeZone: 'UTC' });
}

/** A day after "every" (the Spanish says "todos los sábados", in the plural). */
const EVERY_DAY: Record<Weekday, () => string> = {
  monday: () => msg('Monday', { id: 'every-monday', desc: 'After “every”: Spanish plural, lower case (todos los lunes)' }),
  tuesday: () => msg('Tuesday', { id: 'every-tuesday', desc: 'After “every”: Spanish plural, lower case (todos los martes)' }),
  wednesday: () => msg('Wednesday', { id: 'every-wednesday', desc: 'After “every”: Spanish plural, lower case' }),
  thursday: () => msg('Thursday', { id: 'every-thursday', desc: 'After “every”: Spanish plural, lower case' }),
  friday: () => msg('Friday', { id: 'every-friday', desc: 'After “every”: Spanish plural, lower case' }),
  saturday: () => msg('Saturday', { id: 'every-saturday', desc: 'After “every”: Spanish plural, lower case (sábados)' }),
  sunday: () => msg('Sunday', { id: 'every-sunday', desc: 'After “every”: Spanish plural, lower case (domingos)' }),
};

function ordered(days: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((day) => days.includes(day));
}

/** "The first Monday of each month", as a whole sentence for each week of the month. */
function monthly(weekOfMonth: number, days: string): string {
  switch (weekOfMonth) {
    case 2:
      return msg(str`The second ${days} of each month`);
    case 3:
      return msg(str`The third ${days} of each month`);
    case 4:
      return msg(str`The fourth ${days} of each month`);
    case 5:
      return msg(str`The fifth ${days} of each month`);
    case -1:
      return msg(str`The last ${days} of each month`);
    default:
      return msg(str`The first ${days} of each month`);
  }
}

/**
 * How often a group meets, in words: "Every Tuesday", "Every other Wednesday",
 * "The last Thursday of each month".
 */
export function recurrenceInWords(schedule: Pick<Schedule, 'recurrence' | 'days' | 'weekOfMonth'>): string {
  const days = ordered(schedule.days);
  if (days.length === 0) {
    return schedule.recurrence === 'monthly' ? msg('Once a month') : schedule.recurrence === 'every-other-week' ? msg('Every other week') : msg('Every week');
  }
  const every = listInWords(days.map((day) => EVERY_DAY[day]()));
  switch (schedule.recurrence) {
    case 'every-other-week':
      return msg(str`Every other ${every}`);
    case 'monthly':
      return monthly(schedule.weekOfMonth ?? 1, listInWords(days.map(dayName)));
    default:
      return msg(str`Every ${every}`);
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
    return msg(str`No meeting on ${date}`);
  }
  const to = change.movedToDate ? calendarDate(change.movedToDate) : null;
  const at = change.movedToStart ? clockTime(change.movedToStart) : null;
  if (to && at) {
    return msg(str`The meeting on ${date} moves to ${to} at ${at}`);
  }
  if (to) {
    return msg(str`The meeting on ${date} moves to ${to}`);
  }
  return at ? msg(str`The meeting on ${date} starts at ${at} instead`) : msg(str`The meeting on ${date} is moved`);
}
