import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  isOverRange,
  isPastMeetingLimit,
  isRunning,
  meetingElapsed,
  moveToSection,
  newClock,
  parseClock,
  pauseClock,
  sectionElapsed,
  startClock,
  suggestedRange,
} from '../../src/script/host-clock.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const T0 = Date.UTC(2026, 10, 27, 19, 0, 0);

describe('host clock', () => {
  it('counts nothing until started, and nothing while paused', () => {
    let clock = newClock('opening');
    expect(meetingElapsed(clock, T0 + 5 * MINUTE)).toBe(0);
    expect(isRunning(clock)).toBe(false);

    clock = startClock(clock, T0);
    expect(isRunning(clock)).toBe(true);
    expect(meetingElapsed(clock, T0 + 2 * MINUTE)).toBe(2 * MINUTE);

    clock = pauseClock(clock, T0 + 2 * MINUTE);
    expect(meetingElapsed(clock, T0 + 10 * MINUTE)).toBe(2 * MINUTE);

    clock = startClock(clock, T0 + 10 * MINUTE);
    expect(meetingElapsed(clock, T0 + 11 * MINUTE)).toBe(3 * MINUTE);
    // Pressing Start again while it runs changes nothing.
    expect(meetingElapsed(startClock(clock, T0 + 12 * MINUTE), T0 + 13 * MINUTE)).toBe(5 * MINUTE);
  });

  it('times each section separately and picks a section back up where it was left', () => {
    let clock = startClock(newClock('opening'), T0);
    clock = moveToSection(clock, 'welcome-open', T0 + 2 * MINUTE);
    expect(sectionElapsed(clock, T0 + 3 * MINUTE)).toBe(1 * MINUTE);

    clock = moveToSection(clock, 'opening', T0 + 4 * MINUTE);
    expect(sectionElapsed(clock, T0 + 4 * MINUTE)).toBe(2 * MINUTE);
    expect(sectionElapsed(clock, T0 + 5 * MINUTE)).toBe(3 * MINUTE);
    expect(clock.spent['welcome-open']).toBe(2 * MINUTE);
    expect(meetingElapsed(clock, T0 + 5 * MINUTE)).toBe(5 * MINUTE);
  });

  it('does not run a section timer while the meeting clock is paused', () => {
    let clock = newClock('opening');
    clock = moveToSection(clock, 'agreements', T0);
    expect(sectionElapsed(clock, T0 + MINUTE)).toBe(0);

    clock = pauseClock(moveToSection(startClock(clock, T0), 'introductions', T0 + MINUTE), T0 + 2 * MINUTE);
    expect(sectionElapsed(clock, T0 + 9 * MINUTE)).toBe(MINUTE);
    expect(clock.spent.agreements).toBe(MINUTE);
  });

  it('formats durations the way a clock on the wall reads', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59_999)).toBe('0:59');
    expect(formatDuration(12 * MINUTE + 5 * SECOND)).toBe('12:05');
    expect(formatDuration(62 * MINUTE + 5 * SECOND)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('suggests 10 to 20 minutes for the exercise, the script’s minutes elsewhere, and no time for a note', () => {
    expect(suggestedRange({ key: 'exercise', minutes: 15 })).toEqual({ low: 10, high: 20 });
    expect(suggestedRange({ key: 'agreements', minutes: 3 })).toEqual({ low: 3, high: 3 });
    expect(suggestedRange({ key: 'exercise-host-note', minutes: 0 })).toBeNull();
  });

  it('is over only past the top of the suggested range, and past the meeting limit after 90 minutes', () => {
    const exercise = { low: 10, high: 20 };
    expect(isOverRange(19 * MINUTE, exercise)).toBe(false);
    expect(isOverRange(20 * MINUTE, exercise)).toBe(false);
    expect(isOverRange(20 * MINUTE + SECOND, exercise)).toBe(true);
    expect(isOverRange(999 * MINUTE, null)).toBe(false);
    expect(isPastMeetingLimit(90 * MINUTE)).toBe(false);
    expect(isPastMeetingLimit(90 * MINUTE + SECOND)).toBe(true);
  });

  it('reads a stored clock back, and refuses anything that is not one', () => {
    const clock = moveToSection(startClock(newClock('opening'), T0), 'closing', T0 + MINUTE);
    expect(parseClock(JSON.stringify(clock))).toEqual(clock);
    expect(parseClock(null)).toBeNull();
    expect(parseClock('{')).toBeNull();
    expect(parseClock(JSON.stringify({ ...clock, meeting: { runningSince: 'soon', banked: 0 } }))).toBeNull();
    expect(parseClock(JSON.stringify({ ...clock, spent: { a: 'x' } }))).toBeNull();
  });
});
