import type { NextMeeting } from '../api/groups.js';

/** The viewer's own time zone, as the browser knows it. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** "19:00:00" or "19:00" -> "7:00 PM" (without a time zone: it is a wall-clock time). */
export function clockTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const period = hours >= 12 ? 'PM' : 'AM';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour}:${String(minutes).padStart(2, '0')} ${period}`;
}

/** "19:00:00" + 90 -> "7:00–8:30 PM"; across noon or midnight both ends keep their AM/PM. */
export function timeRange(start: string, durationMinutes: number): string {
  const [hours = 0, minutes = 0] = start.split(':').map(Number);
  const endTotal = (hours * 60 + minutes + durationMinutes) % (24 * 60);
  const end = `${Math.floor(endTotal / 60)}:${String(endTotal % 60).padStart(2, '0')}`;
  const from = clockTime(start);
  const to = clockTime(end);
  const fromPeriod = from.slice(-2);
  return fromPeriod === to.slice(-2) ? `${from.slice(0, -3)}–${to}` : `${from}–${to}`;
}

/** "America/New_York" -> "New York" */
export function zoneCity(timeZone: string): string {
  const city = timeZone.split('/').pop() ?? timeZone;
  return city.replace(/_/g, ' ');
}

/** "2026-12-08" -> "Tue, Dec 8" (a calendar date: no time zone moves it). */
export function calendarDate(date: string, withYear = false): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export interface MeetingTimeText {
  /** "Mon, Nov 30, 7:00 PM" in the viewer's zone. */
  yours: string;
  /** "7:00 PM New York time" when the group's clock shows something else; null when it is the same. */
  theirs: string | null;
  /** "Mon, Nov 30, 7:00 PM · 90 minutes" style full text for a screen reader or a list. */
  text: string;
}

/**
 * A meeting's start in the viewer's own time, with the group's clock noted only when it differs
 * ("Tue, Dec 1, 4:00 PM your time · 7:00 PM New York time").
 */
export function meetingTime(meeting: NextMeeting, viewerZone = viewerTimeZone(), locale = 'en-US'): MeetingTimeText {
  const start = new Date(meeting.start);
  let zone = viewerZone;
  try {
    new Intl.DateTimeFormat(locale, { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const yours = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
  }).format(start);
  const groupClock = clockTime(meeting.localStart.slice(11, 16));
  const viewerClock = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone })
    .format(start)
    .replace(/\u202f/g, ' ');
  const groupDay = meeting.localStart.slice(0, 10);
  const viewerDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(start);
  const differs = meeting.timeZone !== zone && (groupClock !== viewerClock || groupDay !== viewerDay);
  const yoursText = yours.replace(/\u202f/g, ' ');
  if (!differs) {
    return { yours: yoursText, theirs: null, text: yoursText };
  }
  const theirs = `${groupDay !== viewerDay ? `${calendarDate(groupDay)}, ` : ''}${groupClock} ${zoneCity(meeting.timeZone)} time`;
  return { yours: yoursText, theirs, text: `${yoursText} your time · ${theirs}` };
}
