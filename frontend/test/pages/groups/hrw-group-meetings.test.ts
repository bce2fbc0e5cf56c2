import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingLogEntry, PlanEntry } from '../../../src/api/meetings.js';
import type { SessionState } from '../../../src/auth/session.js';
import { json, problem, recordingFetch, summary, type Call } from '../../meetings/fixtures.js';

const fakeSession = vi.hoisted(() => {
  class FakeSession extends EventTarget {
    state: SessionState = { status: 'signed-out', displayName: null, steward: false, hosts: [], notice: null };
    signIn = vi.fn(async () => undefined);
    reconnect = vi.fn(async () => undefined);
    renew = vi.fn(async () => false);
    set(state: Partial<SessionState>) {
      this.state = { ...this.state, ...state };
      this.dispatchEvent(new Event('change'));
    }
  }
  return new FakeSession();
});
vi.mock('../../../src/auth/session.js', () => ({ session: fakeSession }));

await import('../../../src/pages/groups/hrw-group-meetings.js');
const { meetingsSlug } = await import('../../../src/pages/groups/hrw-group-meetings.js');
type HrwGroupMeetings = import('../../../src/pages/groups/hrw-group-meetings.js').HrwGroupMeetings;
type HrwMeetingLogForm = import('../../../src/components/hrw-meeting-log-form.js').HrwMeetingLogForm;

const GROUP = { slug: 'worcester-example', name: 'Harm Reduction Works-HRW Worcester (example)', timeZone: 'America/New_York' };
const SHAME = { slug: 'listening-to-shame', title: 'Listening to shame', suggestedMinutes: 20 };

function entry(id: number, date: string, extra: Partial<MeetingLogEntry> = {}): MeetingLogEntry {
  return { id, date, meeting: 'open', exercise: null, headcount: null, rating: 3, note: null, shareNote: false, revision: 1, ...extra };
}

const NEWEST = entry(12, '2026-11-23', { exercise: SHAME, headcount: '6-10', rating: 4, note: 'Warm.\nLots of laughter.', shareNote: true, revision: 2 });
const OLDER = entry(11, '2026-11-16', { meeting: 'focused' });
const PLANNED: PlanEntry = { date: '2026-12-04', exercise: SHAME, chooser: 'River', showPublicly: false, revision: 3 };

const calls: Call[] = [];
let routes: Record<string, (call: Call) => Response>;

function answer(call: Call): Response {
  const path = call.url.split('?')[0]!;
  const route = routes[`${call.method} ${path}`] ?? routes[`${call.method} ${call.url}`];
  return route ? route(call) : problem(404, 'Not Found');
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 27, 10) });
  calls.length = 0;
  routes = {
    'GET /api/v1/groups/worcester-example/meetings': () => json({ items: [NEWEST, OLDER], page: 0, size: 20, total: 2 }),
    'GET /api/v1/groups/worcester-example/plan': () => json([PLANNED]),
  };
  window.history.replaceState(null, '', '/groups/worcester-example/meetings');
  vi.stubGlobal('fetch', vi.fn(recordingFetch(calls, () => answer)));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  fakeSession.set({ status: 'signed-out', displayName: null, hosts: [] });
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function open(): Promise<HrwGroupMeetings> {
  const page = document.createElement('hrw-group-meetings');
  document.body.append(page);
  await settle(page);
  return page;
}

async function signedIn(): Promise<HrwGroupMeetings> {
  fakeSession.set({ status: 'signed-in', displayName: 'Alex', hosts: [GROUP] });
  return open();
}

function words(element: Element | ShadowRoot | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((item) => item.textContent?.trim() === name);
  if (!found) {
    throw new Error(`No "${name}" button`);
  }
  return found;
}

async function planForm(page: HrwGroupMeetings, date: string) {
  const form = page.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(`hrw-plan-entry-form[data-date="${date}"]`)!;
  await settle(form);
  return form;
}

const writes = () => calls.filter((call) => call.method !== 'GET');

describe('the meeting log and planning page', () => {
  it('keeps a meeting on the device when the log cannot be reached, shows it waiting, and shows the log again once it is sent', async () => {
    localStorage.clear();
    fakeSession.set({ account: 'alex' });
    const page = await signedIn();
    routes['POST /api/v1/groups/worcester-example/meetings'] = () => {
      throw new TypeError('Failed to fetch');
    };
    const form = page.shadowRoot!.querySelector<HrwMeetingLogForm>('#new-entry')!;
    const good = [...form.shadowRoot!.querySelectorAll<HTMLLabelElement>('#rating label')].find((label) => label.textContent!.includes('Good'))!;
    good.querySelector('input')!.click();
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(form);
    await settle(page);

    expect(words(page.shadowRoot!.querySelector('.alert.success'))).toBe(
      'Kept on this device: the open meeting on Fri, Nov 27, 2026. It is waiting to send and goes to the log when the connection is back.',
    );
    const waiting = page.shadowRoot!.querySelector('hrw-meeting-outbox')!;
    expect(words(waiting.shadowRoot!.querySelector('section'))).toContain('Open meeting · Fri, Nov 27, 2026');

    routes['POST /api/v1/groups/worcester-example/meetings'] = (call) => json(entry(13, '2026-11-27', { rating: (call.body as { rating: number }).rating }), 201);
    const reads = calls.filter((call) => call.method === 'GET' && call.url.includes('/meetings')).length;
    button(waiting.shadowRoot!, 'Send now').click();
    await settle(waiting);
    await settle(page);

    expect(waiting.shadowRoot!.querySelector('section')).toBeNull();
    expect(calls.filter((call) => call.method === 'GET' && call.url.includes('/meetings')).length).toBe(reads + 1);
    fakeSession.set({ account: null });
  });

  it('reads the group from the address', () => {
    expect(meetingsSlug('/groups/worcester-example/meetings')).toBe('worcester-example');
  });

  it('asks someone signed out to sign in, and asks the server nothing', async () => {
    const page = await open();
    button(page.shadowRoot!, 'Sign in to continue').click();
    expect(fakeSession.signIn).toHaveBeenCalledWith('/groups/worcester-example/meetings');
    expect(calls).toEqual([]);
  });

  it('is kind to someone who does not host the group', async () => {
    routes['GET /api/v1/groups/worcester-example/meetings'] = () => problem(403, 'Forbidden');
    routes['GET /api/v1/groups/worcester-example/plan'] = () => problem(403, 'Forbidden');
    const page = await signedIn();
    const root = page.shadowRoot!;
    expect(root.querySelector('h1')?.textContent).toBe('Only this group’s hosts can see its log');
    expect(root.querySelector('hrw-meeting-log-form')).toBeNull();
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/groups/worcester-example');
  });

  it('lists the log newest first, without names, and pages through it', async () => {
    routes['GET /api/v1/groups/worcester-example/meetings'] = (call) =>
      call.url.endsWith('page=1')
        ? json({ items: [entry(3, '2026-01-05')], page: 1, size: 2, total: 3 })
        : json({ items: [NEWEST, OLDER], page: 0, size: 2, total: 3 });
    const page = await signedIn();
    const root = page.shadowRoot!;
    expect(calls.map((call) => call.url)).toEqual(['/api/v1/groups/worcester-example/meetings?page=0', '/api/v1/groups/worcester-example/plan']);
    expect(words(root.querySelector('.lead'))).toContain('Harm Reduction Works-HRW Worcester (example).');
    const items = [...root.querySelectorAll('.entries > li')];
    expect(items.map((item) => item.querySelector('h3')?.textContent)).toEqual(['Mon, Nov 23, 2026 · Open meeting', 'Mon, Nov 16, 2026 · Focused meeting']);
    expect(words(items[0])).toContain(
      'Exercise Listening to shame About how many came 6–10 How it went 4 of 5, good Note Warm. Lots of laughter. Shared with other groups under the group’s name.',
    );
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('/exercises/listening-to-shame');
    expect(words(items[1])).toContain('Exercise None About how many came Not counted How it went 3 of 5, okay');

    const hostMode = [...root.querySelectorAll('a')].filter((a) => a.textContent === 'host mode');
    expect(hostMode.map((a) => a.getAttribute('href'))).toEqual(['/script/host?group=worcester-example']);

    expect(words(root.querySelector('.pages'))).toContain('Page 1 of 2');
    button(root, 'Older').click();
    await settle(page);
    expect(calls.at(-1)?.url).toBe('/api/v1/groups/worcester-example/meetings?page=1');
    expect([...root.querySelectorAll('.entries h3')].map((h) => h.textContent)).toEqual(['Mon, Jan 5, 2026 · Open meeting']);
  });

  it('logs a meeting with the shared form, then shows it in the log', async () => {
    let logged = false;
    routes['POST /api/v1/groups/worcester-example/meetings'] = (call) => {
      logged = true;
      return json({ ...entry(13, '2026-11-26'), ...(call.body as object) }, 201);
    };
    routes['GET /api/v1/groups/worcester-example/meetings'] = () =>
      json({ items: logged ? [entry(13, '2026-11-26', { rating: 5 }), NEWEST, OLDER] : [NEWEST, OLDER], page: 0, size: 20, total: 3 });
    const page = await signedIn();
    const form = page.shadowRoot!.querySelector('hrw-meeting-log-form')!;
    const root = form.shadowRoot!;
    const date = root.querySelector<HTMLInputElement>('#date')!;
    expect(date.value).toBe('2026-11-27');
    expect(date.max).toBe('2026-11-27');
    date.value = '2026-11-26';
    date.dispatchEvent(new Event('input'));
    [...root.querySelectorAll('#rating label')].find((label) => words(label) === '5 Great')!.querySelector('input')!.click();
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    await settle(page);
    expect(writes()).toEqual([
      {
        method: 'POST',
        url: '/api/v1/groups/worcester-example/meetings',
        body: { date: '2026-11-26', meeting: 'open', exerciseSlug: null, headcount: null, rating: 5, note: null, shareNote: false },
      },
    ]);
    expect(words(page.shadowRoot!.querySelector('.alert.success'))).toBe('Logged: the open meeting on Thu, Nov 26, 2026.');
    expect(page.shadowRoot!.querySelector('.entries h3')?.textContent).toBe('Thu, Nov 26, 2026 · Open meeting');
    expect(root.querySelector<HTMLInputElement>('#date')!.value).toBe('2026-11-27');
  });

  it('changes an entry with its revision, and explains an edit over another host’s', async () => {
    routes['PUT /api/v1/groups/worcester-example/meetings/12'] = () => problem(409, 'Conflict');
    const page = await signedIn();
    const root = page.shadowRoot!;
    [...root.querySelectorAll('button')].find((item) => item.getAttribute('aria-label') === 'Change Mon, Nov 23, 2026 · Open meeting')!.click();
    await settle(page);
    const form = root.querySelector<HrwMeetingLogForm>('.entries hrw-meeting-log-form')!;
    await settle(form);
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(writes()).toEqual([
      {
        method: 'PUT',
        url: '/api/v1/groups/worcester-example/meetings/12',
        body: {
          entry: { date: '2026-11-23', meeting: 'open', exerciseSlug: 'listening-to-shame', headcount: '6-10', rating: 4, note: 'Warm.\nLots of laughter.', shareNote: true },
          revision: 2,
        },
      },
    ]);
    const alert = form.shadowRoot!.querySelector('[role="alert"]')!;
    expect(words(alert)).toContain('Another host changed this entry while you were editing it, so your change was not saved.');
    const before = calls.length;
    button(form.shadowRoot!, 'Load the latest log').click();
    await settle(page);
    expect(calls.slice(before).map((call) => call.url)).toEqual(['/api/v1/groups/worcester-example/meetings?page=0']);
    expect(root.querySelector('.entries hrw-meeting-log-form')).toBeNull();
  });

  it('deletes an entry only after asking', async () => {
    routes['DELETE /api/v1/groups/worcester-example/meetings/11'] = () => new Response(null, { status: 204 });
    const page = await signedIn();
    const root = page.shadowRoot!;
    [...root.querySelectorAll('button')].find((item) => item.getAttribute('aria-label') === 'Delete Mon, Nov 16, 2026 · Focused meeting')!.click();
    await settle(page);
    expect(writes()).toEqual([]);
    expect(words(root.querySelector('.entries [role="alert"]'))).toContain('Delete the entry for Mon, Nov 16, 2026 · Focused meeting? This cannot be undone.');
    button(root, 'Delete it').click();
    await settle(page);
    expect(writes()).toEqual([{ method: 'DELETE', url: '/api/v1/groups/worcester-example/meetings/11', body: undefined }]);
    expect(root.activeElement?.id).toBe('log-heading');
  });

  it('saves a planned date with the revision it was loaded with, and explains a stale one', async () => {
    routes['PUT /api/v1/groups/worcester-example/plan/2026-12-04'] = (call) =>
      json({ ...PLANNED, chooser: (call.body as { chooser: string }).chooser, showPublicly: true, revision: 4 });
    const page = await signedIn();
    const form = await planForm(page, '2026-12-04');
    const root = form.shadowRoot!;
    expect(words(root.querySelector('h3'))).toBe('Fri, Dec 4, 2026');
    expect(words(root.querySelector('.exercise'))).toBe('Listening to shame · About 20 minutes');
    expect(words(root.querySelector('#chooser-hint'))).toContain('Only this group’s hosts see it.');
    const chooser = root.querySelector<HTMLInputElement>('#chooser')!;
    expect(chooser.value).toBe('River');
    chooser.value = '  Sam ';
    chooser.dispatchEvent(new Event('input'));
    root.querySelector<HTMLInputElement>('#showPublicly')!.click();
    button(root, 'Save').click();
    await settle(form);
    expect(writes()).toEqual([
      {
        method: 'PUT',
        url: '/api/v1/groups/worcester-example/plan/2026-12-04',
        body: { exerciseSlug: 'listening-to-shame', chooser: 'Sam', showPublicly: true, revision: 3 },
      },
    ]);
    expect(words(root.querySelector('[role="status"]'))).toBe('Saved.');

    // The next save carries the revision the server answered with.
    routes['PUT /api/v1/groups/worcester-example/plan/2026-12-04'] = () => problem(409, 'Conflict');
    button(root, 'No exercise').click();
    await settle(form);
    button(root, 'Save').click();
    await settle(form);
    expect(writes().at(-1)?.body).toEqual({ exerciseSlug: null, chooser: 'Sam', showPublicly: true, revision: 4 });
    expect(words(root.querySelector('[role="alert"]'))).toContain('Another host changed the plan for this date while you were editing it');
  });

  it('adds a date to plan with an exercise from the picker, saved as new', async () => {
    routes['GET /api/v1/exercises'] = () => json({ items: [summary('words-matter', 'Words matter', { suggestedMinutes: 15 })], page: 0, size: 8, total: 1 });
    routes['PUT /api/v1/groups/worcester-example/plan/2026-12-11'] = () =>
      json({ date: '2026-12-11', exercise: { slug: 'words-matter', title: 'Words matter', suggestedMinutes: 15 }, chooser: null, showPublicly: false, revision: 0 });
    const page = await signedIn();
    const root = page.shadowRoot!;
    const add = root.querySelector<HTMLInputElement>('#new-date')!;
    expect(add.min).toBe('2026-11-27');
    button(root, 'Add this date').click();
    await settle(page);
    expect(words(root.querySelector('#new-date-error'))).toBe('Choose a date first.');

    add.value = '2026-12-11';
    add.dispatchEvent(new Event('input'));
    button(root, 'Add this date').click();
    await settle(page);
    expect([...root.querySelectorAll('hrw-plan-entry-form')].map((form) => form.getAttribute('data-date'))).toEqual(['2026-12-04', '2026-12-11']);
    const form = await planForm(page, '2026-12-11');
    const formRoot = form.shadowRoot!;
    expect(words(formRoot.querySelector('h3'))).toBe('Fri, Dec 11, 2026 (not saved yet)');
    expect(formRoot.activeElement?.id).toBe('date-heading');

    const chooser = formRoot.querySelector('hrw-exercise-chooser')!;
    button(chooser.shadowRoot!, 'Choose from the library').click();
    await settle(chooser);
    const picker = chooser.shadowRoot!.querySelector('hrw-exercise-picker')!;
    await settle(picker);
    picker.shadowRoot!.querySelector<HTMLButtonElement>('.results button')!.click();
    await settle(form);
    button(formRoot, 'Save').click();
    await settle(form);
    await settle(page);
    expect(writes()).toEqual([
      {
        method: 'PUT',
        url: '/api/v1/groups/worcester-example/plan/2026-12-11',
        body: { exerciseSlug: 'words-matter', chooser: null, showPublicly: false, revision: null },
      },
    ]);
    expect(words((await planForm(page, '2026-12-11')).shadowRoot!.querySelector('h3'))).toBe('Fri, Dec 11, 2026');
  });

  it('removes a planned date', async () => {
    routes['DELETE /api/v1/groups/worcester-example/plan/2026-12-04'] = () => new Response(null, { status: 204 });
    const page = await signedIn();
    const form = await planForm(page, '2026-12-04');
    button(form.shadowRoot!, 'Remove this date').click();
    await settle(form);
    await settle(page);
    expect(writes()).toEqual([{ method: 'DELETE', url: '/api/v1/groups/worcester-example/plan/2026-12-04', body: undefined }]);
    expect(page.shadowRoot!.querySelector('hrw-plan-entry-form')).toBeNull();
    expect(words(page.shadowRoot!)).toContain('Nothing planned yet.');
  });
});
