import type { HostedGroup } from '../api/me.js';

/**
 * How close to now a meeting must be for host mode to take it as the one being hosted: a meeting that started up to
 * this long ago (still running, or the host is logging it afterwards) or starts within it (setting up the room).
 */
export const HOSTING_WINDOW_MS = 3 * 60 * 60 * 1000;

/** Which of the groups someone hosts host mode opens on, and why (tests and the page's hint read the reason). */
export interface HostGroupChoice {
  slug: string;
  reason: 'address' | 'meeting-now' | 'remembered' | 'nearest' | 'first';
}

/** How far the group's nearest meeting, before or after, is from now; Infinity when it has none. */
export function distanceToMeeting(group: Pick<HostedGroup, 'previousMeeting' | 'nextMeeting'>, now: number): number {
  const distances = [group.previousMeeting, group.nextMeeting]
    .map((start) => (start ? Date.parse(start) : Number.NaN))
    .filter((start) => Number.isFinite(start))
    .map((start) => Math.abs(start - now));
  return distances.length ? Math.min(...distances) : Number.POSITIVE_INFINITY;
}

/**
 * The group host mode starts on, in the order that best guesses the meeting in front of the host:
 * 1. `?group=` in the address, when they host it: they followed a link from that group's page or log, which is as
 *    explicit as a choice gets;
 * 2. a group whose meeting is under way or about to start (within three hours of now), the nearest first: the one
 *    they are most likely standing in, even if last week they hosted another;
 * 3. the group they chose last time on this device: between meetings, habit is a better guess than the calendar;
 * 4. the group whose meeting is nearest in time either way, so a host who never chose still starts close;
 * 5. the first group, when none has a meeting on the calendar.
 */
export function defaultHostGroup(
  hosts: readonly HostedGroup[],
  options: { requested: string | null; remembered: string | null; now: number },
): HostGroupChoice | null {
  if (hosts.length === 0) {
    return null;
  }
  const hosted = (slug: string | null) => (slug ? hosts.find((group) => group.slug === slug) : undefined);
  const requested = hosted(options.requested);
  if (requested) {
    return { slug: requested.slug, reason: 'address' };
  }
  const byNearness = hosts
    .map((group) => ({ group, distance: distanceToMeeting(group, options.now) }))
    .filter((entry) => Number.isFinite(entry.distance))
    .sort((a, b) => a.distance - b.distance);
  const nearest = byNearness[0];
  if (nearest && nearest.distance <= HOSTING_WINDOW_MS) {
    return { slug: nearest.group.slug, reason: 'meeting-now' };
  }
  const remembered = hosted(options.remembered);
  if (remembered) {
    return { slug: remembered.slug, reason: 'remembered' };
  }
  if (nearest) {
    return { slug: nearest.group.slug, reason: 'nearest' };
  }
  return { slug: hosts[0]!.slug, reason: 'first' };
}
