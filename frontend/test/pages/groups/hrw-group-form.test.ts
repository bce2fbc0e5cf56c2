import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../../src/auth/session.js';

const fakeSession = vi.hoisted(() => {
  class FakeSession extends EventTarget {
    state: SessionState = { status: 'signed-out', displayName: null, steward: false, hosts: [], notice: null };
    signIn = vi.fn(async () => undefined);
    set(state: Partial<SessionState>) {
      this.state = { ...this.state, ...state };
      this.dispatchEvent(new Event('change'));
    }
  }
  return new FakeSession();
});
vi.mock('../../../src/auth/session.js', () => ({ session: fakeSession }));

await import('../../../src/pages/groups/hrw-group-form.js');
await import('../../../src/pages/groups/hrw-group-review.js');
const { editedSlug, namePreview } = await import('../../../src/pages/groups/hrw-group-form.js');

const GROUP = {
  slug: 'easthampton',
  name: 'Harm Reduction Works-HRW Easthampton',
  description: 'Hi.',
  format: 'open',
  focus: [],
  attendance: 'in-person',
  place: { city: 'Easthampton', region: 'MA', country: 'US', latitude: 42.27, longitude: -72.67, visibility: 'approximate' },
  onlineLinkOnRequest: false,
  schedule: { recurrence: 'weekly', days: ['tuesday'], start: '19:00:00', durationMinutes: 90, timeZone: 'America/New_York', changes: [] },
  upcoming: [],
  offerings: [],
  languages: ['en'],
  contact: { method: 'form' },
  status: 'active',
  stale: false,
  example: false,
  revision: 4,
  youHost: true,
  privateDetails: { privateEmail: 'hosts@example.org' },
};

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

type Handler = (method: string, url: string, body: unknown) => Response;
let handler: Handler;
const calls: { method: string; url: string; body: unknown; key?: string | null }[] = [];

beforeEach(() => {
  calls.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url: String(input), body, key: new Headers(init.headers).get('Idempotency-Key') });
      return handler(method, String(input), body);
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  fakeSession.set({ status: 'signed-out', displayName: null, steward: false });
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 12; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function open<K extends 'hrw-group-form' | 'hrw-group-review'>(tag: K, path: string) {
  window.history.replaceState(null, '', path);
  const element = document.createElement(tag);
  document.body.append(element);
  await settle(element);
  return element;
}

function type(root: ShadowRoot, id: string, value: string) {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const EASTHAMPTON_PLACES = {
  items: [{ name: 'Easthampton', region: 'MA', country: 'US', postalCode: null, latitude: 42.27, longitude: -72.67, label: 'Easthampton, MA, US', kind: 'city' }],
  attribution: 'GeoNames',
};

/** Types a town into the form's place search and picks the first suggestion; returns the search's shadow root. */
async function chooseTown(form: HTMLElement & { updateComplete: Promise<boolean> }, name: string) {
  const town = form.shadowRoot!.querySelector('hrw-place-search')!.shadowRoot!;
  type(town, 'town', name);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await settle(form);
  town.querySelector<HTMLButtonElement>('.suggestions button')!.click();
  await settle(form);
  return town;
}

describe('the register form', () => {
  it('knows which listing it edits', () => {
    expect(editedSlug('/groups/new')).toBeNull();
    expect(editedSlug('/groups/easthampton/edit')).toBe('easthampton');
  });

  it('explains itself and offers sign-in to someone signed out', async () => {
    handler = () => json({});
    const form = await open('hrw-group-form', '/groups/new');
    const root = form.shadowRoot!;
    expect(root.querySelector('form')).toBeNull();
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Sign in'))!;
    button.click();
    expect(fakeSession.signIn).toHaveBeenCalledWith('/groups/new');
    expect(calls).toEqual([]);
  });

  it('previews no name before a place name is typed', () => {
    expect(namePreview('  ')).toBe('Its name will be “Harm Reduction Works-HRW” followed by the place name.');
    expect(namePreview(' Easthampton ')).toBe('The group will be called “Harm Reduction Works-HRW Easthampton”.');
  });

  it('checks an empty form on submit: sends nothing, and a summary that takes focus links to each field', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    handler = () => json({});
    const form = await open('hrw-group-form', '/groups/new');
    const root = form.shadowRoot!;
    expect(root.querySelector('hrw-error-summary')!.shadowRoot!.textContent?.trim()).toBe('');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(form);
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);

    const summary = root.querySelector('hrw-error-summary')!;
    const box = summary.shadowRoot!.querySelector<HTMLElement>('.summary')!;
    expect(box.querySelector('h2')?.textContent).toBe('There are 4 problems');
    expect(summary.shadowRoot!.activeElement).toBe(box);
    const links = [...box.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#locality', '#town', '#days', '#privateEmail']);
    expect(links[0]?.textContent).toBe('Enter the group’s place name, such as your town or neighbourhood');

    const locality = root.querySelector<HTMLInputElement>('#locality')!;
    expect(locality.getAttribute('aria-invalid')).toBe('true');
    expect(locality.getAttribute('aria-describedby')).toBe('locality-hint locality-error');
    expect(root.querySelector('#locality-error')?.textContent).toBe(links[0]?.textContent);

    links[0]!.click();
    expect(root.activeElement).toBe(locality);
    links[2]!.click();
    expect(root.activeElement).toBe(root.querySelector('input[name="days"]'));

    // After a submit every field is checked as it is typed in: the message goes as soon as the name is there.
    type(root, 'locality', 'Easthampton');
    await settle(form);
    expect(root.querySelector('#locality-error')).toBeNull();
    expect(locality.getAttribute('aria-invalid')).toBe('false');
    expect([...box.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['#town', '#days', '#privateEmail']);
  });

  it('checks a field as it is typed only once it was left', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    handler = () => json({});
    const form = await open('hrw-group-form', '/groups/new');
    const root = form.shadowRoot!;
    type(root, 'privateEmail', 'sam@');
    await settle(form);
    expect(root.querySelector('#privateEmail-error')).toBeNull();
    root.querySelector('#privateEmail')!.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await settle(form);
    expect(root.querySelector('#privateEmail-error')?.textContent).toBe('Enter the private email address in the form name@example.org');
    type(root, 'privateEmail', 'sam@example.org');
    await settle(form);
    expect(root.querySelector('#privateEmail-error')).toBeNull();
    // Fields not yet visited stay quiet, and there is no summary before a submit.
    expect(root.querySelector('#locality-error')).toBeNull();
    expect(root.querySelector('hrw-error-summary')!.shadowRoot!.querySelector('.summary')).toBeNull();
  });

  it('previews the name, fills the town from a suggestion, and puts the server’s problems on their fields in plain words', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    handler = (_method, url) => {
      if (url.startsWith('/api/v1/places')) {
        return json(EASTHAMPTON_PLACES);
      }
      return json(
        {
          title: 'Invalid request',
          status: 400,
          violations: [
            { field: 'locality', message: 'is what follows "Harm Reduction Works-HRW" in the group\'s name (e.g. Northampton)' },
            { field: 'postalCode', message: 'size must be between 0 and 20' },
            { field: 'schedule.somethingNew', message: 'must not be null' },
          ],
        },
        400,
        'application/problem+json',
      );
    };
    const form = await open('hrw-group-form', '/groups/new');
    const root = form.shadowRoot!;
    type(root, 'locality', 'HRW Easthampton');
    await settle(form);
    expect(root.querySelector('.preview')?.textContent).toBe('The group will be called “Harm Reduction Works-HRW HRW Easthampton”.');

    const town = await chooseTown(form, 'Easthampton');
    await root.querySelector('hrw-place-search')!.updateComplete;
    expect(town.querySelector('#town-hint')?.textContent).toContain('Chosen: Easthampton, MA, US');
    expect(town.querySelector<HTMLInputElement>('#town')?.value).toBe('Easthampton, MA, US');
    expect(town.querySelector('.suggestions')).toBeNull();

    root.querySelector<HTMLInputElement>('input[name="days"][value="tuesday"]')!.click();
    type(root, 'durationMinutes', '75');
    type(root, 'privateEmail', 'hosts@example.org');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(form);

    const post = calls.find((call) => call.method === 'POST')!;
    expect(post.url).toBe('/api/v1/groups');
    expect(post.body).toMatchObject({
      locality: 'HRW Easthampton',
      city: 'Easthampton',
      region: 'MA',
      country: 'US',
      latitude: 42.27,
      longitude: -72.67,
      schedule: { recurrence: 'weekly', days: ['tuesday'], start: '19:00', durationMinutes: 75 },
      languages: ['en'],
      privateEmail: 'hosts@example.org',
    });
    expect(root.querySelector('#locality-error')?.textContent).toBe(
      'Enter only the place, such as Northampton: “Harm Reduction Works-HRW” is added to the name for you',
    );
    expect(root.querySelector('#postalCode-error')?.textContent).toBe('Keep the ZIP code to 20 characters or fewer');
    const summary = root.querySelector('hrw-error-summary')!.shadowRoot!;
    expect(summary.activeElement).toBe(summary.querySelector('.summary'));
    // A problem with no field of ours is said in the summary alone, with nothing to link to.
    expect([...summary.querySelectorAll('li')].map((item) => item.querySelector('a')?.getAttribute('href') ?? item.textContent)).toEqual([
      '#locality',
      '#postalCode',
      'schedule.somethingNew must not be null',
    ]);

    // Changing the field the server objected to takes its word away; the server is asked again on the next submit.
    type(root, 'locality', 'Easthampton');
    await settle(form);
    expect(root.querySelector('#locality-error')).toBeNull();
    expect(root.querySelector('#postalCode-error')).not.toBeNull();
  });

  it('sends a registration again with the same key after its answer was lost, and the next registration with a new one', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    let lost = true;
    handler = (method, url) => {
      if (url.startsWith('/api/v1/places')) {
        return json(EASTHAMPTON_PLACES);
      }
      if (method === 'POST' && lost) {
        // The request reached the server, but the phone never heard back.
        throw new TypeError('Failed to fetch');
      }
      return json(GROUP, 201);
    };
    const fillIn = async (form: HTMLElement & { updateComplete: Promise<boolean> }) => {
      const root = form.shadowRoot!;
      type(root, 'locality', 'Easthampton');
      await chooseTown(form, 'Easthampton');
      root.querySelector<HTMLInputElement>('input[name="days"][value="tuesday"]')!.click();
      type(root, 'privateEmail', 'hosts@example.org');
    };
    const submit = async (form: HTMLElement & { updateComplete: Promise<boolean> }) => {
      form.shadowRoot!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle(form);
    };
    const posts = () => calls.filter((call) => call.method === 'POST');

    const form = await open('hrw-group-form', '/groups/new');
    await fillIn(form);
    await submit(form);
    expect(form.shadowRoot!.querySelector('hrw-error-summary')!.shadowRoot!.textContent).toContain('We could not reach the server just now');
    lost = false;
    await submit(form);
    expect(form.shadowRoot!.querySelector('.alert.success')?.textContent).toContain('Harm Reduction Works-HRW Easthampton is registered');
    expect(posts()).toHaveLength(2);
    expect(posts()[0]!.key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(posts()[1]!.key).toBe(posts()[0]!.key);

    // Another registration is another key.
    const next = await open('hrw-group-form', '/groups/new');
    await fillIn(next);
    await submit(next);
    expect(posts()).toHaveLength(3);
    expect(posts()[2]!.key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(posts()[2]!.key).not.toBe(posts()[0]!.key);
  });

  it('sends the revision with an edit, and when someone else saved first says so where focus lands', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam' });
    handler = (method) =>
      method === 'PUT'
        ? json({ type: 'urn:hrw:problem:stale-edit', title: 'Conflict', status: 409 }, 409, 'application/problem+json')
        : json(GROUP);
    const form = await open('hrw-group-form', '/groups/easthampton/edit');
    const root = form.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('#locality')?.value).toBe('Easthampton');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(form);
    const put = calls.find((call) => call.method === 'PUT')!;
    expect(put.url).toBe('/api/v1/groups/easthampton');
    expect(put.body).toMatchObject({ revision: 4, listing: { locality: 'Easthampton', city: 'Easthampton' } });
    expect(root.textContent).toContain('Someone else changed this listing while you were editing it.');
    // Focus goes to the news, so a screen reader reads it and the two choices come next.
    const alert = root.querySelector('[role="alert"]')!;
    expect(root.activeElement).toBe(alert);
  });
});

describe('the review queue', () => {
  it('tells someone who is not a steward what it is for', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', steward: false });
    handler = () => json([]);
    const review = await open('hrw-group-review', '/groups/review');
    expect(review.shadowRoot?.textContent).toContain('this account is not a steward');
    expect(calls).toEqual([]);
  });

  it('shows each listing as its page will: the schedule, the next meetings, the place as the public sees it, the description', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    const next = { start: '2026-12-09T00:00:00Z', localStart: '2026-12-08T19:00:00', timeZone: 'America/New_York', durationMinutes: 90, moved: false };
    handler = () =>
      json([{ ...GROUP, status: 'pending', description: 'We meet upstairs.\nThe door is on the left.', nextMeeting: next, upcoming: [next] }]);
    const review = await open('hrw-group-review', '/groups/review');
    const listing = review.shadowRoot!.querySelector('.listing')!;
    const text = listing.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Every Tuesday, 7:00–8:30 PM');
    expect(text).toContain('Next: Tue, Dec 8');
    expect(text).toContain('Near Easthampton, MA; the exact place is shared when you ask.');
    expect(listing.querySelector('.description')?.textContent).toBe('We meet upstairs.\nThe door is on the left.');
    const card = review.shadowRoot!.querySelector('hrw-group-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).not.toContain('No meeting on the calendar yet');
  });

  it('approves, and declines only with a reason', async () => {
    fakeSession.set({ status: 'signed-in', displayName: 'Ana', steward: true });
    handler = (method) => (method === 'GET' ? json([GROUP, { ...GROUP, slug: 'other', name: 'Harm Reduction Works-HRW Other' }]) : new Response(null, { status: 204 }));
    const review = await open('hrw-group-review', '/groups/review');
    const root = review.shadowRoot!;
    const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(text))!;
    button('Approve Harm Reduction Works-HRW Easthampton').click();
    await settle(review);
    expect(calls.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/review/groups/easthampton/approval' });
    expect(root.textContent).toContain('is approved and now in the directory');

    button('Decline…').click();
    await settle(review);
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(review);
    expect(root.querySelector('#reason-error')).not.toBeNull();
    type(root, 'reason', 'Please add the day you meet.');
    await settle(review);
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(review);
    expect(calls.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/v1/review/groups/other/decline',
      body: { reason: 'Please add the day you meet.' },
    });
    expect(root.textContent).toContain('Nothing is waiting');
  });
});
