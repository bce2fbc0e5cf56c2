import { describe, expect, it } from 'vitest';
import type { HostedGroup } from '../../src/api/me.js';
import { defaultHostGroup, distanceToMeeting } from '../../src/meetings/host-group.js';

const NOW = Date.parse('2026-12-05T19:30:00Z');
const minutes = (n: number) => new Date(NOW + n * 60_000).toISOString();
const days = (n: number) => minutes(n * 24 * 60);

function group(slug: string, previousMeeting: string | null, nextMeeting: string | null): HostedGroup {
  return { slug, name: `Harm Reduction Works-HRW ${slug}`, timeZone: 'America/New_York', previousMeeting, nextMeeting };
}

// Alphabetical, as /api/v1/me lists them: the first is the one host mode used to open on whatever the day.
const ALBANY = group('albany', days(-6), days(1));
const BOSTON = group('boston', minutes(-30), days(7) /* started half an hour ago */);
const CHICAGO = group('chicago', days(-2), days(5));
const PAUSED = group('denver', null, null);

const choose = (hosts: HostedGroup[], requested: string | null = null, remembered: string | null = null) =>
  defaultHostGroup(hosts, { requested, remembered, now: NOW });

describe('the group host mode opens on', () => {
  it('is the one in the address when they host it, over a meeting under way', () => {
    expect(choose([ALBANY, BOSTON, CHICAGO], 'chicago')).toEqual({ slug: 'chicago', reason: 'address' });
  });

  it('ignores an address naming a group they do not host', () => {
    expect(choose([ALBANY, BOSTON], 'someone-elses', null)).toEqual({ slug: 'boston', reason: 'meeting-now' });
  });

  it('is the group whose meeting started half an hour ago, not one meeting tomorrow nor the remembered one', () => {
    expect(choose([ALBANY, BOSTON, CHICAGO], null, 'chicago')).toEqual({ slug: 'boston', reason: 'meeting-now' });
  });

  it('prefers a meeting about to start to one that ended hours ago', () => {
    const starting = group('springfield', days(-7), minutes(45));
    const ended = group('amherst', minutes(-150), days(7));
    expect(choose([ended, starting])).toEqual({ slug: 'springfield', reason: 'meeting-now' });
  });

  it('is the remembered choice between meetings', () => {
    expect(choose([ALBANY, CHICAGO], null, 'chicago')).toEqual({ slug: 'chicago', reason: 'remembered' });
  });

  it('is the group meeting nearest in time, either way, when nothing was chosen before', () => {
    expect(choose([CHICAGO, ALBANY])).toEqual({ slug: 'albany', reason: 'nearest' });
    const yesterday = group('yesterday', days(-1), days(13));
    const inSixDays = group('later', days(-8), days(6));
    expect(choose([inSixDays, yesterday])).toEqual({ slug: 'yesterday', reason: 'nearest' });
  });

  it('skips a remembered group they no longer host', () => {
    expect(choose([CHICAGO, ALBANY], null, 'gone')).toEqual({ slug: 'albany', reason: 'nearest' });
  });

  it('is the first group when none has a meeting on the calendar, and none for someone who hosts nothing', () => {
    expect(choose([PAUSED, group('emerson', null, null)])).toEqual({ slug: 'denver', reason: 'first' });
    expect(choose([])).toBeNull();
  });

  it('copes with groups the server sent without meeting times', () => {
    const old: HostedGroup = { slug: 'old', name: 'Old', timeZone: 'UTC' };
    expect(distanceToMeeting(old, NOW)).toBe(Number.POSITIVE_INFINITY);
    expect(choose([old, ALBANY])).toEqual({ slug: 'albany', reason: 'nearest' });
  });
});
