import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/api/client.js';
import type { MeetingLogEntry, MeetingLogInput } from '../../src/api/meetings.js';
import { Outbox, OutboxSentEvent, sameMeeting, sendEntry, type OutboxTransport } from '../../src/meetings/outbox.js';

const INPUT: MeetingLogInput = {
  date: '2026-12-01',
  meeting: 'focused',
  exerciseSlug: 'listening-to-shame',
  headcount: '6-10',
  rating: 4,
  note: 'Warm finish.',
  shareNote: false,
};

function logged(input: MeetingLogInput = INPUT, id = 7): MeetingLogEntry {
  return {
    id,
    date: input.date,
    meeting: input.meeting,
    exercise: input.exerciseSlug ? { slug: input.exerciseSlug, title: 'Listening to shame', suggestedMinutes: 20 } : null,
    headcount: input.headcount,
    rating: input.rating,
    note: input.note,
    shareNote: input.shareNote,
    revision: 0,
  };
}

const unreachable = () => new ApiError({ status: 0, title: 'The server could not be reached' });
const answer = (status: number, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ status, title: `Status ${status}`, ...extra });

/** A transport whose post answers from `answers` in turn (an Error is thrown), recording what it was asked. */
function transport(answers: (MeetingLogEntry | Error)[], options: { found?: MeetingLogEntry | null | Error; renew?: boolean } = {}) {
  const posts: { group: string; input: MeetingLogInput }[] = [];
  const t: OutboxTransport & { posts: typeof posts; renewals: number } = {
    posts,
    renewals: 0,
    post: vi.fn(async (group: string, input: MeetingLogInput) => {
      posts.push({ group, input });
      const next = answers.shift();
      if (!next || next instanceof Error) {
        throw next ?? unreachable();
      }
      return next;
    }),
    findLogged: vi.fn(async () => {
      if (options.found instanceof Error) {
        throw options.found;
      }
      return options.found ?? null;
    }),
    renew: vi.fn(async () => {
      t.renewals++;
      return options.renew ?? false;
    }),
  };
  return t;
}

describe('sendEntry', () => {
  const entry = { group: 'holyoke-example', input: INPUT };

  it('is done when the log answers 201', async () => {
    const t = transport([logged()]);
    expect(await sendEntry(entry, t)).toEqual({ result: 'sent', entry: logged() });
    expect(t.posts).toEqual([{ group: 'holyoke-example', input: INPUT }]);
  });

  it('keeps waiting when the network or the server is away', async () => {
    for (const error of [unreachable(), answer(503), answer(500), new TypeError('Failed to fetch')]) {
      expect(await sendEntry(entry, transport([error]))).toEqual({ result: 'waiting' });
    }
  });

  it('counts a 409 as sent when the log already holds this very meeting (an earlier send whose answer was lost)', async () => {
    const t = transport([answer(409)], { found: logged(INPUT, 12) });
    expect(await sendEntry(entry, t)).toEqual({ result: 'sent', entry: logged(INPUT, 12) });
    expect(t.findLogged).toHaveBeenCalledWith('holyoke-example', INPUT);
  });

  it('hands a 409 to the host when the log holds a different entry for that date and meeting', async () => {
    const other = logged({ ...INPUT, rating: 2, note: 'Another host’s note.' });
    expect(await sendEntry(entry, transport([answer(409)], { found: other }))).toEqual({
      result: 'problem',
      problem: { kind: 'already-logged' },
    });
  });

  it('waits rather than guess when a 409 cannot be compared for want of network', async () => {
    expect(await sendEntry(entry, transport([answer(409)], { found: unreachable() }))).toEqual({ result: 'waiting' });
  });

  it('hands a 400 to the host with what the server found', async () => {
    const violations = [{ field: 'record.input.date', message: 'must not be in the future' }];
    expect(await sendEntry(entry, transport([answer(400, { violations, detail: 'Check the date' })]))).toEqual({
      result: 'problem',
      problem: { kind: 'invalid', violations, detail: 'Check the date' },
    });
  });

  it('renews an expired sign-in silently once and sends again', async () => {
    const t = transport([answer(401), logged()], { renew: true });
    expect(await sendEntry(entry, t)).toEqual({ result: 'sent', entry: logged() });
    expect(t.renewals).toBe(1);
    expect(t.posts).toHaveLength(2);
  });

  it('asks for a sign-in when the token cannot be renewed, or is refused again after renewal', async () => {
    const cannot = transport([answer(401)], { renew: false });
    expect(await sendEntry(entry, cannot)).toEqual({ result: 'sign-in' });
    expect(cannot.posts).toHaveLength(1);
    const refused = transport([answer(401), answer(401)], { renew: true });
    expect(await sendEntry(entry, refused)).toEqual({ result: 'sign-in' });
    expect(refused.renewals).toBe(1);
  });

  it('hands a 403 or 404 to the host: they no longer host the group, or it is gone', async () => {
    expect(await sendEntry(entry, transport([answer(403)]))).toEqual({ result: 'problem', problem: { kind: 'not-allowed', status: 403 } });
    expect(await sendEntry(entry, transport([answer(404)]))).toEqual({ result: 'problem', problem: { kind: 'not-allowed', status: 404 } });
  });
});

describe('sameMeeting', () => {
  it('compares every field the host gave, treating an empty note as none', () => {
    expect(sameMeeting(logged(), INPUT)).toBe(true);
    expect(sameMeeting(logged({ ...INPUT, note: null }), { ...INPUT, note: '  ', shareNote: true })).toBe(true);
    expect(sameMeeting(logged(), { ...INPUT, headcount: null })).toBe(false);
    expect(sameMeeting(logged(), { ...INPUT, exerciseSlug: null })).toBe(false);
    expect(sameMeeting(logged(), { ...INPUT, shareNote: true })).toBe(false);
  });
});

describe('Outbox', () => {
  let box: Outbox;

  beforeEach(() => {
    localStorage.clear();
    box = new Outbox();
  });

  it('keeps entries on the device, each seen only by the account that kept it', () => {
    const kept = box.keep('alex', 'holyoke-example', INPUT, null);
    box.keep('sam', 'holyoke-example', { ...INPUT, meeting: 'open' }, null);

    expect(new Outbox().entries('alex')).toEqual([kept]);
    expect(new Outbox().entries('sam').map((entry) => entry.input.meeting)).toEqual(['open']);
    expect(box.entries(null)).toEqual([]);
    expect(kept.problem).toBeNull();
  });

  it('sends only the signed-in account’s entries, never as somebody else', async () => {
    box.keep('alex', 'holyoke-example', INPUT, null);
    box.keep('sam', 'greenfield-example', INPUT, null);
    const t = transport([logged()]);

    const summary = await box.flush('sam', t);

    expect(t.posts).toEqual([{ group: 'greenfield-example', input: INPUT }]);
    expect(summary.sent).toHaveLength(1);
    expect(box.entries('sam')).toEqual([]);
    expect(box.entries('alex')).toHaveLength(1);
  });

  it('stops at the first entry the network cannot take and keeps them all', async () => {
    box.keep('alex', 'holyoke-example', INPUT, null);
    box.keep('alex', 'holyoke-example', { ...INPUT, meeting: 'open' }, null);
    const t = transport([unreachable()]);

    const summary = await box.flush('alex', t);

    expect(t.posts).toHaveLength(1);
    expect(summary).toMatchObject({ sent: [], waiting: 2, problems: 0, signIn: false });
    expect(box.entries('alex')).toHaveLength(2);
  });

  it('keeps an entry the log refused, with the reason, and does not send it again until the host acts', async () => {
    const refused = box.keep('alex', 'holyoke-example', INPUT, null);
    const fine = box.keep('alex', 'holyoke-example', { ...INPUT, meeting: 'open' }, null);
    const sent: string[] = [];
    box.addEventListener('sent', (event) => sent.push((event as OutboxSentEvent).kept.id));

    await box.flush('alex', transport([answer(409), logged({ ...INPUT, meeting: 'open' })], { found: null }));

    expect(sent).toEqual([fine.id]);
    expect(box.entries('alex')).toEqual([{ ...refused, problem: { kind: 'already-logged' } }]);
    const again = transport([logged()]);
    await box.flush('alex', again);
    expect(again.posts).toEqual([]);
    box.remove('alex', refused.id);
    expect(box.entries('alex')).toEqual([]);
    expect(localStorage.getItem('hrw-meeting-outbox')).toBeNull();
  });

  it('remembers that the account has to sign in again, until a send goes through', async () => {
    box.keep('alex', 'holyoke-example', INPUT, null);
    await box.flush('alex', transport([answer(401)]));
    expect(box.needsSignIn('alex')).toBe(true);
    expect(box.needsSignIn('sam')).toBe(false);
    await box.flush('alex', transport([logged()]));
    expect(box.needsSignIn('alex')).toBe(false);
  });

  it('sends each entry once when asked twice at the same time (the online event and "Send now")', async () => {
    box.keep('alex', 'holyoke-example', INPUT, null);
    const t = transport([logged(), logged()]);

    const [first, second] = await Promise.all([box.flush('alex', t), box.flush('alex', t)]);

    expect(t.posts).toHaveLength(1);
    expect(first).toBe(second);
  });

  it('ignores what it cannot read rather than send it', () => {
    localStorage.setItem('hrw-meeting-outbox', JSON.stringify([{ id: 'x', account: 'alex' }, 'junk']));
    expect(box.entries('alex')).toEqual([]);
    localStorage.setItem('hrw-meeting-outbox', '{not json');
    expect(box.entries('alex')).toEqual([]);
  });
});
