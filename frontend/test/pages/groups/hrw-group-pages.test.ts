import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Group, GroupSummary } from '../../../src/api/groups.js';
import '../../../src/pages/groups/hrw-group-finder.js';
import '../../../src/pages/groups/hrw-group-page.js';
import { slugFromPath } from '../../../src/pages/groups/hrw-group-page.js';
import { showLocale } from '../../../src/i18n/locale.js';

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

const ONLINE_SEARCH = '/api/v1/groups?attendance=online&sort=next-meeting&size=5';
const ONLINE_GROUP: GroupSummary = { ...SUMMARY, slug: 'anywhere-online', name: 'Anywhere Online', attendance: 'online' };
delete ONLINE_GROUP.distanceKm;
delete ONLINE_GROUP.place;

/** The searches made, apart from the online groups' own list. */
function searches(): string[] {
  return calls.filter((url) => !url.includes('attendance=online&sort=next-meeting'));
}

async function open<K extends 'hrw-group-finder' | 'hrw-group-page'>(tag: K, path: string) {
  window.history.replaceState(null, '', path);
  const element = document.createElement(tag);
  document.body.append(element);
  await settle(element);
  return element;
}

describe('the finder', () => {
  it('before any search, offers the online groups meeting soonest and says what to do', async () => {
    respond = (url) =>
      url === ONLINE_SEARCH ? json({ items: [ONLINE_GROUP], page: 0, size: 5, total: 1 }) : json({ items: [], page: 0, size: 20, total: 0 });
    const finder = await open('hrw-group-finder', '/groups');
    expect(calls).toEqual([ONLINE_SEARCH]);
    const root = finder.shadowRoot!;
    expect(root.textContent).toContain('Type a town or ZIP code, or use your location');
    expect(root.querySelector('#online-heading')?.textContent).toBe('Online groups you can join from anywhere');
    expect(root.querySelector('.online hrw-group-card')).not.toBeNull();
  });

  it('searches the shared link, names the place as the server understood it, and lists online groups apart', async () => {
    respond = (url) =>
      url === ONLINE_SEARCH
        ? json({ items: [ONLINE_GROUP], page: 0, size: 5, total: 1 })
        : json({ items: [SUMMARY], page: 0, size: 20, total: 1, near: { displayName: 'Northampton, MA', label: 'Northampton, MA, US' } });
    const finder = await open('hrw-group-finder', '/groups?near=northampton&format=open&radiusKm=50');
    expect(calls[0]).toBe('/api/v1/groups?near=northampton&radiusKm=50&format=open&size=20');
    expect(calls[1]).toBe('/api/v1/groups?format=open&attendance=online&sort=next-meeting&size=5');
    const root = finder.shadowRoot!;
    expect(root.querySelector('#results-heading')?.textContent).toBe('1 group within 31 mi of Northampton, MA');
    expect(root.querySelector('#online-heading')?.textContent).toBe('Online groups you can join from anywhere');
    expect(root.querySelectorAll('section[aria-labelledby="results-heading"] hrw-group-card')).toHaveLength(1);
    // Opened from a link, nothing has been done yet: focus is left where the browser put it.
    expect(root.activeElement).toBeNull();
    // The results come first; the search waits behind one button, holding the shared place.
    expect(root.querySelector('form')).toBeNull();
    [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Change the search')!.click();
    await settle(finder);
    const search = root.querySelector('hrw-place-search')!;
    await search.updateComplete;
    expect(search.shadowRoot?.querySelector<HTMLInputElement>('#near')?.value).toBe('northampton');
    const card = root.querySelector('hrw-group-card')!;
    await card.updateComplete;
    const text = card.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('2.0 mi · 3.2 km away');
    expect(text).toContain('Example listing');
    expect(text).toContain('Not confirmed recently');
    expect(text).toContain('Also offers: Food');
    expect(text).toContain('In English and Spanish');
    expect(card.shadowRoot?.querySelector('a')?.getAttribute('href')).toBe('/groups/northampton-example');
  });

  it('folds the form away after a search from it and moves focus to the answer', async () => {
    respond = (url) =>
      url === ONLINE_SEARCH ? json({ items: [], page: 0, size: 5, total: 0 }) : json({ items: [SUMMARY], page: 0, size: 20, total: 1, near: { displayName: 'Northampton, MA' } });
    const finder = await open('hrw-group-finder', '/groups');
    const root = finder.shadowRoot!;
    const search = root.querySelector('hrw-place-search')!;
    const box = search.shadowRoot!.querySelector<HTMLInputElement>('#near')!;
    box.value = 'Northampton';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await settle(finder);
    expect(searches().at(-1)).toBe('/api/v1/groups?near=Northampton&size=20');
    expect(root.querySelector('form')).toBeNull();
    expect(root.activeElement?.id).toBe('results-heading');
    expect(root.activeElement?.textContent).toBe('1 group within 16 mi of Northampton, MA');
  });

  it('says why it has no position in a status that was in the page, empty, before Use my location was pressed', async () => {
    respond = () => json({ items: [], page: 0, size: 5, total: 0 });
    vi.stubGlobal('navigator', {
      ...navigator,
      languages: navigator.languages,
      geolocation: { getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError) },
    });
    const finder = await open('hrw-group-finder', '/groups');
    const root = finder.shadowRoot!;
    const status = root.querySelector('form [role="status"]');
    expect(status?.textContent?.trim()).toBe('');
    [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Use my location')!.click();
    await settle(finder);
    expect(root.querySelector('form [role="status"]')).toBe(status);
    expect(status?.textContent).toContain('We could not get your location');
  });

  it('asks which town a shared name means, and searches the one chosen', async () => {
    respond = (url) => {
      if (url.includes('near=Springfield&')) {
        return json(
          {
            type: 'urn:hrw:problem:ambiguous',
            title: 'More than one meaning',
            status: 300,
            detail: 'Several towns are called Springfield.',
            choices: [
              { parameter: 'near', value: 'Springfield, MO, US', label: 'Springfield, MO' },
              { parameter: 'near', value: 'Springfield, MA, US', label: 'Springfield, MA' },
            ],
          },
          300,
          'application/problem+json',
        );
      }
      return url.includes('attendance=online')
        ? json({ items: [], page: 0, size: 5, total: 0 })
        : json({ items: [SUMMARY], page: 0, size: 20, total: 1, near: { displayName: 'Springfield, MA' } });
    };
    const finder = await open('hrw-group-finder', '/groups');
    const root = finder.shadowRoot!;
    const box = root.querySelector('hrw-place-search')!.shadowRoot!.querySelector<HTMLInputElement>('#near')!;
    box.value = 'Springfield';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await settle(finder);
    expect(root.activeElement?.textContent).toBe('Which Springfield?');
    expect(root.querySelector('.alert')).toBeNull();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.which a')];
    expect(links.map((link) => link.textContent)).toEqual(['Springfield, MO', 'Springfield, MA']);
    expect(links[1]!.getAttribute('href')).toBe('/groups?near=Springfield%2C+MA%2C+US');
    links[1]!.click();
    await settle(finder);
    expect(searches().at(-1)).toBe('/api/v1/groups?near=Springfield%2C+MA%2C+US&size=20');
    expect(root.activeElement?.textContent).toBe('1 group within 16 mi of Springfield, MA');
  });

  it('is kind when nothing is found, and offers a wider search', async () => {
    respond = () => json({ items: [], page: 0, size: 20, total: 0 });
    const finder = await open('hrw-group-finder', '/groups?near=01060');
    const root = finder.shadowRoot!;
    expect(root.textContent).toContain('We did not find a group for this search');
    const wider = [...root.querySelectorAll('button')].find((button) => button.textContent?.includes('Look within 31 mi (50 km)'));
    expect(wider).toBeTruthy();
    wider!.click();
    await settle(finder);
    expect(searches().at(-1)).toBe('/api/v1/groups?near=01060&radiusKm=50&size=20');
    expect(window.location.search).toBe('?near=01060&radiusKm=50');
  });

  it('searches a suggested place as soon as it is chosen, and Enter in the box searches what was typed', async () => {
    respond = (url) =>
      url.startsWith('/api/v1/places')
        ? json({
            items: [{ name: 'Florence', region: 'MA', country: 'US', postalCode: '01062', latitude: 42.33, longitude: -72.67, label: '01062 · Florence, MA', displayName: 'Florence, MA 01062', kind: 'postal' }],
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
    expect(searches().at(-1)).toBe('/api/v1/groups?near=01062&size=20');
    expect(finder.shadowRoot!.querySelector('form')).toBeNull();
    [...finder.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Change the search')!.click();
    await settle(finder);
    const again = finder.shadowRoot!.querySelector('hrw-place-search')!;
    await again.updateComplete;
    const box2 = again.shadowRoot!.querySelector<HTMLInputElement>('#near')!;
    expect(box2.value).toBe('01062');

    box2.value = 'Amherst, MA';
    box2.dispatchEvent(new Event('input'));
    box2.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
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
    // The search failed before the online groups were asked for: no empty list of them.
    expect(root.querySelector('#online-heading')).toBeNull();
  });
});

describe('the finder’s language choice', () => {
  const SPANISH_ONLINE: GroupSummary = { ...ONLINE_GROUP, slug: 'online-spanish', name: 'En línea', languages: ['es'] };
  const ONLINE_IN_SPANISH = '/api/v1/groups?attendance=online&language=es&sort=next-meeting&size=5';

  it('is in sight beside the distance: Spanish alone lists the Spanish-speaking online groups, and says so', async () => {
    respond = (url) =>
      url === ONLINE_IN_SPANISH
        ? json({ items: [SPANISH_ONLINE], page: 0, size: 5, total: 1 })
        : json({ items: [ONLINE_GROUP], page: 0, size: 5, total: 1 });
    const finder = await open('hrw-group-finder', '/groups');
    const root = finder.shadowRoot!;
    const language = root.querySelector<HTMLSelectElement>('#language')!;
    expect(language.closest('details'), 'not folded under More choices').toBeNull();
    expect(root.querySelector('label[for="language"]')?.textContent).toBe('Language of the meeting');
    expect([...language.options].find((option) => option.value === 'es')?.textContent).toBe('Spanish');
    language.value = 'es';
    root.querySelector('form')!.requestSubmit();
    await settle(finder);
    // No town was typed: a language is enough to narrow the online groups, with nothing to correct.
    expect(window.location.search).toBe('?language=es');
    expect(calls.at(-1)).toBe(ONLINE_IN_SPANISH);
    expect(root.querySelector('#near-error, .field-error')).toBeNull();
    const online = root.querySelector('section.online')!;
    expect(online.querySelectorAll('hrw-group-card')).toHaveLength(1);
    expect(online.querySelector('.language-note')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Only groups that meet in Spanish. Show groups in every language',
    );
    expect(online.querySelector('.language-note a')?.getAttribute('href')).toBe('/groups');
  });

  it('is kept in a shared link, asked of the server, and not counted under More choices', async () => {
    respond = (url) =>
      url.includes('attendance=online')
        ? json({ items: [SPANISH_ONLINE], page: 0, size: 5, total: 1 })
        : json({ items: [], page: 0, size: 20, total: 0, near: { displayName: 'Chicago, IL' } });
    const finder = await open('hrw-group-finder', '/groups?near=Chicago&language=es');
    const root = finder.shadowRoot!;
    expect(calls[0]).toBe('/api/v1/groups?near=Chicago&language=es&size=20');
    expect(calls[1]).toBe(ONLINE_IN_SPANISH);
    expect(root.querySelector('section[aria-labelledby="results-heading"] .language-note')?.textContent).toContain(
      'Only groups that meet in Spanish.',
    );
    // Nothing nearby in Spanish: the way to every language is offered beside the wider search.
    expect(root.textContent).toContain('Look for groups in every language, not only Spanish');
    [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Change the search')!.click();
    await settle(finder);
    // (happy-dom misreads the selected option of a list built like this one: the attribute is what the browser reads.)
    expect(root.querySelector('#language option[selected]')?.getAttribute('value')).toBe('es');
    expect(root.querySelector('summary')?.textContent).toBe('More choices');
    expect(root.querySelector('details')?.open).toBe(false);
  });

  describe('in Spanish', () => {
    beforeEach(async () => {
      await showLocale('es', { remember: false });
    });

    afterEach(async () => {
      await showLocale('en', { remember: false });
    });

    it('is offered in one step, never applied by itself', async () => {
      respond = (url) =>
        url.includes('attendance=online')
          ? json({ items: [url.includes('language=es') ? SPANISH_ONLINE : ONLINE_GROUP], page: 0, size: 5, total: 1 })
          : json({ items: [SUMMARY], page: 0, size: 20, total: 1, near: { displayName: 'Northampton, MA' } });
      const finder = await open('hrw-group-finder', '/groups?near=Northampton');
      const root = finder.shadowRoot!;
      expect(calls).toEqual(['/api/v1/groups?near=Northampton&size=20', ONLINE_SEARCH]);
      expect(root.querySelector('h1')?.textContent).toBe('Buscar un grupo');
      expect(root.querySelector('#results-heading')?.textContent).toBe('1 grupo a menos de 16 mi de Northampton, MA');
      const offer = root.querySelector('.language-offer')!;
      expect(offer.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        '¿Buscas una reunión en español? Ver solo los grupos que se reúnen en español.',
      );
      const card = root.querySelector('hrw-group-card')!;
      await card.updateComplete;
      const text = card.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text).toContain('A 2.0 mi · 3.2 km');
      expect(text).toContain('Reunión abierta');
      expect(text).toContain('También ofrece: Comida');
      expect(text).toContain('En inglés y español');

      offer.querySelector('a')!.click();
      await settle(finder);
      expect(window.location.search).toBe('?near=Northampton&language=es');
      expect(calls.slice(-2)).toEqual(['/api/v1/groups?near=Northampton&language=es&size=20', ONLINE_IN_SPANISH]);
      expect(root.querySelector('.language-offer')).toBeNull();
      expect(root.querySelector('.language-note')?.textContent).toContain('Solo grupos que se reúnen en español.');
    });

    it('tells a group’s page in Spanish, its own words left as the hosts wrote them', async () => {
      const group: Group = {
        ...SUMMARY,
        description: 'We meet in the library.',
        place: { city: 'Northampton', region: 'MA', country: 'US', visibility: 'approximate' },
        onlineLinkOnRequest: false,
        schedule: { recurrence: 'weekly', days: ['saturday'], start: '13:00:00', durationMinutes: 60, timeZone: 'America/New_York', changes: [] },
        upcoming: [],
        contact: { method: 'form' },
        status: 'active',
        lastVerified: '2026-11-27',
        revision: 1,
        youHost: false,
      };
      respond = (url) => (url.endsWith('/next-exercise') ? json({ title: 'Not Found', status: 404 }, 404, 'application/problem+json') : json(group));
      const page = await open('hrw-group-page', '/groups/northampton-example');
      const text = page.shadowRoot!.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text).toContain('Todos los sábados, 1:00–2:00 p.m.');
      expect(text).toContain('(hora de Nueva York)');
      expect(text).toContain('Cerca de Northampton, MA; el lugar exacto se comparte cuando lo pides.');
      expect(text).toContain('Reunión abierta, para cualquier persona con curiosidad por la reducción de daños.');
      expect(text).toContain('Inglés y español');
      expect(text).toContain('We meet in the library.');
    });
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

  it('gives the group’s hosts, and only them, the host panel with host mode, the log and the plan', async () => {
    const links = (root: ShadowRoot) => [...root.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    respond = (url) => (url.endsWith('/next-exercise') ? NOTHING_SHARED() : json({ ...GROUP, youHost: true }));
    const host = await open('hrw-group-page', '/groups/northampton-example');
    expect(host.shadowRoot!.querySelector('#host-heading')?.textContent).toBe('For the hosts');
    expect(links(host.shadowRoot!)).toEqual(
      expect.arrayContaining([
        ['Host mode', '/script/host?meeting=open&lang=en&group=northampton-example'],
        ['Meeting log', '/groups/northampton-example/meetings'],
        ['The plan for the next meetings', '/groups/northampton-example/meetings#plan'],
        ['Change this listing', '/groups/northampton-example/edit'],
      ]),
    );
    host.remove();

    respond = (url) => (url.endsWith('/next-exercise') ? NOTHING_SHARED() : json(GROUP));
    const visitor = await open('hrw-group-page', '/groups/northampton-example');
    expect(visitor.shadowRoot!.querySelector('.host-panel')).toBeNull();
    expect(links(visitor.shadowRoot!).map(([text]) => text)).not.toContain('Meeting log');
  });

  describe('for its hosts', () => {
    const UPCOMING = [
      { start: '2026-12-02T23:00:00Z', localStart: '2026-12-02T18:00:00', timeZone: 'America/New_York', durationMinutes: 60, moved: false },
      { start: '2026-12-16T23:00:00Z', localStart: '2026-12-16T18:00:00', timeZone: 'America/New_York', durationMinutes: 60, moved: false },
    ];
    let served: Group;
    const sent: { method: string; url: string; body: unknown }[] = [];
    /** Answers for the host's calls: path ("POST /confirmation") -> response; GETs of the group answer `served`. */
    let answers: Record<string, () => Response>;

    beforeEach(() => {
      sent.length = 0;
      served = { ...GROUP, youHost: true, stale: true, upcoming: UPCOMING };
      answers = {};
      vi.stubGlobal(
        'fetch',
        vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
          const url = String(input);
          const method = init?.method ?? 'GET';
          if (url === '/api/v1/config') {
            return json(config);
          }
          if (url.endsWith('/next-exercise')) {
            return NOTHING_SHARED();
          }
          if (method === 'GET') {
            return json(served);
          }
          sent.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
          const key = `${method} ${url.replace('/api/v1/groups/northampton-example', '')}`;
          return answers[key]?.() ?? json({ title: 'Not stubbed', status: 500 }, 500, 'application/problem+json');
        }),
      );
    });

    async function hostPage() {
      const page = await open('hrw-group-page', '/groups/northampton-example');
      return page;
    }

    function inner<T extends keyof HTMLElementTagNameMap>(page: HTMLElement, tag: T) {
      return page.shadowRoot!.querySelector(tag)!.shadowRoot!;
    }

    function button(root: ShadowRoot, name: string | RegExp) {
      const found = [...root.querySelectorAll('button')].find((b) => {
        const text = b.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return typeof name === 'string' ? text === name : name.test(text);
      });
      if (!found) {
        throw new Error(`no button ${String(name)} in ${root.textContent}`);
      }
      return found;
    }

    function status(page: HTMLElement) {
      return page.shadowRoot!.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
    }

    it('confirms “we still meet”, announces it, and shows the listing as the server now has it', async () => {
      answers['POST /confirmation'] = () => {
        served = { ...served, stale: false, lastVerified: '2026-12-05' };
        return json(served);
      };
      const page = await hostPage();
      const actions = inner(page, 'hrw-group-status-actions');
      expect(actions.textContent).toContain('Not confirmed recently');
      button(actions, 'We still meet').click();
      await settle(page);
      expect(sent).toEqual([{ method: 'POST', url: '/api/v1/groups/northampton-example/confirmation', body: undefined }]);
      expect(status(page)).toBe('Thank you. The listing now shows it was confirmed today.');
      expect(page.shadowRoot!.textContent).not.toContain('Not confirmed recently');
      expect(page.shadowRoot!.textContent).toContain('Last confirmed by the hosts on Sat, Dec 5, 2026.');
      expect(page.shadowRoot!.activeElement?.id).toBe('host-notice');
    });

    it('pauses and resumes, saying what the public then sees', async () => {
      answers['PUT /status'] = () => {
        const asked = (sent.at(-1)!.body as { status: Group['status'] }).status;
        served = { ...served, status: asked };
        return json(served);
      };
      const page = await hostPage();
      expect(inner(page, 'hrw-group-status-actions').textContent).toContain('It leaves the search');
      button(inner(page, 'hrw-group-status-actions'), 'Pause the group').click();
      await settle(page);
      expect(sent.at(-1)).toEqual({ method: 'PUT', url: '/api/v1/groups/northampton-example/status', body: { status: 'paused' } });
      expect(status(page)).toContain('out of the search, and its page says it is taking a break');
      expect(page.shadowRoot!.textContent).toContain('This group is taking a break.');

      button(inner(page, 'hrw-group-status-actions'), 'Resume the group').click();
      await settle(page);
      expect(sent.at(-1)!.body).toEqual({ status: 'active' });
      expect(status(page)).toContain('in the search again');
    });

    it('closes the group only after asking in plain words, and Keep it open asks nothing', async () => {
      answers['PUT /status'] = () => {
        served = { ...served, status: 'closed' };
        return json(served);
      };
      const page = await hostPage();
      const actions = () => inner(page, 'hrw-group-status-actions');
      button(actions(), 'Close the group…').click();
      await settle(page);
      expect(actions().textContent).toContain('It cannot be reopened from here');
      expect(actions().activeElement?.textContent).toBe('Yes, close the group');
      button(actions(), 'Keep it open').click();
      await settle(page);
      expect(sent).toEqual([]);
      expect(actions().activeElement?.textContent).toBe('Close the group…');

      button(actions(), 'Close the group…').click();
      await settle(page);
      button(actions(), 'Yes, close the group').click();
      await settle(page);
      expect(sent).toEqual([{ method: 'PUT', url: '/api/v1/groups/northampton-example/status', body: { status: 'closed' } }]);
      expect(status(page)).toContain('The group is closed.');
      expect(page.shadowRoot!.textContent).toContain('This group no longer meets.');
      expect(page.shadowRoot!.querySelector('hrw-meeting-date-list')).toBeNull();
    });

    it('cancels a date and moves another, each named for a screen reader, and undoes a change', async () => {
      answers['POST /schedule-changes'] = () => json(served);
      answers['DELETE /schedule-changes/2026-12-09'] = () => new Response(null, { status: 204 });
      const page = await hostPage();
      const dates = () => inner(page, 'hrw-meeting-date-list');
      expect(dates().textContent).toContain('Wed, Dec 2, 6:00 PM');
      button(dates(), 'Cancel the meeting on Wed, Dec 2, 6:00 PM').click();
      await settle(page);
      expect(sent.at(-1)).toEqual({
        method: 'POST',
        url: '/api/v1/groups/northampton-example/schedule-changes',
        body: { date: '2026-12-02', kind: 'cancelled' },
      });
      expect(status(page)).toBe('Cancelled. The page and the calendar now say there is no meeting on Wed, Dec 2.');

      button(dates(), 'Move the meeting on Wed, Dec 16, 6:00 PM').click();
      await settle(page);
      const day = dates().querySelector<HTMLInputElement>('#move-date')!;
      expect(dates().activeElement).toBe(day);
      expect(day.value).toBe('2026-12-16');
      expect(dates().querySelector<HTMLInputElement>('#move-time')!.value).toBe('18:00');
      day.value = '2026-12-17';
      button(dates(), 'Move the meeting').click();
      await settle(page);
      expect(sent.at(-1)!.body).toEqual({ date: '2026-12-16', kind: 'moved', movedToDate: '2026-12-17', movedToStart: '18:00' });
      expect(status(page)).toBe('Moved. The meeting on Wed, Dec 16 is now on Thu, Dec 17 at 6:00 PM.');

      button(dates(), /^Undo/).click();
      await settle(page);
      expect(sent.at(-1)).toEqual({ method: 'DELETE', url: '/api/v1/groups/northampton-example/schedule-changes/2026-12-09', body: undefined });
      expect(status(page)).toBe('The meeting on Wed, Dec 9 is back at its usual time.');
    });

    it('shows the server’s reason when a date cannot be moved, and a 409 with what to do', async () => {
      answers['POST /schedule-changes'] = () =>
        json(
          { title: 'Invalid input', status: 400, violations: [{ field: 'date', message: 'the group does not regularly meet on 2026-12-16' }] },
          400,
          'application/problem+json',
        );
      answers['PUT /status'] = () =>
        json({ title: 'Conflict', status: 409, detail: 'A listing that is closed cannot be paused.' }, 409, 'application/problem+json');
      const page = await hostPage();
      button(inner(page, 'hrw-meeting-date-list'), 'Cancel the meeting on Wed, Dec 16, 6:00 PM').click();
      await settle(page);
      const alert = () => page.shadowRoot!.querySelector('[role="alert"]');
      expect(alert()?.textContent).toContain('the group does not regularly meet on 2026-12-16');
      expect(page.shadowRoot!.activeElement).toBe(alert());

      button(inner(page, 'hrw-group-status-actions'), 'Pause the group').click();
      await settle(page);
      expect(alert()?.textContent).toContain('A listing that is closed cannot be paused. Another host may have changed it just now');
      expect(status(page)).toBe('');
    });

    it('invites a co-host: the code, how to pass it on, and when it expires', async () => {
      answers['POST /invitations'] = () => json({ code: '0a1b2c3d4e5f60718293a4b5', expiresAt: '2026-12-12T14:30:00Z' }, 201);
      const page = await hostPage();
      const invite = () => inner(page, 'hrw-cohost-invite');
      expect(invite().querySelector('#invite-code')).toBeNull();
      button(invite(), 'Invite a co-host').click();
      await settle(page);
      expect(sent.at(-1)).toEqual({ method: 'POST', url: '/api/v1/groups/northampton-example/invitations', body: undefined });
      expect(invite().querySelector('#invite-code')?.textContent).toBe('0a1b2c3d4e5f60718293a4b5');
      const text = invite().textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text).toContain('Pass it on in person or in a private message');
      expect(text).toMatch(/It works once, until Sat, Dec 12, \d+:30 [AP]M\./);
      expect(invite().querySelector('#invite-message')?.textContent).toContain(
        `co-host ${GROUP.name}. Open ${window.location.origin}/groups/join?code=0a1b2c3d4e5f60718293a4b5 and sign in`,
      );
      expect(status(page)).toBe('Here is a new co-host code. It is shown only this once.');
    });
  });

  it('keeps an approximate place approximate', async () => {
    respond = () => json({ ...GROUP, place: { city: 'Northampton', region: 'MA', country: 'US', visibility: 'approximate' } });
    const page = await open('hrw-group-page', '/groups/northampton-example');
    const root = page.shadowRoot!;
    expect(root.textContent).toContain('Near Northampton, MA; the exact place is shared when you ask.');
    expect([...root.querySelectorAll('a')].some((a) => a.textContent?.includes('Directions'))).toBe(false);
  });

  it('says how people take part in the words of its attendance', async () => {
    const sentence = async (group: Group) => {
      respond = () => json(group);
      const page = await open('hrw-group-page', '/groups/northampton-example');
      const text = page.shadowRoot!.querySelector('.attendance')?.textContent;
      page.remove();
      return text;
    };
    const online = { ...GROUP, attendance: 'online' as const, onlineUrl: 'https://meet.example.org/x' };
    delete online.place;
    expect(await sentence(online)).toBe('Online only: you can join from anywhere.');
    expect(await sentence({ ...GROUP, attendance: 'hybrid', onlineLinkOnRequest: true })).toBe(
      'In person, and online for anyone who cannot be there.',
    );
    expect(await sentence(GROUP)).toBe('In person.');
    respond = () => json(online);
    const page = await open('hrw-group-page', '/groups/northampton-example');
    expect(page.shadowRoot!.textContent).not.toContain('also meets online');
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
