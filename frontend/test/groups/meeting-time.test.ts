import { describe, expect, it } from 'vitest';
import type { GroupPlace, NextMeeting } from '../../src/api/groups.js';
import { clockTime, meetingTime, timeRange, zoneCity } from '../../src/groups/meeting-time.js';
import { directionsUrl, placeSummary } from '../../src/groups/place-words.js';

const MONDAY_EVENING_IN_NEW_YORK: NextMeeting = {
  start: '2026-12-01T00:00:00Z',
  localStart: '2026-11-30T19:00:00',
  timeZone: 'America/New_York',
  durationMinutes: 90,
  moved: false,
};

describe('meeting times', () => {
  it('shows only one clock when the viewer is in the group’s zone', () => {
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'America/New_York')).toEqual({
      yours: 'Mon, Nov 30, 7:00 PM',
      theirs: null,
      text: 'Mon, Nov 30, 7:00 PM',
    });
    // Another zone name with the same clock needs no second time either.
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'America/Detroit').theirs).toBeNull();
  });

  it('notes the group’s clock when it differs', () => {
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'America/Los_Angeles').text).toBe(
      'Mon, Nov 30, 4:00 PM your time · 7:00 PM New York time',
    );
  });

  it('names the group’s day when the viewer is already on the next one', () => {
    expect(meetingTime(MONDAY_EVENING_IN_NEW_YORK, 'Europe/Berlin').text).toBe(
      'Tue, Dec 1, 1:00 AM your time · Mon, Nov 30, 7:00 PM New York time',
    );
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
