import { msg, str } from '@lit/localize';
import type { NextMeeting } from '../api/groups.js';
import { formatDate, intlLocale } from '../i18n/format.js';

/** The viewer's own time zone, as the browser knows it. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Intl separates "7:00" from "PM" with a narrow no-break space, and a range's dash with thin spaces: plain text here. */
function plain(text: string): string {
  return text.replace(/\u202f/g, ' ').replace(/\s*–\s*/g, '–');
}

/** A wall-clock time ("19:00") as a date whose UTC reading is that time, so no time zone moves it. */
function wallClock(time: string, date = '1970-01-01'): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** "19:00:00" or "19:00" -> "7:00 PM" / "7:00 p.m." / "19:00", as the language and region write it (a wall-clock time). */
export function clockTime(time: string): string {
  return plain(formatDate(wallClock(time), { ...CLOCK, timeZone: 'UTC' }));
}

/** "19:00:00" + 90 -> "7:00–8:30 PM"; across noon both ends keep their AM/PM, across midnight both are whole. */
export function timeRange(start: string, durationMinutes: number): string {
  const from = wallClock(start);
  const to = new Date(from.getTime() + durationMinutes * 60_000);
  if (to.getUTCDate() !== from.getUTCDate()) {
    return `${clockTime(start)}–${plain(formatDate(to, { ...CLOCK, timeZone: 'UTC' }))}`;
  }
  return plain(new Intl.DateTimeFormat(intlLocale(), { ...CLOCK, timeZone: 'UTC' }).formatRange(from, to));
}

/** US cities of the time zones the directory offers whose names are written otherwise in Spanish. */
const CITY_NAMES: Record<string, () => string> = {
  'America/New_York': () => msg('New York'),
  'America/Los_Angeles': () => msg('Los Angeles'),
};

/** "America/New_York" -> "New York" / "Nueva York" */
export function zoneCity(timeZone: string): string {
  const known = CITY_NAMES[timeZone];
  if (known) {
    return known();
  }
  const city = timeZone.split('/').pop() ?? timeZone;
  return city.replace(/_/g, ' ');
}

const SHORT_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };

/** "2026-12-08" -> "Tue, Dec 8" / "mar, 8 dic" (a calendar date: no time zone moves it). */
export function calendarDate(date: string, withYear = false): string {
  return plain(formatDate(wallClock('00:00', date), { ...SHORT_DATE, ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }));
}

/** "tonight at 7:00 PM" -> "Tonight at 7:00 PM": for a phrase that starts a line of its own. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale()) + text.slice(1);
}

export interface MeetingTimeText {
  /** The start as a date and time in the viewer's own time: "Mon, Nov 30, 7:00 PM" (for lists of dates). */
  yours: string;
  /**
   * The start in the viewer's own time, told the way people say it: "tonight at 7:00 PM", "tomorrow at...",
   * "Tuesday at..." within the week, "Mon, Nov 30 at 7:00 PM" further off. It reads on after other words ("Next
   * meeting: "); {@link sentenceStart} for a line of its own.
   */
  when: string;
  /** "6:00 PM in Chicago" when the group's clock shows something else; null when it is the same. */
  theirs: string | null;
  /** The whole: "tonight at 7:00 PM your time (6:00 PM in Chicago)", or `when` alone. */
  text: string;
}

/** "2026-11-30" for the instant, on the calendar of the zone. */
function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(instant);
}

function daysBetween(from: string, to: string): number {
  return Math.round((wallClock('00:00', to).getTime() - wallClock('00:00', from).getTime()) / 86_400_000);
}

/**
 * The start in words. Spanish says "a la 1:00" but "a las 7:00": the hour the clock shows decides, so each phrase
 * has a second message for one o'clock.
 */
function startInWords(start: Date, zone: string, now: Date): string {
  const clockFormat = new Intl.DateTimeFormat(intlLocale(), { ...CLOCK, timeZone: zone });
  const clock = plain(clockFormat.format(start));
  const one = Number(clockFormat.formatToParts(start).find((part) => part.type === 'hour')?.value) === 1;
  const days = daysBetween(dayIn(now, zone), dayIn(start, zone));
  const hour = Number(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: zone }).format(start));
  if (days === 0 && hour >= 17) {
    return one ? msg(str`tonight at ${clock}`, { id: 'meeting-tonight-one' }) : msg(str`tonight at ${clock}`);
  }
  if (days === 0) {
    return one ? msg(str`today at ${clock}`, { id: 'meeting-today-one' }) : msg(str`today at ${clock}`);
  }
  if (days === 1) {
    return one ? msg(str`tomorrow at ${clock}`, { id: 'meeting-tomorrow-one' }) : msg(str`tomorrow at ${clock}`);
  }
  // Later this week its weekday ("Tuesday"), further off its date ("Mon, Nov 30").
  const day =
    days > 1 && days < 7
      ? formatDate(start, { weekday: 'long', timeZone: zone })
      : plain(formatDate(start, { ...SHORT_DATE, timeZone: zone }));
  return one
    ? msg(str`${day} at ${clock}`, { id: 'meeting-day-one', desc: 'At one o’clock. The day is “Tuesday” or “Mon, Nov 30”' })
    : msg(str`${day} at ${clock}`, { desc: 'The day is a weekday (“Tuesday at 7:00 PM”) or a date (“Mon, Nov 30 at 7:00 PM”)' });
}

/**
 * A meeting's start in the viewer's own time, with the group's clock noted only when it differs
 * ("Tuesday at 4:00 PM your time (7:00 PM in New York)").
 */
export function meetingTime(meeting: NextMeeting, viewerZone = viewerTimeZone(), now = new Date()): MeetingTimeText {
  const start = new Date(meeting.start);
  let zone = viewerZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const yours = plain(formatDate(start, { ...SHORT_DATE, ...CLOCK, timeZone: zone }));
  const when = startInWords(start, zone, now);
  const groupDay = meeting.localStart.slice(0, 10);
  const groupTime = meeting.localStart.slice(11, 16);
  const viewerDay = dayIn(start, zone);
  const viewerTime = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(start);
  const differs = meeting.timeZone !== zone && (groupTime !== viewerTime || groupDay !== viewerDay);
  if (!differs) {
    return { yours, when, theirs: null, text: when };
  }
  const city = zoneCity(meeting.timeZone);
  const theirClock =
    groupDay !== viewerDay
      ? plain(formatDate(wallClock(groupTime, groupDay), { ...SHORT_DATE, ...CLOCK, timeZone: 'UTC' }))
      : clockTime(groupTime);
  const theirs = msg(str`${theirClock} in ${city}`, { desc: 'The group’s own clock: “7:00 PM in New York”' });
  return { yours, when, theirs, text: msg(str`${when} your time (${theirs})`) };
}
