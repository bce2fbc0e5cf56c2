/**
 * The clocks in host mode, as plain data and pure functions of the current time (milliseconds since the epoch),
 * so they can be kept in sessionStorage across a reload and tested without a browser.
 */

/** Time banked while paused, plus the moment it started running (null when paused). */
export interface Stopwatch {
  runningSince: number | null;
  banked: number;
}

export interface HostClock {
  /** Time since the host pressed Start, not counting pauses. */
  meeting: Stopwatch;
  /** Time on the section on screen, counting only while the meeting clock runs. */
  section: Stopwatch;
  sectionKey: string;
  /** Time already spent on sections the host has moved away from, so going back picks up where it left off. */
  spent: Record<string, number>;
}

/** Meetings last 60 to 90 minutes; past this, host mode says so, gently. */
export const MEETING_LIMIT_MINUTES = 90;

/** Sections whose suggested time is a range rather than the single number in the script. */
export const SECTION_RANGES: Readonly<Record<string, MinuteRange>> = { exercise: { low: 10, high: 20 } };

export interface MinuteRange {
  low: number;
  high: number;
}

const MINUTE = 60_000;

export function elapsed(watch: Stopwatch, now: number): number {
  return watch.banked + (watch.runningSince === null ? 0 : Math.max(0, now - watch.runningSince));
}

function run(watch: Stopwatch, now: number): Stopwatch {
  return watch.runningSince === null ? { runningSince: now, banked: watch.banked } : watch;
}

function halt(watch: Stopwatch, now: number): Stopwatch {
  return watch.runningSince === null ? watch : { runningSince: null, banked: elapsed(watch, now) };
}

export function newClock(sectionKey: string): HostClock {
  return {
    meeting: { runningSince: null, banked: 0 },
    section: { runningSince: null, banked: 0 },
    sectionKey,
    spent: {},
  };
}

export function isRunning(clock: HostClock): boolean {
  return clock.meeting.runningSince !== null;
}

export function startClock(clock: HostClock, now: number): HostClock {
  return { ...clock, meeting: run(clock.meeting, now), section: run(clock.section, now) };
}

export function pauseClock(clock: HostClock, now: number): HostClock {
  return { ...clock, meeting: halt(clock.meeting, now), section: halt(clock.section, now) };
}

/** Moves the section timer to another section: the one left keeps its time, the one reached resumes its own. */
export function moveToSection(clock: HostClock, sectionKey: string, now: number): HostClock {
  if (sectionKey === clock.sectionKey) {
    return clock;
  }
  const spent = { ...clock.spent, [clock.sectionKey]: elapsed(clock.section, now) };
  const banked = spent[sectionKey] ?? 0;
  return {
    ...clock,
    sectionKey,
    spent,
    section: { runningSince: isRunning(clock) ? now : null, banked },
  };
}

export function meetingElapsed(clock: HostClock, now: number): number {
  return elapsed(clock.meeting, now);
}

export function sectionElapsed(clock: HostClock, now: number): number {
  return elapsed(clock.section, now);
}

/** "0:00", "12:05", "1:02:05": whole seconds, rounded down. */
export function formatDuration(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The time a section suggests, or null for a section with no time of its own (a note for the host). */
export function suggestedRange(section: { key: string; minutes: number }): MinuteRange | null {
  const range = SECTION_RANGES[section.key];
  if (range) {
    return range;
  }
  return section.minutes > 0 ? { low: section.minutes, high: section.minutes } : null;
}

export function isOverRange(milliseconds: number, range: MinuteRange | null): boolean {
  return range !== null && milliseconds > range.high * MINUTE;
}

export function isPastMeetingLimit(milliseconds: number): boolean {
  return milliseconds > MEETING_LIMIT_MINUTES * MINUTE;
}

/** Reads a clock back from storage, or null if what is there is not one (another version, tampering, nothing). */
export function parseClock(stored: string | null): HostClock | null {
  if (!stored) {
    return null;
  }
  try {
    const value: unknown = JSON.parse(stored);
    return isClock(value) ? value : null;
  } catch {
    return null;
  }
}

function isStopwatch(value: unknown): value is Stopwatch {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { runningSince, banked } = value as Record<string, unknown>;
  return (runningSince === null || typeof runningSince === 'number') && typeof banked === 'number' && banked >= 0;
}

function isClock(value: unknown): value is HostClock {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { meeting, section, sectionKey, spent } = value as Record<string, unknown>;
  return (
    isStopwatch(meeting) &&
    isStopwatch(section) &&
    typeof sectionKey === 'string' &&
    typeof spent === 'object' &&
    spent !== null &&
    Object.values(spent).every((ms) => typeof ms === 'number')
  );
}
