import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupPlace, NextMeeting } from '../../src/api/groups.js';
import { calendarDate, clockTime, meetingTime, timeRange, zoneCity } from '../../src/groups/meeting-time.js';
import { showLocale } from '../../src/i18n/locale.js';
import { directionsUrl, placeSummary } from '../../src/groups/place-words.js';

const MONDAY_EVENING_IN_NEW_YORK: NextMeeting = {
  start: '2026-12-01T00:00:00Z',
  localStart: '2026-11-30T19:00:00',
  timeZone: 'America/New_York',
  durationMinutes: 90,
  moved: false,
};

/** A week before the meeting, so it is told by its date. */
const WEEK_BEFORE = new Date('2026-11-23T15:00:00Z');

describe('meeting times', () => {
  it('shows only one clock when the viewer is in the group’s zone', () => {
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'America/New_York', WEEK_BEFORE)).toEqual({
      yours: 'Mon, Nov 30, 7:00 PM',
      when: 'Mon, Nov 30 at 7:00 PM',
      theirs: null,
      text: 'Mon, Nov 30 at 7:00 PM',
    });
    // Another zone name with the same clock needs no second time either.
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'America/Detroit').theirs).toBeNull();
  });

  it('notes the group’s clock when it differs', () => {
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'America/Los_Angeles', WEEK_BEFORE).text).toBe(
      'Mon, Nov 30 at 4:00 PM your time (7:00 PM in New York)',
    );
  });

  it('names the group’s day when the viewer is already on the next one', () => {
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'Europe/Berlin', WEEK_BEFORE).text).toBe(
      'Tue, Dec 1 at 1:00 AM your time (Mon, Nov 30, 7:00 PM in New York)',
    );
  });

  it('says tonight, today, tomorrow or the weekday when the meeting is this week, on the viewer’s calendar', () => {
    const at = (now: string, zone = 'America/New_York') => meetingTime(MONDAY_EVENING_IN_NEW_YORK, zone, new Date(now)).when;
    expect(at('2026-11-30T14:00:00Z')).toBe('tonight at 7:00 PM');
    expect(at('2026-11-29T14:00:00Z')).toBe('tomorrow at 7:00 PM');
    expect(at('2026-11-26T14:00:00Z')).toBe('Monday at 7:00 PM');
    // 11 AM in Honolulu is not evening there.
    expect(at('2026-11-30T14:00:00Z', 'Pacific/Honolulu')).toBe('today at 2:00 PM');
    // Late on Monday in New York it is already Tuesday in Berlin, where the meeting is on Tuesday at 1 AM.
    expect(at('2026-11-30T23:30:00Z', 'Europe/Berlin')).toBe('today at 1:00 AM');
  });

  it('falls back to UTC for a zone the browser does not know', () => {
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'Nowhere/Else').yours).toBe('Tue, Dec 1, 12:00 AM');
  });

  it('formats clocks, ranges and zones', () => {
    expect(clockTime('00:15:00')).toBe('12:15 AM');
    expect(clockTime('12:00')).toBe('12:00 PM');
    expect(timeRange('18:30:00', 60)).toBe('6:30–7:30 PM');
    expect(timeRange('23:30:00', 60)).toBe('11:30 PM–12:30 AM');
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
    expect(calendarDate('2026-12-08')).toBe('Tue, Dec 8');
  });
});

describe('meeting times in Spanish', () => {
  beforeAll(async () => {
    await showLocale('es', { remember: false });
  });

  afterAll(async () => {
    await showLocale('en', { remember: false });
  });

  it('are whole Spanish sentences, with “a la” for one o’clock', () => {
    const at = (now: string, zone = 'America/New_York') => meetingTime(MONDAY_EVENING_IN_NEW_YORK, zone, new Date(now));
    expect(at('2026-11-30T14:00:00Z').when).toBe('esta noche a las 7:00 p.m.');
    expect(at('2026-11-29T14:00:00Z').when).toBe('mañana a las 7:00 p.m.');
    expect(at('2026-11-26T14:00:00Z').when).toBe('el lunes a las 7:00 p.m.');
    expect(at('2026-11-30T23:30:00Z', 'Europe/Berlin').when).toBe('hoy a la 1:00 a.m.');
    expect(at('2026-11-23T15:00:00Z', 'America/Chicago').text).toBe(
      'el lun, 30 de nov a las 6:00 p.m., en tu hora (7:00 p.m. en Nueva York)',
    );
  });

  it('write clocks, ranges and dates as Spanish does', () => {
    expect(clockTime('19:00')).toBe('7:00 p.m.');
    expect(timeRange('18:30:00', 90)).toBe('6:30–8:00 p.m.');
    expect(calendarDate('2026-12-08')).toBe('mar, 8 de dic');
    expect(zoneCity('America/Chicago')).toBe('Chicago');
  });
});

describe('where a group meets', () => {
  const place: GroupPlace = {
    venue: 'Community room',
    address: '100 Main Street',
    city: 'Northampton',
    region: 'MA',
    country: 'US',
    latitude: 42.3251,
    longitude: -72.6412,
    visibility: 'exact',
  };

  it('links to directions only for a public exact address', () => {
    expect(directionsUrl(place)).toBe('https://www.openstreetmap.org/directions?route=%3B42.3251%2C-72.6412');
    expect(directionsUrl({ ...place, visibility: 'approximate' })).toBeNull();
    expect(directionsUrl({ ...place, visibility: 'on-request' })).toBeNull();
    expect(directionsUrl({ ...place, address: undefined as unknown as string })).toBeNull();
    expect(directionsUrl(undefined)).toBeNull();
  });

  it('describes the place as far as the host made it public', () => {
    expect(placeSummary(place)).toBe('Community room, 100 Main Street, Northampton, MA');
    expect(placeSummary({ ...place, visibility: 'approximate' })).toBe(
      'Near Northampton, MA; the exact place is shared when you ask.',
    );
  });
});
