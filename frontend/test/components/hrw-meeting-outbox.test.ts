import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingLogInput } from '../../src/api/meetings.js';
import type { SessionState } from '../../src/auth/session.js';
import { json, problem, recordingFetch, type Call } from '../meetings/fixtures.js';

const fakeSession = vi.hoisted(() => {
  class FakeSession extends EventTarget {
    state: SessionState = { status: 'signed-out', displayName: null, steward: false, hosts: [], notice: null };
    renew = vi.fn(async () => false);
    reconnect = vi.fn(async () => undefined);
    signIn = vi.fn(async () => undefined);
    set(state: Partial<SessionState>) {
      this.state = { ...this.state, ...state };
      this.dispatchEvent(new Event('change'));
    }
  }
  return new FakeSession();
});
vi.mock('../../src/auth/session.js', () => ({ session: fakeSession }));

await import('../../src/components/hrw-meeting-log-form.js');
await import('../../src/components/hrw-meeting-outbox.js');
const { outbox } = await import('../../src/meetings/outbox.js');
const { RETRY_MS, retryKeptMeetings, sendNow, startSendingKeptMeetings } = await import('../../src/meetings/outbox-sync.js');
type HrwMeetingLogForm = import('../../src/components/hrw-meeting-log-form.js').HrwMeetingLogForm;
type HrwMeetingOutbox = import('../../src/components/hrw-meeting-outbox.js').HrwMeetingOutbox;
type MeetingKeptEvent = import('../../src/components/hrw-meeting-log-form.js').MeetingKeptEvent;

const HOLYOKE = { slug: 'holyoke-example', name: 'Harm Reduction Works-HRW Holyoke (example)', timeZone: 'America/New_York' };
const INPUT: MeetingLogInput = {
  date: '2026-12-01',
  meeting: 'focused',
  exerciseSlug: null,
  headcount: '1-5',
  rating: 4,
  note: null,
  shareNote: false,
};

const calls: Call[] = [];
let respond: (call: Call) => Response;
const offline = () => {
  throw new TypeError('Failed to fetch');
};
const posts = () => calls.filter((call) => call.method === 'POST');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 1, 20, 30) });
  localStorage.clear();
  calls.length = 0;
  respond = (call) => json({ id: 42, revision: 0, exercise: null, ...(call.body as object) }, 201);
  vi.stubGlobal('fetch', vi.fn(recordingFetch(calls, () => respond)));
  fakeSession.renew.mockClear();
  fakeSession.set({ status: 'signed-in', account: 'alex', offline: false, displayName: 'Alex', hosts: [HOLYOKE] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function renderForm(): Promise<HrwMeetingLogForm> {
  const form = document.createElement('hrw-meeting-log-form');
  Object.assign(form, { group: HOLYOKE.slug, meeting: 'focused', exercise: null, date: '2026-12-01' });
  document.body.append(form);
  await settle(form);
  return form;
}

async function logFourOfFive(form: HrwMeetingLogForm) {
  const four = [...form.shadowRoot!.querySelectorAll<HTMLLabelElement>('#rating label')].find((label) => label.textContent!.includes('Good'))!;
  four.querySelector('input')!.click();
  await settle(form);
  form.shadowRoot!.querySelector('form')!.requestSubmit();
  await settle(form);
}

async function renderOutbox(group: string | null = null): Promise<HrwMeetingOutbox> {
  const element = document.createElement('hrw-meeting-outbox');
  element.group = group;
  document.body.append(element);
  await settle(element);
  return element;
}

function errorSummary(form: HrwMeetingLogForm): ShadowRoot {
  return form.shadowRoot!.querySelector('hrw-error-summary')!.shadowRoot!;
}

function text(element: HTMLElement): string {
  return element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

function button(element: HTMLElement, name: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find((item) => item.textContent!.trim() === name);
  if (!found) {
    throw new Error(`No "${name}" button in: ${text(element)}`);
  }
  return found;
}

describe('logging a meeting with no way to reach the log', () => {
  it('keeps it on the device for the signed-in account and says so, instead of an error', async () => {
    respond = offline;
    const form = await renderForm();
    const kept: MeetingKeptEvent[] = [];
    form.addEventListener('hrw-meeting-kept', (event) => kept.push(event));

    await logFourOfFive(form);

    expect(kept).toHaveLength(1);
    expect(outbox.entries('alex')).toEqual([kept[0]!.kept]);
    expect(kept[0]!.kept).toMatchObject({ account: 'alex', group: HOLYOKE.slug, input: { date: '2026-12-01', meeting: 'focused', rating: 4 } });
    expect(form.shadowRoot!.querySelector('.alert')).toBeNull();
    // Not a problem for the host to fix: the error summary stays empty and takes no focus.
    expect(errorSummary(form).querySelector('.summary')).toBeNull();
    expect(errorSummary(form).activeElement).toBeNull();
  });

  it('renews an expired sign-in silently, and keeps the meeting to send after sign-in when that cannot be done', async () => {
    respond = () => problem(401, 'Not signed in');
    const form = await renderForm();

    await logFourOfFive(form);

    expect(fakeSession.renew).toHaveBeenCalledTimes(1);
    expect(posts()).toHaveLength(1);
    expect(outbox.entries('alex')).toHaveLength(1);
    expect(errorSummary(form).querySelector('.summary')).toBeNull();
  });

  it('still shows the log’s own answer when it did answer (a 409 is not kept)', async () => {
    respond = (call) => (call.method === 'POST' ? problem(409, 'Conflict') : json({}));
    const form = await renderForm();

    await logFourOfFive(form);

    expect(outbox.entries('alex')).toEqual([]);
    expect(text(form)).toContain('This meeting is already in the log.');
  });
});

describe('hrw-meeting-outbox', () => {
  it('shows nothing when nothing waits, and nothing of another account’s', async () => {
    outbox.keep('sam', HOLYOKE.slug, INPUT, null);
    const element = await renderOutbox();
    expect(element.shadowRoot!.querySelector('section')).toBeNull();
  });

  it('tells a host signed in without a connection that what they log is kept here', async () => {
    const element = await renderOutbox();
    expect(text(element)).not.toContain('No connection');
    fakeSession.set({ offline: true });
    await settle(element);
    expect(text(element)).toContain('No connection right now. You stay signed in here');
    fakeSession.set({ offline: false });
  });

  it('shows what waits, sends it with "Send now", and says it was sent', async () => {
    outbox.keep('alex', HOLYOKE.slug, INPUT, null);
    respond = offline;
    const element = await renderOutbox();
    expect(text(element)).toContain('Waiting to send');
    expect(text(element)).toContain('One meeting is kept on this device');
    expect(text(element)).toContain(`Focused meeting · Tue, Dec 1, 2026 · ${HOLYOKE.name}`);
    const sentEvents: Event[] = [];
    element.addEventListener('hrw-kept-meeting-sent', (event) => sentEvents.push(event));

    button(element, 'Send now').click();
    await settle(element);
    expect(text(element)).toContain('Still no connection to the log. Nothing is lost');
    expect(outbox.entries('alex')).toHaveLength(1);

    respond = (call) => json({ id: 42, revision: 0, exercise: null, ...(call.body as object) }, 201);
    button(element, 'Send now').click();
    await settle(element);

    expect(posts().map((call) => call.body)).toEqual([INPUT, INPUT]);
    expect(element.shadowRoot!.querySelector('section')).toBeNull();
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe(
      `Sent: the focused meeting of Tue, Dec 1, 2026 is in the log of ${HOLYOKE.name}.`,
    );
    expect(sentEvents).toHaveLength(1);
    expect(outbox.entries('alex')).toEqual([]);
  });

  it('asks the host to sign in again when the sign-in ended, and keeps the meeting', async () => {
    outbox.keep('alex', HOLYOKE.slug, INPUT, null);
    respond = () => problem(401, 'Not signed in');
    const element = await renderOutbox();

    button(element, 'Send now').click();
    await settle(element);

    expect(text(element)).toContain('Your sign-in has ended');
    expect(outbox.entries('alex')).toHaveLength(1);
    button(element, 'Sign in again').click();
    expect(fakeSession.signIn).toHaveBeenCalled();
  });

  it('shows a meeting the log already has differently, lets the host change its date and send it', async () => {
    outbox.keep('alex', HOLYOKE.slug, INPUT, null);
    const other = { id: 3, date: INPUT.date, meeting: 'focused', exercise: null, headcount: '6-10', rating: 2, note: null, shareNote: false, revision: 0 };
    respond = (call) =>
      call.method === 'POST' ? problem(409, 'Conflict') : json({ items: [other], page: 0, size: 20, total: 1 });
    const element = await renderOutbox(HOLYOKE.slug);
    button(element, 'Send now').click();
    await settle(element);
    expect(text(element)).toContain('The log already has a focused meeting on this date with different details');
    expect(element.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(`/groups/${HOLYOKE.slug}/meetings`);

    button(element, 'Change it').click();
    await settle(element);
    const form = element.shadowRoot!.querySelector('hrw-meeting-log-form')!;
    const date = form.shadowRoot!.querySelector<HTMLInputElement>('#date')!;
    expect(date.value).toBe(INPUT.date);
    date.value = '2026-11-30';
    date.dispatchEvent(new Event('input'));
    respond = (call) => json({ id: 43, revision: 0, exercise: null, ...(call.body as object) }, 201);
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(element);
    await settle(form);

    expect(posts().at(-1)!.body).toEqual({ ...INPUT, date: '2026-11-30' });
    expect(outbox.entries('alex')).toEqual([]);
    expect(text(element)).toContain('Sent: the changed meeting is in the log.');
  });

  it('shows the server’s reasons for a meeting it would not take, and lets the host discard it', async () => {
    outbox.keep('alex', HOLYOKE.slug, INPUT, null);
    respond = () => problem(400, 'Invalid input', { violations: [{ field: 'record.input.date', message: 'must not be in the future' }] });
    const element = await renderOutbox();
    button(element, 'Send now').click();
    await settle(element);
    expect(text(element)).toContain('The log could not take it as it is: the date must not be in the future.');

    button(element, 'Discard it').click();
    await settle(element);

    expect(outbox.entries('alex')).toEqual([]);
    expect(element.shadowRoot!.querySelector('section')).toBeNull();
  });
});

describe('sending kept meetings by themselves', () => {
  it('sends when the network returns and when the app starts signed in, never while signed out or as another account', async () => {
    startSendingKeptMeetings();
    outbox.keep('alex', HOLYOKE.slug, INPUT, null);
    outbox.keep('alex', HOLYOKE.slug, { ...INPUT, meeting: 'open' }, null);
    fakeSession.set({ status: 'signed-out', account: null });
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(fakeSession.reconnect).toHaveBeenCalled());
    fakeSession.set({ status: 'signed-in', account: 'sam' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posts()).toEqual([]);

    // Starting (or signing in) with the backend in reach: the first goes, the second meets the network gone.
    let answered = 0;
    respond = (call) => {
      if (answered++ > 0) {
        throw new TypeError('Failed to fetch');
      }
      return json({ id: 42, revision: 0, exercise: null, ...(call.body as object) }, 201);
    };
    fakeSession.set({ status: 'signed-in', account: 'alex', offline: false });
    await vi.waitFor(() => expect(posts()).toHaveLength(2));
    await vi.waitFor(() => expect(outbox.sending).toBe(false));
    expect(outbox.entries('alex').map((entry) => entry.input.meeting)).toEqual(['open']);

    // The network returns: the rest goes.
    respond = (call) => json({ id: 43, revision: 0, exercise: null, ...(call.body as object) }, 201);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(outbox.entries('alex')).toEqual([]));
    expect(posts()).toHaveLength(3);
  });

  it('tries again by itself while meetings wait, for a connection that returns without an online event', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date(2026, 11, 1, 20, 30) });
    const stop = retryKeptMeetings();
    try {
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      expect(calls).toEqual([]); // nothing waits, nothing is asked

      outbox.keep('alex', HOLYOKE.slug, INPUT, null);
      respond = offline;
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      expect(posts()).toHaveLength(1);
      expect(outbox.entries('alex')).toHaveLength(1);

      respond = (call) => json({ id: 44, revision: 0, exercise: null, ...(call.body as object) }, 201);
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      await vi.waitFor(() => expect(outbox.entries('alex')).toEqual([]));
      await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
      expect(posts()).toHaveLength(2);
    } finally {
      stop();
    }
  });

  it('stops trying once the sign-in is refused: only signing in again helps', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date(2026, 11, 1, 20, 30) });
    const stop = retryKeptMeetings();
    try {
      outbox.keep('alex', HOLYOKE.slug, INPUT, null);
      respond = () => problem(401, 'Not signed in');
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      await vi.waitFor(() => expect(outbox.needsSignIn('alex')).toBe(true));
      await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
      expect(posts()).toHaveLength(1);
      expect(outbox.entries('alex')).toHaveLength(1);
    } finally {
      stop();
      // Signed in again: the next send goes, and the outbox no longer waits for a sign-in (for the tests after).
      respond = (call) => json({ id: 45, revision: 0, exercise: null, ...(call.body as object) }, 201);
      await sendNow();
    }
  });

  it('does not try again for a meeting the log refused: that one waits for the host', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date(2026, 11, 1, 20, 30) });
    const stop = retryKeptMeetings();
    try {
      outbox.keep('alex', HOLYOKE.slug, INPUT, null);
      respond = () => problem(400, 'Invalid input', { violations: [{ field: 'record.input.date', message: 'must not be in the future' }] });
      await vi.advanceTimersByTimeAsync(RETRY_MS);
      await vi.waitFor(() => expect(outbox.entries('alex')[0]?.problem).toBeTruthy());
      await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
      expect(posts()).toHaveLength(1);
    } finally {
      stop();
    }
  });
});
