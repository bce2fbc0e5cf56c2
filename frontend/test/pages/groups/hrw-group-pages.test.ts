import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Group, GroupSummary } from '../../../src/api/groups.js';
import '../../../src/pages/groups/hrw-group-finder.js';
import '../../../src/pages/groups/hrw-group-page.js';
import { slugFromPath } from '../../../src/pages/groups/hrw-group-page.js';

const SUMMARY: GroupSummary = {
  slug: 'northampton-example',
  name: 'Harm Reduction Works-HRW Northampton (example)',
  format: 'open',
  focus: [],
  attendance: 'in-person',
  place: { city: 'Northampton', region: 'MA', country: 'US', visibility: 'approximate' },
  distanceKm: 3.2,
  nextMeeting: {
    start: '2026-12-01T00:00:00Z',
    localStart: '2026-11-30T19:00:00',
    timeZone: 'America/New_York',
    durationMinutes: 90,
    moved: false,
  },
  offerings: ['food'],
  languages: ['en', 'es'],
  stale: true,
  example: true,
};

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

let respond: (url: string) => Response;
const calls: string[] = [];
/** What GET /api/v1/config says; the finder asks it whether to offer a map. */
let config: Record<string, unknown>;

beforeEach(() => {
  calls.length = 0;
  config = { siteName: 'Harm Reduction Works-HRW', oidc: { authority: 'http://127.0.0.1:1', clientId: 'hrw-web', scope: 'openid' } };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === '/api/v1/config') {
        return json(config);
      }
      calls.push(url);
      return respond(url);
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
});

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
  }
}

async function open<K extends 'hrw-group-finder' | 'hrw-group-page'>(tag: K, path: string) {
  window.history.replaceState(null, '', path);
  const element = document.createElement(tag);
  document.body.append(element);
  await settle(element);
  return element;
}

describe('the finder', () => {
  it('asks nothing until there is a place, and says what to do', async () => {
    respond = () => json({ items: [], page: 0, size: 20, total: 0 });
    const finder = await open('hrw-group-finder', '/groups');
    expect(calls).toEqual([]);
    expect(finder.shadowRoot?.textContent).toContain('Type a town or ZIP code, or use your location');
  });

  it('searches the shared link and lists what it finds', async () => {
    respond = () => json({ items: [SUMMARY], page: 0, size: 20, total: 1 });
    const finder = await open('hrw-group-finder', '/groups?near=Northampton%2C%20MA&format=open&radiusKm=50');
    expect(calls).toEqual(['/api/v1/groups?near=Northampton%2C+MA&radiusKm=50&format=open&size=20']);
    const root = finder.shadowRoot!;
    expect(root.querySelector('h2')?.textContent).toBe('1 group within 50 km (31 mi) of Northampton, MA');
    // The results come first; the search waits behind one button, holding the shared place.
    expect(root.querySelector('form')).toBeNull();
    [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Change the search')!.click();
    await settle(finder);
    const search = root.querySelector('hrw-place-search')!;
    await search.updateComplete;
    expect(search.shadowRoot?.querySelector<HTMLInputElement>('#near')?.value).toBe('Northampton, MA');
    const card = root.querySelector('hrw-group-card')!;
    await card.updateComplete;
    const text = card.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('3.2 km · 2.0 mi away');
    expect(text).toContain('Example listing');
    expect(text).toContain('Not confirmed recently');
    expect(text).toContain('Also offers: Food');
    expect(text).toContain('In English and Spanish');
    expect(card.shadowRoot?.querySelector('a')?.getAttribute('href')).toBe('/groups/northampton-example');
  });

  it('is kind when nothing is found, and offers a wider search', async () => {
    respond = () => json({ items: [], page: 0, size: 20, total: 0 });
    const finder = await open('hrw-group-finder', '/groups?near=01060');
    const root = finder.shadowRoot!;
    expect(root.textContent).toContain('We did not find a group for this search');
    const wider = [...root.querySelectorAll('button')].find((button) => button.textContent?.includes('Look within 50 km'));
    expect(wider).toBeTruthy();
    wider!.click();
    await settle(finder);
    expect(calls.at(-1)).toBe('/api/v1/groups?near=01060&radiusKm=50&size=20');
    expect(window.location.search).toBe('?near=01060&radiusKm=50');
  });

  it('searches a suggested place as soon as it is chosen, and Enter in the box searches what was typed', async () => {
    respond = (url) =>
      url.startsWith('/api/v1/places')
        ? json({
            items: [{ name: 'Florence', region: 'MA', country: 'US', postalCode: '01062', latitude: 42.33, longitude: -72.67, label: '01062 Florence, MA, US', kind: 'postal' }],
            attribution: 'Places: GeoNames',
          })
        : json({ items: [], page: 0, size: 20, total: 0 });
    const finder = await open('hrw-group-finder', '/groups');
    const search = finder.shadowRoot!.querySelector('hrw-place-search')!;
    const box = search.shadowRoot!.querySelector<HTMLInputElement>('#near')!;
    box.value = '0106';
    box.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(finder);
    await search.updateComplete;
    expect(finder.shadowRoot!.querySelector('.attribution')?.textContent).toBe('Places: GeoNames');
    search.shadowRoot!.querySelector<HTMLButtonElement>('.suggestions button')!.click();
    await settle(finder);
    expect(calls.at(-1)).toBe('/api/v1/groups?near=01062&size=20');
    expect(box.value).toBe('01062');

    box.value = 'Amherst, MA';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await settle(finder);
    expect(window.location.search).toBe('?near=Amherst%2C+MA');
  });

  it('offers a map only when the server configures one', async () => {
    respond = () => json({ items: [SUMMARY], page: 0, size: 20, total: 1 });
    const plain = await open('hrw-group-finder', '/groups?near=01060');
    const buttons = (root: ShadowRoot) => [...root.querySelectorAll('button')].map((button) => button.textContent?.trim());
    expect(buttons(plain.shadowRoot!)).not.toContain('Show map');
    expect(plain.shadowRoot!.querySelector('#map-panel')).toBeNull();
    plain.remove();

    config = { ...config, map: { tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' } };
    const withMap = await open('hrw-group-finder', '/groups?near=01060');
    const root = withMap.shadowRoot!;
    const toggle = [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Show map')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('map-panel');
    expect(root.querySelector('#map-panel')?.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('hrw-group-map')).toBeNull();
  });

  it('shows the server’s word about an unknown town next to the box', async () => {
    respond = () =>
      json(
        { title: 'Invalid request', status: 400, violations: [{ field: 'near', message: 'is not a town or postal code we know' }] },
        400,
        'application/problem+json',
      );
    const finder = await open('hrw-group-finder', '/groups?near=Zzz');
    const root = finder.shadowRoot!;
    const search = root.querySelector('hrw-place-search')!;
    await search.updateComplete;
    const box = search.shadowRoot!;
    expect(box.querySelector('#near-error')?.textContent).toBe('We could not find “Zzz”: it is not a town or postal code we know.');
    expect(box.querySelector('#near')?.getAttribute('aria-invalid')).toBe('true');
    expect(box.querySelector('#near')?.getAttribute('aria-describedby')).toBe('near-hint near-error');
  });
});

describe('the group page', () => {
  const GROUP: Group = {
    ...SUMMARY,
    description: 'We meet in the library.',
    place: { venue: 'Library', address: '1 Main St', city: 'Northampton', region: 'MA', country: 'US', latitude: 42.3, longitude: -72.6, visibility: 'exact' },
    onlineLinkOnRequest: false,
    schedule: {
      recurrence: 'every-other-week',
      days: ['wednesday'],
      start: '18:00:00',
      durationMinutes: 60,
      timeZone: 'America/New_York',
      changes: [{ date: '2026-12-09', kind: 'cancelled' }],
    },
    upcoming: [],
    contact: { method: 'email', email: 'hosts@example.org' },
    status: 'active',
    lastVerified: '2026-11-27',
    revision: 3,
    youHost: false,
  };

  it('reads the slug from the address', () => {
    expect(slugFromPath('/groups/a%20b')).toBe('a b');
  });

  const NOTHING_SHARED = () => json({ title: 'Not Found', status: 404 }, 404, 'application/problem+json');

  it('shows when, where and how to get in touch', async () => {
    respond = (url) => (url.endsWith('/next-exercise') ? NOTHING_SHARED() : json(GROUP));
    const page = await open('hrw-group-page', '/groups/northampton-example');
    expect(calls).toEqual(['/api/v1/groups/northampton-example', '/api/v1/groups/northampton-example/next-exercise']);
    const root = page.shadowRoot!;
    const text = root.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(root.querySelector('h1')?.textContent).toBe(GROUP.name);
    expect(text).toContain('Every other Wednesday, 6:00–7:00 PM');
    expect(text).toContain('No meeting on Wed, Dec 9');
    expect(text).toContain('Last confirmed by the hosts on Fri, Nov 27, 2026.');
    const links = Object.fromEntries([...root.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    expect(links['Add to calendar']).toBe('/api/v1/groups/northampton-example/calendar.ics');
    expect(links['Directions']).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions\?route=/);
    expect(links['hosts@example.org']).toBe('mailto:hosts@example.org');
  });

  it('names the next meeting’s exercise only when the group shares one', async () => {
    respond = (url) =>
      url.endsWith('/next-exercise')
        ? json({ date: '2026-12-08', exercise: { slug: 'words-matter', title: 'Words matter', suggestedMinutes: 15, kind: 'discussion-prompt' } })
        : json(GROUP);
    const shared = await open('hrw-group-page', '/groups/northampton-example');
    const paragraph = [...shared.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent?.includes('At the next meeting'));
    expect(paragraph?.textContent?.replace(/\s+/g, ' ').trim()).toBe('At the next meeting (Tue, Dec 8): Words matter');
    expect(paragraph?.querySelector('a')?.getAttribute('href')).toBe('/exercises/words-matter');
    shared.remove();

    respond = (url) => (url.endsWith('/next-exercise') ? NOTHING_SHARED() : json(GROUP));
    const quiet = await open('hrw-group-page', '/groups/northampton-example');
    const text = quiet.shadowRoot!.textContent ?? '';
    expect(text).toContain('Every other Wednesday');
    expect(text).not.toContain('At the next meeting');
    expect(quiet.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('gives the group’s hosts, and only them, the way to the meeting log', async () => {
    const links = (root: ShadowRoot) => [...root.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    respond = (url) => (url.endsWith('/next-exercise') ? NOTHING_SHARED() : json({ ...GROUP, youHost: true }));
    const host = await open('hrw-group-page', '/groups/northampton-example');
    expect(links(host.shadowRoot!)).toContainEqual(['Meeting log and planning', '/groups/northampton-example/meetings']);
    host.remove();

    respond = (url) => (url.endsWith('/next-exercise') ? NOTHING_SHARED() : json(GROUP));
    const visitor = await open('hrw-group-page', '/groups/northampton-example');
    expect(links(visitor.shadowRoot!).map(([text]) => text)).not.toContain('Meeting log and planning');
  });

  it('keeps an approximate place approximate', async () => {
    respond = () => json({ ...GROUP, place: { city: 'Northampton', region: 'MA', country: 'US', visibility: 'approximate' } });
    const page = await open('hrw-group-page', '/groups/northampton-example');
    const root = page.shadowRoot!;
    expect(root.textContent).toContain('Near Northampton, MA; the exact place is shared when you ask.');
    expect([...root.querySelectorAll('a')].some((a) => a.textContent?.includes('Directions'))).toBe(false);
  });

  it('offers a message form to the hosts of an active group, posting to contact.messages', async () => {
    const messages = '/api/v1/groups/northampton-example/messages';
    respond = () =>
      json({ ...GROUP, contact: { method: 'form', messages }, place: { ...GROUP.place!, visibility: 'on-request' } });
    const page = await open('hrw-group-page', '/groups/northampton-example');
    const root = page.shadowRoot!;
    expect(root.textContent).toContain('Send the hosts a message');
    expect(root.textContent).not.toContain('keep their address private');
    const form = root.querySelector('hrw-host-message-form')!;
    expect(form.action).toBe(messages);
    expect(form.onRequest).toBe(true);
  });

  it('offers no message form for a closed group', async () => {
    respond = () => json({ ...GROUP, status: 'closed', contact: { method: 'form' } });
    const page = await open('hrw-group-page', '/groups/northampton-example');
    expect(page.shadowRoot!.querySelector('hrw-host-message-form')).toBeNull();
  });

  it('says plainly when there is no such group', async () => {
    respond = () => json({ title: 'Not Found', status: 404 }, 404, 'application/problem+json');
    const page = await open('hrw-group-page', '/groups/gone');
    expect(page.shadowRoot?.querySelector('h1')?.textContent).toBe('We could not find that group');
  });
});
