// Other tools' formats, checked by those tools' own libraries against the packaged app's example groups:
// the Meeting Guide feed's type codes by @code4recovery/spec, and the iCalendar feed by ical.js.
//   HRW_BASE_URL   the running app with the demo profile's example groups. Required: without it these are skipped.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getTypesForLanguage, isMeetingType } from '@code4recovery/spec';
import ICAL from 'ical.js';

const baseUrl = process.env.HRW_BASE_URL?.replace(/\/+$/, '');

// Codes the specification proposes (its README); custom codes must avoid these too.
const PROPOSED_SPEC_CODES = ['BV-I', 'D-HOH', 'LO-I', 'QSL', 'RSL'];

// Written from the whole directory and kept (FeedCache on the server); the others are answered whole every time.
const DIRECTORY_FEEDS = ['/api/v1/feeds/meeting-guide.json', '/api/v1/feeds/groups.geojson', '/api/v1/feeds/groups.ics',
  '/api/bmlt/client_interface/json/?switcher=GetFormats'];

async function json(path) {
  const response = await fetch(`${baseUrl}${path}`);
  assert.equal(response.status, 200, path);
  return response.json();
}

describe('feeds for other tools', { skip: baseUrl ? false : 'HRW_BASE_URL not set: these tests need the real API' }, () => {
  test('every Meeting Guide type code is the specification\'s own, with its meaning, or ours without colliding', async () => {
    const feed = await json('/api/v1/feeds/meeting-guide.json?_=1732700000');
    const legend = new Map((await json('/api/v1/feeds/meeting-guide-types.json')).map((c) => [c.code, c]));
    const english = getTypesForLanguage('en');
    const used = new Set(feed.flatMap((meeting) => meeting.types));
    assert.ok(used.size >= 8, `the example groups use a variety of codes: ${[...used]}`);
    for (const code of legend.keys()) {
      const entry = legend.get(code);
      if (entry.origin === 'spec') {
        assert.ok(isMeetingType(code), `${code} is a spec code`);
        assert.equal(entry.name, english[code], `${code} means what the spec says`);
      } else {
        assert.equal(entry.origin, 'hrw');
        assert.ok(!isMeetingType(code), `${code} is not a spec code`);
        assert.ok(!PROPOSED_SPEC_CODES.includes(code), `${code} is not a proposed spec code`);
        assert.ok(!/^[A-Za-z]{2,3}$/.test(code), `${code} cannot be mistaken for an ISO 639 language code`);
        assert.match(code, /^HRW-[A-Z-]+$/);
      }
    }
    for (const code of used) {
      assert.ok(legend.has(code), `${code} is explained in meeting-guide-types.json`);
    }
  });

  test('every Meeting Guide entry has what the specification asks for', async () => {
    const feed = await json('/api/v1/feeds/meeting-guide.json');
    assert.ok(feed.length >= 20, 'the example groups are in the feed');
    const slugs = new Set();
    for (const meeting of feed) {
      const where = meeting.slug;
      assert.ok(meeting.name.startsWith('Harm Reduction Works-HRW '), where);
      assert.match(meeting.slug, /^[a-z0-9-]{1,64}$/, where);
      assert.ok(!slugs.has(meeting.slug), `${where} is unique`);
      slugs.add(meeting.slug);
      if (meeting.day === undefined) {
        // The format is weekly-only: a group that is not weekly is "by appointment", its rule in the notes.
        assert.equal(meeting.time, undefined, where);
        assert.equal(meeting.end_time, undefined, where);
        assert.match(meeting.notes, /^Meets (once a month|every other week), .*not weekly\./, where);
        assert.ok(meeting.notes.includes(meeting.url), `${where} names the page with its dates`);
      } else {
        assert.ok(Number.isInteger(meeting.day) && meeting.day >= 0 && meeting.day <= 6, where);
        assert.match(meeting.time, /^([01]\d|2[0-3]):[0-5]\d$/, where);
        assert.match(meeting.end_time, /^([01]\d|2[0-3]):[0-5]\d$/, where);
      }
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: meeting.timezone }), where);
      assert.match(meeting.updated, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/, where);
      assert.ok(['in_person', 'online', 'hybrid', 'inactive'].includes(meeting.attendance_option), where);
      if (meeting.attendance_option === 'in_person' || meeting.attendance_option === 'hybrid') {
        assert.ok(meeting.city || meeting.formatted_address, `${where} has a place`);
        assert.equal(meeting.approximate, 'no', `${where}: TSML UI shows an approximate place as not in person`);
        if (meeting.location === 'Place shared when you ask') {
          assert.equal(meeting.address, undefined, `${where} keeps its street private`);
          assert.equal(meeting.latitude, undefined, `${where} has no pin to take for the door`);
        }
      }
      assert.ok(new URL(meeting.url).pathname.startsWith('/groups/'), where);
    }
  });

  // TSML UI's rules, read in code4recovery/tsml-ui at fef58db87ded610e1660fa246d48e374f11b54b5 (version 1.8):
  // src/helpers/load-meeting-data.ts (no address: left out; in person = not approximate and not TC; online = a
  // conference_url whose host ends with a conference_providers domain; active = either; a start only with day and
  // time; regions from region, else city), src/hooks/settings.tsx (the providers; a site's settings are merged in)
  // and src/components/Meeting.tsx (Add to Calendar only with a start, when active). The JUnit TsmlUiReading applies
  // the same rules in full; this checks the packaged app's example groups against their pages in the directory.
  test('TSML UI, given the hub\'s host as a provider, shows every example group active in its kind and town', async () => {
    const feed = await json('/api/v1/feeds/meeting-guide.json');
    const hubHost = new URL(feed[0].url).host;
    const providers = ['zoom.us', 'meet.google.com', 'meet.jit.si', 'teams.microsoft.com', 'webex.com', hubHost];
    const groups = new Map();
    for (const meeting of feed) {
      const slug = new URL(meeting.url).pathname.split('/').pop();
      // Other journeys register groups of their own (a hybrid one with markup in its link, for Crouton).
      if (!slug.endsWith('-example')) continue;
      if (!groups.has(slug)) groups.set(slug, await json(`/api/v1/groups/${slug}`));
      const group = groups.get(slug);
      const where = meeting.slug;
      assert.ok(meeting.formatted_address, `${where} has an address, or TSML UI leaves it out`);
      const approximate = meeting.approximate === 'yes';
      const inPerson = !approximate && !meeting.types.includes('TC');
      const host = meeting.conference_url ? new URL(meeting.conference_url).host : undefined;
      const online = !!host && providers.some((domain) => host.endsWith(domain));
      if (group.status !== 'active') {
        assert.ok(!inPerson && !online, `${where} is ${group.status}: Inactive`);
        continue;
      }
      assert.equal(inPerson, group.attendance !== 'online', `${where} in person`);
      assert.equal(online, group.attendance !== 'in-person', `${where} online`);
      if (inPerson) assert.equal(meeting.region ?? meeting.city, group.place.city, `${where} is under its town`);
      const calendar = meeting.day !== undefined && !!meeting.time;
      assert.equal(calendar, group.schedule.recurrence === 'weekly', `${where}: Add to Calendar only when weekly`);
      if (group.onlineLinkOnRequest) {
        assert.equal(meeting.conference_url, meeting.url, `${where}: the link is asked for on its page`);
      }
    }
    assert.equal(groups.size, 30, 'every example group');
  });

  test('the iCalendar feed parses with ical.js, and its next meetings are the directory\'s', async () => {
    const near = 'near=Northampton%2C%20MA&radiusKm=150';
    const response = await fetch(`${baseUrl}/api/v1/feeds/groups.ics?${near}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.register(zone);
    }
    const zones = new Set(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')));
    const series = calendar.getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component))
      .filter((event) => !event.isRecurrenceException());
    assert.ok(series.length >= 3, 'several groups near Northampton');

    // The example groups: other journeys register, move meetings of and close groups near Northampton meanwhile.
    const groups = (await json(`/api/v1/groups?${near}&size=100`)).items
      .filter((g) => g.place && g.slug.endsWith('-example'));
    const now = ICAL.Time.fromJSDate(new Date(), true);
    for (const group of groups) {
      const event = series.find((e) => e.uid === `${group.slug}@groups.harm-reduction-works-hrw`);
      assert.ok(event, `${group.slug} is in the calendar`);
      assert.ok(event.summary.startsWith('Harm Reduction Works-HRW '));
      assert.ok(zones.has(event.startDate.zone.tzid), `${group.slug}'s zone is defined in the calendar`);
      if (!group.nextMeeting || group.nextMeeting.moved) {
        continue;
      }
      const occurrences = event.iterator();
      let next = occurrences.next();
      while (next && next.compare(now) < 0) {
        next = occurrences.next();
      }
      const expected = new Date(group.nextMeeting.start).getTime();
      // A meeting in progress is still the "next" one for the directory until it starts; step back if needed.
      assert.ok(next, `${group.slug} has a future meeting`);
      const found = next.toJSDate().getTime();
      assert.ok(found === expected || found - expected > 0 && group.nextMeeting.start < new Date().toISOString(),
        `${group.slug}: calendar ${next.toJSDate().toISOString()} vs directory ${group.nextMeeting.start}`);
    }
  });

  test('every feed sends an ETag and answers 304 when nothing changed', async () => {
    for (const path of ['/api/v1/feeds/meeting-guide.json', '/api/v1/feeds/meeting-guide-types.json',
      '/api/v1/feeds/groups.geojson', '/api/v1/feeds/groups.ics', '/api/v1/feeds/exercises.atom',
      '/api/v1/feeds/learnings.atom', '/api/bmlt/client_interface/json/?switcher=GetFormats']) {
      let first = await fetch(`${baseUrl}${path}`);
      // A directory feed asked for while it is still being written is streamed as it is written, without an ETag
      // (the hash of a text not yet whole); the next answer is the kept feed, with its tag. Other journeys change
      // the directory meanwhile, so that may take more than one more try.
      for (let tries = 0; DIRECTORY_FEEDS.includes(path) && !first.headers.get('etag') && tries < 5; tries++) {
        assert.equal(first.status, 200, path);
        assert.equal(first.headers.get('content-length'), null, `${path}: untagged only when streamed`);
        await first.arrayBuffer();
        first = await fetch(`${baseUrl}${path}`);
      }
      assert.equal(first.status, 200, path);
      const tag = first.headers.get('etag');
      assert.ok(tag, `${path} sends an ETag`);
      const body = await first.text();
      const again = await fetch(`${baseUrl}${path}`, { headers: { 'If-None-Match': tag } });
      // Other journeys add groups, exercises and posts meanwhile: a feed that changed in between is sent whole, as
      // it should be. Anything else gets a 304.
      if (again.status === 200) {
        assert.notEqual(await again.text(), body, `${path}: sent whole again though nothing in it changed`);
        assert.notEqual(again.headers.get('etag'), tag, `${path}: changed, under the same ETag`);
      } else {
        assert.equal(again.status, 304, path);
      }
    }
  });
});
