import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/api/client.js';
import {
  calendarUrl,
  countNarrowing,
  emptyFilters,
  filtersFromQuery,
  filtersToQuery,
  finderPath,
  firstPageFilters,
  groupUrl,
  groupsUrl,
  hasSearch,
  searchCalendarUrl,
  searchGroups,
  startEarlySearch,
  violationFor,
} from '../../src/api/groups.js';
import { placeSearchText, placesUrl, type Place } from '../../src/api/places.js';

describe('group filters in the address', () => {
  it('writes a stable query, leaving out what is empty', () => {
    const filters = {
      ...emptyFilters(),
      near: ' Northampton, MA ',
      radiusKm: 50,
      weekday: ['thursday', 'monday'] as const,
      offering: ['naloxone', 'food'] as const,
      format: 'open' as const,
    };
    expect(filtersToQuery({ ...filters, weekday: [...filters.weekday], offering: [...filters.offering] })).toBe(
      'near=Northampton%2C+MA&radiusKm=50&weekday=monday&weekday=thursday&format=open&offering=food&offering=naloxone',
    );
    expect(filtersToQuery(emptyFilters())).toBe('');
    expect(finderPath(emptyFilters())).toBe('/groups');
  });

  it('reads back what it wrote', () => {
    const filters = {
      ...emptyFilters(),
      lat: 42.32512345,
      lon: -72.64,
      weekday: ['tuesday' as const],
      timeOfDay: 'evening' as const,
      attendance: 'hybrid' as const,
      focus: 'lgbtq' as const,
      language: 'es',
      sort: 'next-meeting' as const,
      upcoming: 48,
      page: 2,
    };
    const back = filtersFromQuery(filtersToQuery(filters));
    expect(back).toEqual({ ...filters, lat: 42.325 });
  });

  it('ignores values the server would refuse', () => {
    const filters = filtersFromQuery(
      '?format=closed&weekday=funday&weekday=friday&radiusKm=-3&lat=91&lon=2&offering=beer&language=English&page=x&sort=random',
    );
    expect(filters).toEqual({ ...emptyFilters(), weekday: ['friday'] });
  });

  it('needs a place, a position or online-only before searching', () => {
    expect(hasSearch(emptyFilters())).toBe(false);
    expect(hasSearch({ ...emptyFilters(), near: '01060' })).toBe(true);
    expect(hasSearch({ ...emptyFilters(), lat: 1, lon: 2 })).toBe(true);
    expect(hasSearch({ ...emptyFilters(), attendance: 'online' })).toBe(true);
    expect(countNarrowing({ ...emptyFilters(), near: 'x', weekday: ['monday', 'friday'], format: 'open' })).toBe(3);
  });

  it('builds the API addresses', () => {
    expect(groupsUrl({ ...emptyFilters(), near: '01060', page: 1, size: 20 })).toBe('/api/v1/groups?near=01060&page=1&size=20');
    expect(groupUrl('a b/c')).toBe('/api/v1/groups/a%20b%2Fc');
    expect(calendarUrl('northampton')).toBe('/api/v1/groups/northampton/calendar.ics');
  });

  it('subscribes a calendar to a whole search, without its page or order', () => {
    const search = { ...emptyFilters(), near: 'Amherst, MA', weekday: ['tuesday' as const], page: 3, size: 50 };
    expect(searchCalendarUrl({ ...search, sort: 'name' })).toBe(
      '/api/v1/feeds/groups.ics?near=Amherst%2C+MA&weekday=tuesday',
    );
    expect(search.page).toBe(3);
  });

  it('finds the message for a refused parameter', () => {
    const error = new ApiError({ status: 400, title: 'Invalid', violations: [{ field: 'near', message: 'is not a town' }] });
    expect(violationFor(error, 'near')).toBe('is not a town');
    expect(violationFor(error, 'lat')).toBeNull();
    expect(violationFor(new Error('x'), 'near')).toBeNull();
  });
});

describe('place suggestions', () => {
  it('asks only about 2 to 100 characters', () => {
    expect(placesUrl('N')).toBeNull();
    expect(placesUrl('x'.repeat(101))).toBeNull();
    expect(placesUrl(' North ')).toBe('/api/v1/places?q=North&limit=8');
  });

  it('puts a short search text in the box', () => {
    const place: Place = {
      name: 'Northampton',
      region: 'MA',
      country: 'US',
      postalCode: null,
      latitude: 42.3,
      longitude: -72.6,
      label: 'Northampton, MA, US',
      displayName: 'Northampton, MA',
      kind: 'city',
    };
    expect(placeSearchText(place)).toBe('Northampton, MA');
    expect(placeSearchText({ ...place, kind: 'postal', postalCode: '01060' })).toBe('01060');
    const abroad = { label: 'Northampton, England, GB', displayName: 'Northampton, England, GB' };
    expect(placeSearchText({ ...place, country: 'GB', region: 'England', ...abroad })).toBe('Northampton, England, GB');
  });
});

describe('the search a shared link starts early', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function countingFetch() {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ items: [], page: 0, size: 20, total: urls.length }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    return urls;
  }

  it('answers the finder\'s first search without asking the server twice', async () => {
    const urls = countingFetch();
    startEarlySearch('/groups', '?near=Northampton%2C+MA&weekday=monday');

    const first = await searchGroups(firstPageFilters('?near=Northampton%2C+MA&weekday=monday'));
    const again = await searchGroups(firstPageFilters('?near=Northampton%2C+MA&weekday=monday'));

    expect(urls).toEqual([
      '/api/v1/groups?near=Northampton%2C+MA&weekday=monday&size=20',
      '/api/v1/groups?near=Northampton%2C+MA&weekday=monday&size=20',
    ]);
    expect(first.total).toBe(1);
    expect(again.total).toBe(2);
  });

  it('is not used for a different search, nor started on other pages or without a place', async () => {
    const urls = countingFetch();
    startEarlySearch('/groups', '?near=Amherst');
    await searchGroups(firstPageFilters('?near=Springfield'));
    startEarlySearch('/script', '?near=Amherst');
    startEarlySearch('/groups', '');

    expect(urls).toEqual(['/api/v1/groups?near=Amherst&size=20', '/api/v1/groups?near=Springfield&size=20']);
  });
});
