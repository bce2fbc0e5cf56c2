import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Group } from '../../../src/api/groups.js';
import type { SessionState } from '../../../src/auth/session.js';
import { json, problem, recordingFetch, type Call } from '../../meetings/fixtures.js';

const fakeSession = vi.hoisted(() => {
  class FakeSession extends EventTarget {
    state: SessionState = { status: 'signed-out', displayName: null, steward: false, hosts: [], notice: null };
    signIn = vi.fn(async () => undefined);
    register = vi.fn(async () => undefined);
    set(state: Partial<SessionState>) {
      this.state = { ...this.state, ...state };
      this.dispatchEvent(new Event('change'));
    }
  }
  return new FakeSession();
});
vi.mock('../../../src/auth/session.js', () => ({ session: fakeSession }));

await import('../../../src/pages/groups/hrw-group-join.js');
const { codeFromAddress } = await import('../../../src/pages/groups/hrw-group-join.js');
type HrwGroupJoin = import('../../../src/pages/groups/hrw-group-join.js').HrwGroupJoin;

const CODE = '0a1b2c3d4e5f60718293a4b5';
const NORTHAMPTON = { slug: 'northampton-example', name: 'Harm Reduction Works-HRW Northampton (example)', timeZone: 'America/New_York' };
const GROUP = {
  slug: NORTHAMPTON.slug,
  name: NORTHAMPTON.name,
  format: 'focused',
  languages: ['es', 'en'],
  youHost: true,
} as unknown as Group;

const calls: Call[] = [];
let answer: (call: Call) => Response;

beforeEach(() => {
  calls.length = 0;
  answer = () => json(GROUP);
  localStorage.clear();
  vi.stubGlobal('fetch', vi.fn(recordingFetch(calls, () => answer)));
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  fakeSession.signIn.mockClear();
  fakeSession.register.mockClear();
  fakeSession.set({ status: 'signed-out', displayName: null, hosts: [] });
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function open(address = '/groups/join'): Promise<HrwGroupJoin> {
  window.history.replaceState(null, '', address);
  const page = document.createElement('hrw-group-join');
  document.body.append(page);
  await settle(page);
  return page;
}

async function signedIn(address?: string, hosts: SessionState['hosts'] = []): Promise<HrwGroupJoin> {
  fakeSession.set({ status: 'signed-in', displayName: 'Sam', hosts });
  return open(address);
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

function field(page: HrwGroupJoin): HTMLInputElement {
  return page.shadowRoot!.querySelector<HTMLInputElement>('input#code')!;
}

async function enter(page: HrwGroupJoin, code: string): Promise<void> {
  const input = field(page);
  input.value = code;
  input.dispatchEvent(new Event('input'));
  await page.updateComplete;
  button(page.shadowRoot!, 'Become a co-host').click();
  await settle(page);
}

describe('the co-host join page', () => {
  it('reads the code from the link it was sent with', () => {
    expect(codeFromAddress(`?code=${CODE}`)).toBe(CODE);
    expect(codeFromAddress('?code=%20abc%20')).toBe('abc');
    expect(codeFromAddress('')).toBe('');
  });

  it('explains itself to someone signed out and brings them back with the code after signing in or registering', async () => {
    const page = await open(`/groups/join?code=${CODE}`);
    const root = page.shadowRoot!;
    expect(words(root)).toContain('They give you a one-time code');
    expect(words(root)).toContain('You come straight back here with your code filled in.');
    expect(root.querySelector('input')).toBeNull();

    button(root, 'Sign in to continue').click();
    expect(fakeSession.signIn).toHaveBeenCalledWith(`/groups/join?code=${CODE}`);
    button(root, 'Create an account').click();
    expect(fakeSession.register).toHaveBeenCalledWith(`/groups/join?code=${CODE}`);
    expect(calls).toEqual([]);
  });

  it('returns to the bare page when the link had no code', async () => {
    const page = await open();
    button(page.shadowRoot!, 'Sign in to continue').click();
    expect(fakeSession.signIn).toHaveBeenCalledWith('/groups/join');
  });

  it('fills the code in from the link, and on success names the group and links to where hosts work', async () => {
    const page = await signedIn(`/groups/join?code=${CODE}`);
    const root = page.shadowRoot!;
    expect(field(page).value).toBe(CODE);
    expect(calls).toEqual([]); // nobody becomes a host without pressing the button

    button(root, 'Become a co-host').click();
    await settle(page);

    expect(calls).toEqual([{ method: 'POST', url: '/api/v1/invitations', body: { code: CODE } }]);
    const heading = root.querySelector('#joined');
    expect(words(heading)).toBe('You now co-host Harm Reduction Works-HRW Northampton (example)');
    expect(root.activeElement).toBe(heading);
    const links = [...root.querySelectorAll('a')].map((a) => [words(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Go to the group’s page', '/groups/northampton-example'],
      ['Open host mode', '/script/host?meeting=focused&lang=es&group=northampton-example'],
      ['Meeting log and planning', '/groups/northampton-example/meetings'],
    ]);
    // Host mode opens on this group, and the used code leaves the address bar.
    expect(localStorage.getItem('hrw-host-group')).toBe('northampton-example');
    expect(window.location.pathname + window.location.search).toBe('/groups/join');
  });

  it('sends the code as typed, spaces and capitals too: the server forgives them', async () => {
    const page = await signedIn();
    await enter(page, ' 0A1B 2C3D 4E5F 6071 8293 A4B5 ');
    expect(calls[0]?.body).toEqual({ code: ' 0A1B 2C3D 4E5F 6071 8293 A4B5 ' });
  });

  it('tells someone who already hosts the group that the code is still there for its person', async () => {
    const page = await signedIn(`/groups/join?code=${CODE}`, [NORTHAMPTON]);
    button(page.shadowRoot!, 'Become a co-host').click();
    await settle(page);
    expect(words(page.shadowRoot!.querySelector('.alert'))).toBe(
      'You already host Harm Reduction Works-HRW Northampton (example) Nothing changed, and the code was not used up: it still works for the person it was meant for.',
    );
  });

  it('asks for a code before sending anything', async () => {
    const page = await signedIn();
    await enter(page, '   ');
    expect(calls).toEqual([]);
    const input = field(page);
    expect(words(page.shadowRoot!.querySelector('#code-error'))).toBe('Enter the code you were given. It is 24 letters and numbers.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('code-hint code-error');
    expect(page.shadowRoot!.activeElement).toBe(input);
  });

  it.each([
    [problem(404, 'Not found', { type: 'urn:hrw:problem:not-found', detail: 'We do not know that code.' }), 'We do not recognise that code. Check it against the one you were given (24 letters and numbers), or ask the host for a new one.'],
    [problem(410, 'Code already used', { type: 'urn:hrw:problem:invitation-used' }), 'That code has already been used. Each code works once, so ask the host to make you a new one.'],
    [problem(410, 'Code expired', { type: 'urn:hrw:problem:invitation-expired' }), 'That code has expired: codes work for seven days. Ask the host to make you a new one.'],
    [problem(400, 'Invalid request', { type: 'urn:hrw:problem:validation', violations: [{ field: 'code', message: 'size must be between 0 and 64' }] }), 'That does not look like a co-host code. It is 24 letters and numbers; copy it again from the message you were sent.'],
    [problem(503, 'Database unavailable'), 'We could not reach the server just now. Check the connection, then try again.'],
  ])('says in plain words what a refused code means (%#)', async (response, message) => {
    answer = () => response;
    const page = await signedIn();
    await enter(page, 'f00dfeedf00dfeedf00dfeed');
    const error = page.shadowRoot!.querySelector('#code-error');
    expect(words(error)).toBe(message);
    expect(error?.getAttribute('role')).toBe('alert');
    expect(page.shadowRoot!.activeElement).toBe(field(page));
    expect(field(page).value).toBe('f00dfeedf00dfeedf00dfeed');
    expect(localStorage.getItem('hrw-host-group')).toBeNull();

    // Typing again clears the message; a second try that works shows the group.
    field(page).value = CODE;
    field(page).dispatchEvent(new Event('input'));
    await page.updateComplete;
    expect(page.shadowRoot!.querySelector('#code-error')).toBeNull();
    answer = () => json(GROUP);
    button(page.shadowRoot!, 'Become a co-host').click();
    await settle(page);
    expect(words(page.shadowRoot!.querySelector('#joined'))).toContain('You now co-host');
  });

  it('waits while the sign-in is being checked, then shows the form', async () => {
    fakeSession.set({ status: 'busy' });
    const page = await open(`/groups/join?code=${CODE}`);
    expect(words(page.shadowRoot!.querySelector('[role="status"]'))).toBe('Checking who you are…');
    fakeSession.set({ status: 'signed-in', displayName: 'Sam', hosts: [] });
    await settle(page);
    expect(field(page).value).toBe(CODE);
  });
});
